package io.ocpp4j.transport;

/**
 * Decides whether the CSMS accepts a station's WebSocket upgrade. Called once per upgrade request,
 * after the identity, the subprotocol and (profile 3) the TLS client certificate have been checked.
 *
 * <p>Runs on a transport I/O thread: it must be quick and must not block (look credentials up in
 * memory or a cache). {@link Authenticators} has implementations for the usual cases; compare
 * secrets with {@link BasicCredentials#passwordMatches} and never log them.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * Decides on one upgrade request.
     *
     * @param request what is known about the station
     * @return accept, reject (HTTP 401) or unknown station (HTTP 404 or 401)
     */
    AuthDecision authenticate(HandshakeRequest request);
}

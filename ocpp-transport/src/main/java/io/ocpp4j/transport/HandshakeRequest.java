package io.ocpp4j.transport;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CSMS knows about a station when it decides whether to accept its WebSocket upgrade.
 *
 * @param stationIdentity the identity from the URL path, percent-decoded and checked
 * @param credentials the HTTP Basic credentials, if the station sent a well-formed header
 * @param clientCertificates the station's TLS certificate chain (profile 3), leaf first, already
 *     validated against the server's trust anchors; empty without client authentication
 * @param remoteAddress the station's address
 * @param subprotocol the subprotocol that will be agreed if the station is accepted
 * @param securityProfile the server's security profile
 */
public record HandshakeRequest(String stationIdentity, Optional<BasicCredentials> credentials,
                               List<X509Certificate> clientCertificates, InetSocketAddress remoteAddress,
                               String subprotocol, SecurityProfile securityProfile) {

    /** Checks the components and copies the certificate list. */
    public HandshakeRequest {
        Objects.requireNonNull(stationIdentity, "stationIdentity");
        Objects.requireNonNull(credentials, "credentials");
        clientCertificates = List.copyOf(clientCertificates);
        Objects.requireNonNull(subprotocol, "subprotocol");
        Objects.requireNonNull(securityProfile, "securityProfile");
    }
}

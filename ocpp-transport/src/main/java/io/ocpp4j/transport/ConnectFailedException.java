package io.ocpp4j.transport;

import java.util.OptionalInt;

/**
 * A station's attempt to connect failed: the TCP connection, the TLS handshake or the WebSocket
 * upgrade did not succeed, or took longer than the configured timeout. When the CSMS answered the
 * upgrade with an HTTP error, {@link #httpStatus()} has its status (401 for refused credentials).
 */
public final class ConnectFailedException extends TransportException {

    /** The HTTP status of a refused upgrade, or -1. */
    private final int httpStatus;

    /**
     * @param message what failed
     * @param httpStatus the HTTP status the server answered, or {@code -1} if none
     * @param cause the underlying failure, or {@code null}
     */
    public ConnectFailedException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status of a refused WebSocket upgrade.
     *
     * @return the status, or empty if the server did not answer with one
     */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}

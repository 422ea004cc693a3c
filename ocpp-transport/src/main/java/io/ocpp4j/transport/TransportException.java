package io.ocpp4j.transport;

import io.ocpp4j.core.OcppException;

/** The transport could not be set up: a server could not bind, TLS material could not be loaded. */
public class TransportException extends OcppException {

    /**
     * @param message what failed
     */
    public TransportException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause the underlying failure
     */
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}

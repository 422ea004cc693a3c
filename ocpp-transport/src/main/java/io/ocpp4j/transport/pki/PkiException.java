package io.ocpp4j.transport.pki;

import io.ocpp4j.core.OcppException;

/** A key, certificate, request or PEM document could not be created, read or verified. */
public final class PkiException extends OcppException {

    /**
     * @param message what failed
     */
    public PkiException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause the underlying failure
     */
    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}

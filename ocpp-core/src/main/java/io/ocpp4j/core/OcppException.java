package io.ocpp4j.core;

/** The root of every exception ocpp4j raises or completes a {@code CompletionStage} with. */
public class OcppException extends RuntimeException {

    /**
     * @param message what went wrong and where
     */
    public OcppException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and where
     * @param cause the underlying failure
     */
    public OcppException(String message, Throwable cause) {
        super(message, cause);
    }
}

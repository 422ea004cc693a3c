package io.ocpp4j.core;

/**
 * The connection closed (or was never open) before a call could be sent or answered. Every pending
 * and queued call of a session fails with this exception when its connection closes.
 */
public final class ConnectionClosedException extends OcppException {

    /**
     * @param message which call or frame was affected and why
     */
    public ConnectionClosedException(String message) {
        super(message);
    }
}

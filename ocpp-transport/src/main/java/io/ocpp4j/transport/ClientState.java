package io.ocpp4j.transport;

/** The states of a {@link ReconnectingClient}. */
public enum ClientState {
    /** Created, not started. */
    IDLE,
    /** An attempt to connect is under way. */
    CONNECTING,
    /** A connection is open. */
    CONNECTED,
    /** Waiting for the back-off delay before the next attempt. */
    WAITING_TO_RECONNECT,
    /** Stopped for good. */
    STOPPED
}

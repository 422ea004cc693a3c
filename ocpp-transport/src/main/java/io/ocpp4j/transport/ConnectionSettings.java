package io.ocpp4j.transport;

import java.time.Duration;

/**
 * Per-connection limits and keep-alive, the same on both sides. Immutable; start from
 * {@link #defaults()} and change what you need with the {@code with...} methods.
 *
 * @param maxPendingFrames received frames held until a listener is attached (or while it is
 *     busy); one more closes the connection with 1008
 * @param maxQueuedOutgoingFrames frames queued for sending and not yet written; one more closes
 *     the connection with 1008 (the peer does not read)
 * @param pingInterval how often to send a WebSocket ping (OCPP's {@code WebSocketPingInterval});
 *     {@link Duration#ZERO} disables pings
 * @param pongTimeout how long to wait, after a ping, for any frame before closing the link as dead
 * @param closeTimeout how long a closing handshake may take before the socket is closed anyway
 */
public record ConnectionSettings(int maxPendingFrames, int maxQueuedOutgoingFrames, Duration pingInterval,
                                 Duration pongTimeout, Duration closeTimeout) {

    /** Checks the settings. */
    public ConnectionSettings {
        ServerConfig.positive(maxPendingFrames, "maxPendingFrames");
        ServerConfig.positive(maxQueuedOutgoingFrames, "maxQueuedOutgoingFrames");
        if (pingInterval == null || pingInterval.isNegative()) {
            throw new IllegalArgumentException("pingInterval must be zero (off) or positive");
        }
        ServerConfig.positive(pongTimeout, "pongTimeout");
        ServerConfig.positive(closeTimeout, "closeTimeout");
    }

    /**
     * 100 pending frames, 1,000 queued outgoing frames, a ping every 60 s answered within 30 s, and
     * 5 s for the closing handshake.
     *
     * @return the defaults
     */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(100, 1_000, Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofSeconds(5));
    }

    /**
     * @param value frames held for the listener at most
     * @return a copy with this setting
     */
    public ConnectionSettings withMaxPendingFrames(int value) {
        return new ConnectionSettings(value, maxQueuedOutgoingFrames, pingInterval, pongTimeout, closeTimeout);
    }

    /**
     * @param value frames queued for sending at most
     * @return a copy with this setting
     */
    public ConnectionSettings withMaxQueuedOutgoingFrames(int value) {
        return new ConnectionSettings(maxPendingFrames, value, pingInterval, pongTimeout, closeTimeout);
    }

    /**
     * @param interval ping interval, {@link Duration#ZERO} for none
     * @param timeout how long to wait for an answer
     * @return a copy with these settings
     */
    public ConnectionSettings withPing(Duration interval, Duration timeout) {
        return new ConnectionSettings(maxPendingFrames, maxQueuedOutgoingFrames, interval, timeout, closeTimeout);
    }

    /**
     * @param value time allowed for the closing handshake
     * @return a copy with this setting
     */
    public ConnectionSettings withCloseTimeout(Duration value) {
        return new ConnectionSettings(maxPendingFrames, maxQueuedOutgoingFrames, pingInterval, pongTimeout, value);
    }
}

package io.ocpp4j.core;

/**
 * Receives the events of one {@link Connection}. The transport calls these methods from its I/O
 * thread, one at a time and in order; implementations must return quickly and never block.
 */
public interface ConnectionListener {

    /**
     * A complete text frame arrived.
     *
     * @param text the frame as received
     */
    void onText(String text);

    /**
     * The connection is closed; no more frames will arrive and none can be sent. Called exactly
     * once.
     *
     * @param code the WebSocket close code
     * @param reason the close reason, possibly empty
     * @param byPeer {@code true} if the peer or the network closed it, {@code false} if we did
     */
    void onClose(int code, String reason, boolean byPeer);
}

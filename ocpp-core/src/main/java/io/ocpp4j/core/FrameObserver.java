package io.ocpp4j.core;

/**
 * Sees every frame of one connection, as an {@link ObservedConnection} passes them: for frame logs,
 * transcripts, captures and tests. Called on I/O and caller threads; implementations must be quick
 * and thread-safe, and must not throw.
 */
public interface FrameObserver {

    /**
     * A frame is going out (called just before it is handed to the transport, so an answer is never
     * observed before its call).
     *
     * @param text the frame
     */
    default void sent(String text) {
    }

    /**
     * A frame came in (called before the connection's listener sees it).
     *
     * @param text the frame
     */
    default void received(String text) {
    }

    /**
     * The connection closed.
     *
     * @param code the close code
     * @param reason the reason
     * @param byPeer whether the peer (or the network) closed it
     */
    default void closed(int code, String reason, boolean byPeer) {
    }
}

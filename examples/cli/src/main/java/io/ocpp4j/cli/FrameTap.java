package io.ocpp4j.cli;

/**
 * Sees every frame of one connection, as {@link TappedConnection} passes them: for the frame log and
 * the transcript. Called on I/O and caller threads; implementations must be quick and thread-safe.
 */
interface FrameTap {

    /** A tap that does nothing. */
    FrameTap NONE = new FrameTap() {
    };

    /**
     * A frame went out on the connection.
     *
     * @param text the frame
     */
    default void sent(String text) {
    }

    /**
     * A frame came in.
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

    /**
     * Both taps, in order.
     *
     * @param next the second tap
     * @return a tap that calls this one, then {@code next}
     */
    default FrameTap andThen(FrameTap next) {
        FrameTap first = this;
        return new FrameTap() {
            @Override
            public void sent(String text) {
                first.sent(text);
                next.sent(text);
            }

            @Override
            public void received(String text) {
                first.received(text);
                next.received(text);
            }

            @Override
            public void closed(int code, String reason, boolean byPeer) {
                first.closed(code, reason, byPeer);
                next.closed(code, reason, byPeer);
            }
        };
    }
}

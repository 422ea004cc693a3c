package io.ocpp4j.cli;

import io.ocpp4j.core.FrameObserver;

/**
 * The command line's {@link FrameObserver}s (the frame log, the transcript), with a way to combine
 * them. Called on I/O and caller threads; implementations must be quick and thread-safe.
 */
interface FrameTap extends FrameObserver {

    /** A tap that does nothing. */
    FrameTap NONE = new FrameTap() {
    };

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

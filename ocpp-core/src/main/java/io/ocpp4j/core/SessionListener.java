package io.ocpp4j.core;

/**
 * Hears sessions begin and end: a station connecting to a CSMS, or a station's link to its CSMS
 * coming up after a (re)connect. Called on the runtime's handler executor, never on an I/O thread;
 * for one session {@code connected} always comes before {@code disconnected}.
 *
 * @param <V> what the application sees of a session (a version's typed view of the peer)
 */
public interface SessionListener<V> {

    /**
     * A session started.
     *
     * @param peer the typed view of the peer
     */
    default void connected(V peer) {
    }

    /**
     * A session ended; its pending calls have failed.
     *
     * @param peer the typed view of the peer, no longer usable
     */
    default void disconnected(V peer) {
    }
}

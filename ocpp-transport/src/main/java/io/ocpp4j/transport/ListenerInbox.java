package io.ocpp4j.transport;

import io.ocpp4j.core.ConnectionListener;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Delivers one connection's events to its listener one at a time and in order, and holds them
 * (bounded) until a listener is attached.
 *
 * <p>Events are delivered on the thread that offers them (the transport's I/O thread) when nothing
 * is waiting; events held before {@link #attach} are delivered by the thread that attaches. Never
 * two deliveries at once: a thread that finds a delivery in progress queues its event, and the
 * delivering thread runs it next.
 */
final class ListenerInbox {

    private static final Logger log = LoggerFactory.getLogger(ListenerInbox.class);
    /** MDC key that carries the station identity while a listener runs. */
    static final String MDC_STATION = "stationIdentity";

    private final String stationIdentity;
    private final int capacity;
    private final Object lock = new Object();
    private final ArrayDeque<Consumer<ConnectionListener>> pending = new ArrayDeque<>();
    private ConnectionListener listener;
    private boolean delivering;
    private boolean closeOffered;

    /**
     * @param stationIdentity for the MDC and log lines
     * @param capacity how many frames may wait for the listener
     */
    ListenerInbox(String stationIdentity, int capacity) {
        this.stationIdentity = stationIdentity;
        this.capacity = capacity;
    }

    /**
     * Attaches the listener and delivers what is held.
     *
     * @throws IllegalStateException if a listener is already attached
     */
    void attach(ConnectionListener newListener) {
        Objects.requireNonNull(newListener, "listener");
        synchronized (lock) {
            if (listener != null) {
                throw new IllegalStateException("a listener is already attached to the connection of "
                        + stationIdentity);
            }
            listener = newListener;
            if (delivering || pending.isEmpty()) {
                return;
            }
            delivering = true;
        }
        drain();
    }

    /**
     * Offers a received frame.
     *
     * @return {@code false} if the frame did not fit (the caller closes the connection)
     */
    boolean offerFrame(String text) {
        return offer(l -> l.onText(text), false);
    }

    /**
     * Offers the close event; only the first offer counts, and frames offered after it are dropped.
     */
    void offerClose(int code, String reason, boolean byPeer) {
        offer(l -> l.onClose(code, reason, byPeer), true);
    }

    private boolean offer(Consumer<ConnectionListener> event, boolean isClose) {
        synchronized (lock) {
            if (closeOffered) {
                return true;
            }
            if (isClose) {
                closeOffered = true;
            } else if (pending.size() >= capacity) {
                return false;
            }
            pending.add(event);
            if (listener == null || delivering) {
                return true;
            }
            delivering = true;
        }
        drain();
        return true;
    }

    private void drain() {
        String previous = MDC.get(MDC_STATION);
        MDC.put(MDC_STATION, stationIdentity);
        boolean finished = false;
        try {
            while (true) {
                Consumer<ConnectionListener> next;
                ConnectionListener target;
                synchronized (lock) {
                    next = pending.poll();
                    if (next == null) {
                        delivering = false;
                        finished = true;
                        return;
                    }
                    target = listener;
                }
                try {
                    next.accept(target);
                } catch (RuntimeException e) {
                    log.warn("connection listener of {} failed", stationIdentity, e);
                }
            }
        } finally {
            if (!finished) {
                synchronized (lock) {
                    delivering = false; // an Error escaped a listener; let later events through
                }
            }
            if (previous == null) {
                MDC.remove(MDC_STATION);
            } else {
                MDC.put(MDC_STATION, previous);
            }
        }
    }
}

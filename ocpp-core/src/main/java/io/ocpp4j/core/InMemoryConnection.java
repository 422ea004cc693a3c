package io.ocpp4j.core;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.net.ssl.SSLSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Connection} whose peer is another {@code InMemoryConnection} in the same JVM: for tests
 * and for wiring a station and a CSMS together without sockets.
 *
 * <p>Each side delivers to its listener on its own {@code deliveryExecutor}, one frame at a time and
 * in order, like a transport's I/O thread. Frames sent before the peer listens are held (up to
 * {@code maxPendingFrames}; past that the connection is closed with {@link #CLOSE_POLICY_VIOLATION},
 * as a transport would do with a peer that floods it).
 */
public final class InMemoryConnection implements Connection {

    private static final Logger log = LoggerFactory.getLogger(InMemoryConnection.class);

    private final String subprotocol;
    private final String stationIdentity;
    private final Executor deliveryExecutor;
    private final int maxPendingFrames;
    private final Object lock = new Object();
    private final ArrayDeque<Runnable> inbox = new ArrayDeque<>();
    private InMemoryConnection peer;
    private ConnectionListener listener;
    private boolean draining;
    private boolean closed;

    private InMemoryConnection(String subprotocol, String stationIdentity, Executor deliveryExecutor,
                               int maxPendingFrames) {
        this.subprotocol = subprotocol;
        this.stationIdentity = stationIdentity;
        this.deliveryExecutor = deliveryExecutor;
        this.maxPendingFrames = maxPendingFrames;
    }

    /**
     * Creates two connected ends.
     *
     * @param subprotocol the subprotocol both ends report
     * @param stationIdentity the station identity both ends report
     * @param stationExecutor runs the station end's listener (its "I/O thread")
     * @param csmsExecutor runs the CSMS end's listener
     * @param maxPendingFrames frames each end holds for its listener before it closes the link
     * @return the pair; {@link Pair#station()} and {@link Pair#csms()} are each other's peers
     */
    public static Pair pair(String subprotocol, String stationIdentity, Executor stationExecutor,
                            Executor csmsExecutor, int maxPendingFrames) {
        Objects.requireNonNull(subprotocol, "subprotocol");
        Objects.requireNonNull(stationIdentity, "stationIdentity");
        if (maxPendingFrames < 1) {
            throw new IllegalArgumentException("maxPendingFrames must be at least 1");
        }
        InMemoryConnection station = new InMemoryConnection(subprotocol, stationIdentity,
                Objects.requireNonNull(stationExecutor, "stationExecutor"), maxPendingFrames);
        InMemoryConnection csms = new InMemoryConnection(subprotocol, stationIdentity,
                Objects.requireNonNull(csmsExecutor, "csmsExecutor"), maxPendingFrames);
        station.peer = csms;
        csms.peer = station;
        return new Pair(station, csms);
    }

    /**
     * The two ends of an in-memory link.
     *
     * @param station the station's end
     * @param csms the CSMS's end
     */
    public record Pair(InMemoryConnection station, InMemoryConnection csms) {
    }

    @Override
    public String subprotocol() {
        return subprotocol;
    }

    @Override
    public String stationIdentity() {
        return stationIdentity;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return null;
    }

    @Override
    public Optional<SSLSession> tlsSession() {
        return Optional.empty();
    }

    @Override
    public void listen(ConnectionListener newListener) {
        Objects.requireNonNull(newListener, "listener");
        synchronized (lock) {
            if (listener != null) {
                throw new IllegalStateException("a listener is already attached");
            }
            listener = newListener;
        }
        scheduleDrain();
    }

    @Override
    public void send(String text) {
        Objects.requireNonNull(text, "text");
        synchronized (lock) {
            if (closed) {
                throw new ConnectionClosedException("in-memory connection of " + stationIdentity + " is closed");
            }
        }
        peer.enqueue(listener -> listener.onText(text), false);
    }

    @Override
    public void close(int code, String reason) {
        if (markClosed()) {
            enqueue(listener -> listener.onClose(code, reason, false), true);
            if (peer.markClosed()) {
                peer.enqueue(listener -> listener.onClose(code, reason, true), true);
            }
        }
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return !closed;
        }
    }

    private boolean markClosed() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            closed = true;
            return true;
        }
    }

    private void enqueue(Consumer<ConnectionListener> event, boolean isClose) {
        boolean overflow;
        synchronized (lock) {
            if (closed && !isClose) {
                return; // frames in flight to a closed end are lost, as on a real network
            }
            overflow = !isClose && inbox.size() >= maxPendingFrames;
            if (!overflow) {
                inbox.add(() -> event.accept(listener));
            }
        }
        if (overflow) {
            close(CLOSE_POLICY_VIOLATION, "too many frames pending");
            return;
        }
        scheduleDrain();
    }

    private void scheduleDrain() {
        synchronized (lock) {
            if (draining || listener == null || inbox.isEmpty()) {
                return;
            }
            draining = true;
        }
        deliveryExecutor.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (lock) {
                next = inbox.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                log.error("listener of in-memory connection {} failed", stationIdentity, e);
            }
        }
    }
}

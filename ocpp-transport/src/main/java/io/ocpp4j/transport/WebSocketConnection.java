package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.core.ConnectionListener;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSession;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Connection} over one open Java-WebSocket link, server or client side.
 *
 * <p>Thread-safe. {@link #send} and {@link #close} only queue work for the link's I/O threads and
 * never block on the network. The listener's events come one at a time, in order (see
 * {@link ListenerInbox}); {@code onClose} exactly once.
 */
final class WebSocketConnection implements Connection {

    private static final Logger log = LoggerFactory.getLogger(WebSocketConnection.class);
    private static final int MAX_REASON_BYTES = 123;

    /** Forcibly closes the underlying socket, without a closing handshake. */
    interface Abort {
        void abort(int code, String reason);
    }

    private final WebSocket socket;
    private final WebSocketImpl engine;
    private final Abort abort;
    private final String subprotocol;
    private final String stationIdentity;
    private final InetSocketAddress remoteAddress;
    private final SSLSession tlsSession;
    private final ConnectionSettings limits;
    private final ScheduledExecutorService scheduler;
    private final String side;
    private final ListenerInbox inbox;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> closedFuture = new CompletableFuture<>();
    private volatile long lastReceivedNanos = System.nanoTime();
    private volatile boolean deadPeer;
    private volatile int localCloseCode;
    private volatile String localCloseReason;
    private volatile int handshakeCloseCode;
    private volatile String handshakeCloseReason;
    private volatile boolean handshakeCloseByPeer;
    private volatile ScheduledFuture<?> pingTask;
    private volatile ScheduledFuture<?> closeTimer;

    WebSocketConnection(WebSocket socket, WebSocketImpl engine, Abort abort, String subprotocol,
                        String stationIdentity, InetSocketAddress remoteAddress, SSLSession tlsSession,
                        ConnectionSettings limits, ScheduledExecutorService scheduler, String side) {
        this.socket = socket;
        this.engine = engine;
        this.abort = abort;
        this.subprotocol = subprotocol;
        this.stationIdentity = stationIdentity;
        this.remoteAddress = remoteAddress;
        this.tlsSession = tlsSession;
        this.limits = limits;
        this.scheduler = scheduler;
        this.side = side;
        this.inbox = new ListenerInbox(stationIdentity, limits.maxPendingFrames());
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
        return remoteAddress;
    }

    @Override
    public Optional<SSLSession> tlsSession() {
        return Optional.ofNullable(tlsSession);
    }

    @Override
    public void listen(ConnectionListener listener) {
        inbox.attach(listener);
    }

    @Override
    public void send(String text) {
        Objects.requireNonNull(text, "text");
        if (closing.get() || !socket.isOpen()) {
            throw new ConnectionClosedException("the connection of " + stationIdentity + " is closed");
        }
        if (engine.outQueue.size() >= limits.maxQueuedOutgoingFrames()) {
            log.warn("{}: {} frames queued for {} and not sent; closing the connection", side,
                    engine.outQueue.size(), stationIdentity);
            close(CLOSE_POLICY_VIOLATION, "send queue full");
            throw new ConnectionClosedException("the connection of " + stationIdentity
                    + " is closed: its send queue is full");
        }
        try {
            socket.send(text);
        } catch (WebsocketNotConnectedException e) {
            throw new ConnectionClosedException("the connection of " + stationIdentity + " is closed");
        }
        if (log.isTraceEnabled()) {
            log.trace("{} {} <- {}", side, stationIdentity, text);
        }
    }

    @Override
    public void close(int code, String reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        int wireCode = isSendable(code) ? code : CLOSE_NORMAL;
        String wireReason = truncate(reason == null ? "" : reason);
        localCloseReason = wireReason;
        localCloseCode = wireCode;
        log.debug("{}: closing the connection of {} ({} {})", side, stationIdentity, wireCode, wireReason);
        try {
            socket.close(wireCode, wireReason);
        } catch (RuntimeException e) {
            log.debug("{}: closing {} failed; aborting", side, stationIdentity, e);
            abort.abort(CLOSE_ABNORMAL, wireReason);
            return;
        }
        if (!closed.get()) {
            closeTimer = schedule(() -> {
                if (!closed.get()) {
                    log.info("{}: {} did not finish the closing handshake in {}; dropping the link",
                            side, stationIdentity, limits.closeTimeout());
                    abort.abort(wireCode, wireReason);
                }
            }, limits.closeTimeout().toNanos());
        }
    }

    @Override
    public boolean isOpen() {
        return !closing.get() && socket.isOpen();
    }

    @Override
    public String toString() {
        return "WebSocketConnection[" + stationIdentity + ", " + subprotocol + ", " + remoteAddress + "]";
    }

    // ----- called by the transport -----

    /** A text frame arrived (I/O thread). */
    void frameReceived(String text) {
        lastReceivedNanos = System.nanoTime();
        if (log.isTraceEnabled()) {
            log.trace("{} {} -> {}", side, stationIdentity, text);
        }
        if (!inbox.offerFrame(text)) {
            log.warn("{}: more than {} frames from {} wait for the listener; closing the connection", side,
                    limits.maxPendingFrames(), stationIdentity);
            close(CLOSE_POLICY_VIOLATION, "too many pending frames");
        }
    }

    /** Any frame (ping, pong, data) arrived: the peer is alive. */
    void activity() {
        lastReceivedNanos = System.nanoTime();
    }

    /** The link is closed (any thread); only the first call counts. */
    void transportClosed(int code, String reason, boolean byPeer) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.set(true);
        cancel(pingTask);
        cancel(closeTimer);
        if (code == CLOSE_ABNORMAL && !deadPeer) {
            // A closing handshake was under way: Java-WebSocket reports 1006 when the peer's answer (or
            // its TLS close_notify) overtakes its own bookkeeping, or when the handshake timed out.
            // Report the close that was asked for.
            if (handshakeCloseCode != 0 && handshakeCloseCode != CLOSE_ABNORMAL) {
                code = handshakeCloseCode;
                reason = handshakeCloseReason;
                byPeer = handshakeCloseByPeer;
            } else if (localCloseCode != 0) {
                code = localCloseCode;
                reason = localCloseReason;
                byPeer = false;
            }
        }
        if (localCloseCode != 0 && !handshakeCloseByPeer) {
            // We asked first. Java-WebSocket may still report the end of our own handshake as remote
            // (the peer's echo or its TCP close processed first under load): the close is ours.
            byPeer = false;
        }
        boolean network = byPeer || deadPeer;
        inbox.offerClose(code, reason == null ? "" : reason, network);
        closedFuture.complete(null);
    }

    /**
     * The closing handshake started (Java-WebSocket's {@code onClosing}): remembers who asked for
     * which code; only the first call counts.
     */
    void closingHandshake(int code, String reason, boolean byPeer) {
        if (handshakeCloseCode == 0 && code > 0) {
            handshakeCloseReason = reason == null ? "" : reason;
            handshakeCloseByPeer = byPeer;
            handshakeCloseCode = code;
        }
    }

    /** Completes when the link is closed and the close event has been offered. */
    CompletableFuture<Void> closedFuture() {
        return closedFuture;
    }

    /** Starts pinging at the configured interval, if any. */
    void startKeepAlive() {
        long interval = limits.pingInterval().toNanos();
        if (interval <= 0 || closed.get()) {
            return;
        }
        try {
            pingTask = scheduler.scheduleWithFixedDelay(this::ping, interval, interval, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("{}: scheduler stopped; no keep-alive for {}", side, stationIdentity);
        }
        if (closed.get()) {
            cancel(pingTask);
        }
    }

    private void ping() {
        if (closing.get()) {
            return;
        }
        long sentAt = System.nanoTime();
        try {
            socket.sendPing();
        } catch (RuntimeException e) {
            return; // closing concurrently
        }
        schedule(() -> {
            if (!closed.get() && lastReceivedNanos - sentAt < 0) {
                log.info("{}: no answer from {} within {} of a ping; closing the dead link", side,
                        stationIdentity, limits.pongTimeout());
                deadPeer = true;
                closing.set(true);
                abort.abort(CLOSE_ABNORMAL, "no pong");
            }
        }, limits.pongTimeout().toNanos());
    }

    private ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        try {
            return scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    /** 1006: closed without a closing handshake (never sent on the wire). */
    static final int CLOSE_ABNORMAL = 1006;

    static boolean isSendable(int code) {
        return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
    }

    static String truncate(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return reason;
        }
        int end = reason.length();
        while (reason.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            end--;
        }
        if (end > 0 && Character.isHighSurrogate(reason.charAt(end - 1))) {
            end--;
        }
        return reason.substring(0, end);
    }
}

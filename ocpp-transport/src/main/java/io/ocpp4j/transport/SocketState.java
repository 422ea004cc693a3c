package io.ocpp4j.transport;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the server knows about one accepted socket, from accept to close; attached to its
 * Java-WebSocket object.
 */
final class SocketState {

    /** Cancels the handshake timeout once the upgrade is accepted. */
    volatile ScheduledFuture<?> handshakeTimer;
    /** The upgrade was refused with this HTTP status; the socket closes once the answer is sent. */
    volatile HandshakeRefusal refusal;
    /** The upgrade completed without a common subprotocol; close right after opening. */
    volatile boolean noSubprotocol;
    /** The upgrade was accepted and holds one of {@code maxConnections}. */
    volatile boolean counted;
    volatile String stationIdentity;
    volatile String subprotocol;
    /** The connection handed to the application, once open; guarded by {@code this}. */
    WebSocketConnection connection;
    /** Java-WebSocket reported the socket closed; guarded by {@code this}. */
    boolean closed;
    /**
     * Publishes the open connection unless the socket already closed (the close can race with the
     * open: they run on different Java-WebSocket threads).
     *
     * @return {@code false} if the socket is already closed
     */
    synchronized boolean open(WebSocketConnection open) {
        if (closed) {
            return false;
        }
        connection = open;
        return true;
    }

    /**
     * Marks the socket closed.
     *
     * @return the connection to notify, or {@code null} if it never opened
     */
    synchronized WebSocketConnection close() {
        closed = true;
        return connection;
    }

    /** The open connection, or {@code null}. */
    synchronized WebSocketConnection connection() {
        return connection;
    }

    /** Set when the socket's resources have been given back; guards against doing it twice. */
    final AtomicBoolean released = new AtomicBoolean();
}

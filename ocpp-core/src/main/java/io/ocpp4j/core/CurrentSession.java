package io.ocpp4j.core;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The station side of every version: the session of the station's current link to its CSMS, one
 * after another across reconnects. A reconnecting transport hands it each new connection
 * ({@link #attach}); calls go to the session of the moment and fail with
 * {@link ConnectionClosedException} while there is none.
 */
public final class CurrentSession {

    private final Function<Connection, RpcSession> sessions;
    private final SessionListener<? super RpcSession> listener;
    private final Executor events;
    private final AtomicReference<RpcSession> current = new AtomicReference<>();

    /**
     * @param sessions starts a session on a new connection
     * @param listener hears each link come up and go down
     * @param events runs the listener (normally the runtime's handler executor)
     */
    public CurrentSession(Function<Connection, RpcSession> sessions, SessionListener<? super RpcSession> listener,
                          Executor events) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Starts a session on a new connection and makes it current. Quick and non-blocking.
     *
     * @param connection the new connection
     * @return the new session
     */
    public RpcSession attach(Connection connection) {
        RpcSession session = sessions.apply(connection);
        RpcSession previous = current.getAndSet(session);
        if (previous != null) {
            previous.close(Connection.CLOSE_NORMAL, "replaced by a new connection");
        }
        CompletableFuture.runAsync(() -> listener.connected(session), events)
                .handle((ignored, failure) -> null)
                .thenCombine(session.closeFuture(), (a, b) -> null)
                .thenRunAsync(() -> {
                    current.compareAndSet(session, null);
                    listener.disconnected(session);
                }, events);
        return session;
    }

    /** @return the current session, if the station is connected */
    public Optional<RpcSession> get() {
        RpcSession session = current.get();
        return session == null || !session.isOpen() ? Optional.empty() : Optional.of(session);
    }

    /**
     * Calls on the current session.
     *
     * @param action the action
     * @param request the request
     * @param <Q> the request type
     * @param <R> the response type
     * @return the response, or a stage failed with {@link ConnectionClosedException} when offline
     */
    public <Q, R> CompletionStage<R> call(Action<Q, R> action, Q request) {
        Optional<RpcSession> session = get();
        if (session.isEmpty()) {
            return CompletableFuture.failedFuture(
                    new ConnectionClosedException(action.name() + ": not connected to the CSMS"));
        }
        return session.get().call(action, request);
    }

    /** Closes the current session, if any. */
    public void close() {
        RpcSession session = current.getAndSet(null);
        if (session != null) {
            session.close();
        }
    }
}

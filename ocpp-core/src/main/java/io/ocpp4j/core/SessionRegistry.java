package io.ocpp4j.core;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The CSMS side of every version: one session per connected station, found by station identity.
 * A version's server facade creates one, with how to start a session and how to wrap it in the
 * version's typed view; a transport hands it each accepted connection ({@link #accept}).
 *
 * <p>A new connection for an identity that is already registered replaces the old entry (the
 * transport decides whether a second connection is allowed at all and closes the first); the old
 * session's end does not remove the new one.
 *
 * @param <V> the version's typed view of one station
 */
public final class SessionRegistry<V> {

    private final Function<Connection, RpcSession> sessions;
    private final Function<RpcSession, V> views;
    private final SessionListener<? super V> listener;
    private final Executor events;
    private final ConcurrentMap<String, Entry<V>> byIdentity = new ConcurrentHashMap<>();

    /**
     * @param sessions starts a session on an accepted connection
     * @param views wraps a session in the version's typed view
     * @param listener hears stations connect and disconnect
     * @param events runs the listener (normally the runtime's handler executor)
     */
    public SessionRegistry(Function<Connection, RpcSession> sessions, Function<RpcSession, V> views,
                           SessionListener<? super V> listener, Executor events) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.views = Objects.requireNonNull(views, "views");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Starts a session on a newly accepted connection and registers it. Quick and non-blocking: a
     * transport may call it on its I/O thread.
     *
     * @param connection the accepted connection
     * @return the typed view of the station
     */
    public V accept(Connection connection) {
        RpcSession session = sessions.apply(connection);
        V view = views.apply(session);
        Entry<V> entry = new Entry<>(session, view);
        byIdentity.put(connection.stationIdentity(), entry);
        CompletableFuture<Void> connected = CompletableFuture.runAsync(() -> listener.connected(view), events);
        connected.handle((ignored, failure) -> null)
                .thenCombine(session.closeFuture(), (a, b) -> null)
                .thenRunAsync(() -> {
                    byIdentity.remove(connection.stationIdentity(), entry);
                    listener.disconnected(view);
                }, events);
        return view;
    }

    /**
     * The connected station with this identity.
     *
     * @param stationIdentity the identity from the connection URL
     * @return its typed view, or empty if it is not connected
     */
    public Optional<V> find(String stationIdentity) {
        Entry<V> entry = byIdentity.get(stationIdentity);
        return entry == null || !entry.session().isOpen() ? Optional.empty() : Optional.of(entry.view());
    }

    /** @return the typed views of all connected stations, a snapshot */
    public Collection<V> all() {
        return byIdentity.values().stream().filter(e -> e.session().isOpen()).map(Entry::view).toList();
    }

    /**
     * Closes every session with the given code, e.g. {@link Connection#CLOSE_GOING_AWAY} when the
     * server stops.
     *
     * @param code the WebSocket close code
     * @param reason the close reason
     */
    public void closeAll(int code, String reason) {
        for (Entry<V> entry : List.copyOf(byIdentity.values())) {
            entry.session().close(code, reason);
        }
    }

    private record Entry<V>(RpcSession session, V view) {
    }
}

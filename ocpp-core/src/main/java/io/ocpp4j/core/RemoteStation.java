package io.ocpp4j.core;

import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The CSMS's handle on one connected station, which every version's typed view extends with a
 * method per action. A handle belongs to one connection: after a reconnect the station has a new one.
 */
public abstract class RemoteStation {

    private final RpcSession session;

    /**
     * @param session the station's session
     */
    protected RemoteStation(RpcSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** @return the station's identity, from its connection URL */
    public String identity() {
        return session.connection().stationIdentity();
    }

    /** @return the RPC session underneath, e.g. for its connection's address or TLS session */
    public RpcSession session() {
        return session;
    }

    /** @return whether the connection is still open */
    public boolean isConnected() {
        return session.isOpen();
    }

    /** Closes the connection normally; pending calls fail with {@link ConnectionClosedException}. */
    public void disconnect() {
        session.close(Connection.CLOSE_NORMAL, "");
    }

    /**
     * Sends a call to the station.
     *
     * @param action the action
     * @param request the request
     * @param <Q> the request type
     * @param <R> the response type
     * @return the response; fails as {@link RpcSession#call} describes
     */
    protected <Q, R> CompletionStage<R> call(Action<Q, R> action, Q request) {
        return session.call(action, request);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + identity() + "]";
    }
}

package io.ocpp4j.core;

import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A station's handle on its CSMS, which every version's typed view extends with a method per
 * action. It stays valid across reconnects; while the station is offline, calls fail at once with
 * {@link ConnectionClosedException}.
 */
public abstract class RemoteCsms {

    private final CurrentSession link;

    /**
     * @param link the session of the station's current connection
     */
    protected RemoteCsms(CurrentSession link) {
        this.link = Objects.requireNonNull(link, "link");
    }

    /** @return whether the station is connected to its CSMS now */
    public boolean isConnected() {
        return link.get().isPresent();
    }

    /**
     * Sends a call to the CSMS on the current connection.
     *
     * @param action the action
     * @param request the request
     * @param <Q> the request type
     * @param <R> the response type
     * @return the response; fails as {@link RpcSession#call} describes
     */
    protected <Q, R> CompletionStage<R> call(Action<Q, R> action, Q request) {
        return link.call(action, request);
    }
}

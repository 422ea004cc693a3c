package io.ocpp4j.transport;

/**
 * Observes a {@link ReconnectingClient}'s state changes, one at a time and in order. Must return
 * quickly and never block (it may run on an I/O thread).
 */
@FunctionalInterface
public interface ClientStateListener {

    /**
     * The client changed state.
     *
     * @param change the transition
     */
    void onStateChange(ClientStateChange change);
}

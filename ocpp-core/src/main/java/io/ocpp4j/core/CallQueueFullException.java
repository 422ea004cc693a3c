package io.ocpp4j.core;

/**
 * A call was refused because the session already holds its maximum of queued calls: the peer is
 * answering more slowly than the application is calling.
 */
public final class CallQueueFullException extends OcppException {

    /**
     * @param action the refused call's action
     * @param capacity the queue's capacity
     */
    public CallQueueFullException(String action, int capacity) {
        super(action + ": call queue full (" + capacity + " calls waiting)");
    }
}

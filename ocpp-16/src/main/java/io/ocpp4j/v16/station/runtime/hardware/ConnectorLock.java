package io.ocpp4j.v16.station.runtime.hardware;

/**
 * The lock that holds a detachable cable in a socket. A station with fixed cables has none: it
 * does not give one to the runtime, and {@code UnlockConnector} is answered {@code NotSupported}.
 * Called on the runtime's state thread.
 */
public interface ConnectorLock {

    /**
     * Locks the cable in before a transaction starts.
     *
     * @param connectorId the connector, from 1
     * @return whether the cable is locked; if not, the transaction does not start and the connector
     *         reports {@code ConnectorLockFailure}
     */
    boolean lock(int connectorId);

    /**
     * Releases the cable.
     *
     * @param connectorId the connector, from 1
     * @return whether it is released
     */
    boolean unlock(int connectorId);
}

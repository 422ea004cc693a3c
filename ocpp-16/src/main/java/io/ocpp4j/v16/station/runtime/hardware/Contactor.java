package io.ocpp4j.v16.station.runtime.hardware;

/**
 * The relay that lets energy flow to a connector. The runtime energizes a connector when a
 * transaction starts (or resumes) and de-energizes it when it stops, is suspended, or faults.
 * Called on the runtime's state thread; must be idempotent.
 */
public interface Contactor {

    /**
     * Closes the relay: energy may flow.
     *
     * @param connectorId the connector, from 1
     */
    void energize(int connectorId);

    /**
     * Opens the relay: no energy flows.
     *
     * @param connectorId the connector, from 1
     */
    void deEnergize(int connectorId);
}

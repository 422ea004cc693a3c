package io.ocpp4j.v16.station.runtime.hardware;

import io.ocpp4j.v16.model.ChargePointErrorCode;

/**
 * What the station's hardware tells the runtime: cables, RFID cards, the EV's state and faults.
 * Obtained from {@code StationRuntime.events()}. Every method returns at once (the event is handled
 * on the runtime's state thread, in the order of the calls) and may be called from any thread; it
 * throws {@link java.util.concurrent.RejectedExecutionException} if the runtime's bounded queue is
 * full.
 */
public interface HardwareEvents {

    /**
     * A cable was plugged into the connector (or, for a fixed cable, into the EV).
     *
     * @param connectorId the connector, from 1
     */
    void cablePlugged(int connectorId);

    /**
     * The cable was unplugged from the EV side.
     *
     * @param connectorId the connector, from 1
     */
    void cableUnplugged(int connectorId);

    /**
     * An id tag (RFID card, key code) was presented.
     *
     * @param connectorId the connector the reader belongs to, or 0 for a reader of the whole station
     * @param idTag the tag, at most 20 characters
     */
    void idTagPresented(int connectorId, String idTag);

    /**
     * The EV stopped drawing energy (paused, full), while the station would deliver it.
     *
     * @param connectorId the connector, from 1
     */
    void evSuspended(int connectorId);

    /**
     * The EV draws energy again.
     *
     * @param connectorId the connector, from 1
     */
    void evResumed(int connectorId);

    /**
     * A fault makes the connector (or the whole station) unusable until it is cleared.
     *
     * @param connectorId the connector, or 0 for the whole station
     * @param errorCode the OCPP error code
     * @param info free text for the CSMS, at most 50 characters, or {@code null}
     */
    void faultDetected(int connectorId, ChargePointErrorCode errorCode, String info);

    /**
     * The supply is failing and the station is about to go down (for firmware with a power-fail
     * signal and enough hold-up time): every transaction is stopped now with reason
     * {@code PowerLoss}, stored, and its StopTransaction delivered when the station is back.
     */
    void powerFailing();

    /**
     * The fault is gone.
     *
     * @param connectorId the connector, or 0 for the whole station
     */
    void faultCleared(int connectorId);
}

package io.ocpp4j.cli;

import io.ocpp4j.core.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the demo and {@code ocpp4j station} drive in a simulated station, whatever OCPP version it
 * speaks ({@link RuntimeStation16}, {@link SimulatedStation201}). Connectors (1.6) and EVSEs (2.0.1)
 * are numbered from 1.
 */
interface SimulatedStation {

    /** @return the station identity */
    String identity();

    /** @return what the station is */
    StationProfile profile();

    /** @return the WebSocket subprotocol it speaks */
    String subprotocol();

    /** Takes a new connection to the CSMS (after each (re)connect). */
    void attach(Connection connection);

    /** @return completes once the CSMS accepted the station's boot */
    CompletableFuture<?> booted();

    /** @return whether the CSMS accepted the station's last boot */
    boolean accepted();

    /** @return completes the next time the link comes up */
    CompletableFuture<Void> nextConnect();

    /** @return how many times the station connected */
    int connects();

    /** @return whether the station has a link to its CSMS */
    boolean isConnected();

    /** Sends one Heartbeat. */
    CompletionStage<Void> heartbeat();

    /**
     * A driver presents a tag: Authorize.
     *
     * @param idTag the tag
     * @return whether the CSMS accepted it
     */
    CompletionStage<Boolean> presentTag(String idTag);

    /**
     * Starts charging locally with an authorized tag.
     *
     * @param connectorId the connector or EVSE
     * @param idTag the tag
     * @return the transaction id
     */
    CompletionStage<String> startCharging(int connectorId, String idTag);

    /**
     * The driver ends charging locally.
     *
     * @param connectorId the connector or EVSE
     * @return done when the CSMS answered
     */
    CompletionStage<Void> stopCharging(int connectorId);

    /** @return whether a transaction runs on the connector or EVSE */
    boolean charging(int connectorId);

    /** Samples the meter and sends it (MeterValues in 1.6, TransactionEvent Updated in 2.0.1). */
    CompletionStage<Void> sendMeterValues(int connectorId);

    /** @return the power drawn now on the connector or EVSE, in watts */
    int powerW(int connectorId);

    /** @return completes with the id of the next transaction started on the connector or EVSE */
    CompletableFuture<String> nextStart(int connectorId);

    /** @return completes with the id of the next transaction ended on the connector or EVSE */
    CompletableFuture<String> nextStop(int connectorId);

    /** Sets a configuration value (1.6 key or 2.0.1 variable name) as an installer would. */
    void configure(String key, String value);

    /** Records the security profile the station runs in. */
    void securityProfile(int number);

    /** @return what went differently than the profile expects */
    List<String> problems();

    /** Stops the station's timers. */
    void close();

    /**
     * Creates the simulator for a profile's OCPP version: a {@link RuntimeStation16} (the library's 1.6
     * station runtime on simulated hardware, with an in-memory store) or a {@link SimulatedStation201}.
     *
     * @param profile what the station is
     * @param identity its identity
     * @param runtime shared threads and schemas
     * @param listener hears the station's calls
     * @param connectors connectors or EVSEs, 0 for the profile's
     * @param periodicMeterValues whether meter values are sent on a timer during transactions (2.0.1;
     *                            the 1.6 runtime always samples every {@code MeterValueSampleInterval})
     * @return the station
     */
    static SimulatedStation create(StationProfile profile, String identity, io.ocpp4j.core.RpcRuntime runtime,
                                   io.ocpp4j.core.RpcListener listener, int connectors, boolean periodicMeterValues) {
        return create(profile, identity, runtime, listener, connectors, periodicMeterValues, null, null);
    }

    /**
     * Creates the simulator for a profile's OCPP version.
     *
     * @param profile what the station is
     * @param identity its identity
     * @param runtime shared threads and schemas
     * @param listener hears the station's calls
     * @param connectors connectors or EVSEs, 0 for the profile's
     * @param periodicMeterValues whether meter values are sent on a timer during transactions (2.0.1)
     * @param store the 1.6 runtime's store, {@code null} for an in-memory one (ignored in 2.0.1)
     * @param sampleInterval the 1.6 {@code MeterValueSampleInterval} to start with, {@code null} for the
     *                       profile's (ignored in 2.0.1)
     * @return the station
     */
    static SimulatedStation create(StationProfile profile, String identity, io.ocpp4j.core.RpcRuntime runtime,
                                   io.ocpp4j.core.RpcListener listener, int connectors, boolean periodicMeterValues,
                                   io.ocpp4j.v16.station.runtime.store.Store store, Integer sampleInterval) {
        if (profile.ocpp().equals("2.0.1")) {
            return new SimulatedStation201(profile, identity, runtime, listener, connectors, periodicMeterValues);
        }
        return new RuntimeStation16(profile, identity, runtime, listener, connectors, store, sampleInterval);
    }
}

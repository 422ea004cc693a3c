package io.ocpp4j.v16.station.runtime.hardware;

import io.ocpp4j.v16.model.Measurand;
import java.util.Set;

/**
 * The station's energy meter(s): one reading per connector. Called on the runtime's state thread;
 * keep it quick (return the latest values the meter reported rather than querying it slowly).
 */
public interface Meter {

    /**
     * The measurands this meter can read; only these are accepted in {@code MeterValuesSampledData},
     * {@code MeterValuesAlignedData}, {@code StopTxnSampledData} and {@code StopTxnAlignedData}.
     * Must contain {@link Measurand#ENERGY_ACTIVE_IMPORT_REGISTER}.
     *
     * @return the supported measurands
     */
    Set<Measurand> supportedMeasurands();

    /**
     * Reads a connector's meter now.
     *
     * @param connectorId the connector, from 1
     * @return the values, at least the imported active energy
     */
    MeterReading read(int connectorId);
}

package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.MeterValue;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An ongoing transaction as the store keeps it: what is needed to report it stopped after a power
 * loss.
 *
 * @param localId the station's own number for it, fixed before the CSMS gives its transactionId
 * @param connectorId its connector
 * @param idTag the tag that started it
 * @param parentIdTag that tag's parent, if known
 * @param meterStart the energy register at the start, Wh
 * @param startTime when it started
 * @param transactionId the CSMS's id, or {@code null} until StartTransaction is answered
 * @param lastMeterWh the last energy reading, Wh
 * @param lastMeterTime when it was read
 * @param stopData meter values for StopTransaction's {@code transactionData}
 * @param suspendedByEvse whether energy was stopped because the tag was found invalid
 * @param energyCapWh the register value at which energy stops ({@code MaxEnergyOnInvalidId}), or {@code null}
 */
record TransactionRecord(long localId, int connectorId, String idTag, String parentIdTag, int meterStart,
                         OffsetDateTime startTime, Integer transactionId, long lastMeterWh,
                         OffsetDateTime lastMeterTime, List<MeterValue> stopData, boolean suspendedByEvse,
                         Long energyCapWh) {
}

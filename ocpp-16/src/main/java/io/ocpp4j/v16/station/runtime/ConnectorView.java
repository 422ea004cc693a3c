package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.ChargePointStatus;

/**
 * A snapshot of one connector, for observers outside the runtime's state thread.
 *
 * @param connectorId the connector (0 for the station)
 * @param status its OCPP status now (reported or about to be)
 * @param transactionActive whether a transaction is ongoing
 * @param transactionId the CSMS's transactionId of that transaction, or {@code null} if none or not
 *                      yet known (started offline, StartTransaction not answered yet)
 */
public record ConnectorView(int connectorId, ChargePointStatus status, boolean transactionActive, Integer transactionId) {
}

package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.MeterValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An ongoing transaction on a connector. State thread only. */
final class Transaction {

    final long localId;
    final int connectorId;
    final String idTag;
    final int meterStart;
    final OffsetDateTime startTime;
    String parentIdTag;
    Integer transactionId;
    long lastMeterWh;
    OffsetDateTime lastMeterTime;
    final List<MeterValue> stopData;
    boolean suspendedByEvse;
    Long energyCapWh;
    StateTimer sampling;

    Transaction(long localId, int connectorId, String idTag, String parentIdTag, int meterStart,
                OffsetDateTime startTime) {
        this.localId = localId;
        this.connectorId = connectorId;
        this.idTag = idTag;
        this.parentIdTag = parentIdTag;
        this.meterStart = meterStart;
        this.startTime = startTime;
        this.lastMeterWh = meterStart;
        this.lastMeterTime = startTime;
        this.stopData = new ArrayList<>();
    }

    static Transaction from(TransactionRecord record) {
        Transaction tx = new Transaction(record.localId(), record.connectorId(), record.idTag(), record.parentIdTag(),
                record.meterStart(), record.startTime());
        tx.transactionId = record.transactionId();
        tx.lastMeterWh = record.lastMeterWh();
        tx.lastMeterTime = record.lastMeterTime();
        if (record.stopData() != null) {
            tx.stopData.addAll(record.stopData());
        }
        tx.suspendedByEvse = record.suspendedByEvse();
        tx.energyCapWh = record.energyCapWh();
        return tx;
    }

    TransactionRecord toRecord() {
        return new TransactionRecord(localId, connectorId, idTag, parentIdTag, meterStart, startTime, transactionId,
                lastMeterWh, lastMeterTime, List.copyOf(stopData), suspendedByEvse, energyCapWh);
    }

    @Override
    public String toString() {
        return "transaction " + (transactionId == null ? "(local " + localId + ")" : transactionId)
                + " on connector " + connectorId;
    }
}

package io.ocpp4j.v16.station.runtime;

/**
 * A transaction message waiting in the durable queue.
 *
 * @param seq its place in the queue
 * @param action {@code StartTransaction}, {@code MeterValues}, {@code StopTransaction} or an extension's action
 * @param localId the station's number of its transaction (the CSMS's transactionId is filled in when
 *                sent); 0 for an extension's message
 * @param payload the request, as JSON
 * @param attempts how often the CSMS failed to process it so far
 */
record QueuedMessage(long seq, String action, long localId, String payload, int attempts) {

    static final String START_TRANSACTION = "StartTransaction";
    static final String METER_VALUES = "MeterValues";
    static final String STOP_TRANSACTION = "StopTransaction";

    QueuedMessage withAttempts(int count) {
        return new QueuedMessage(seq, action, localId, payload, count);
    }
}

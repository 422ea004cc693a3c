package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;

/**
 * Answers the CSMS's DataTransfer calls for one vendor id, registered with
 * {@link StationRuntime.Builder#dataTransfer(String, DataTransferHandler)}. Calls for vendor ids
 * without a handler are answered {@code UnknownVendorId}. Runs on the runtime's handler executor,
 * not on its state thread; it must be thread-safe.
 */
@FunctionalInterface
public interface DataTransferHandler {

    /**
     * @param request the call, its {@code vendorId} the one this handler is registered for
     * @return the answer: {@code Accepted}, {@code Rejected} or {@code UnknownMessageId}, with data
     */
    DataTransferResponse onDataTransfer(DataTransferRequest request);
}

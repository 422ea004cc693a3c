package io.ocpp4j.v201.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.DataTransferRequest;
import io.ocpp4j.v201.model.DataTransferResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 DataTransfer functional block that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface DataTransferHandler {

    /**
     * Answers {@code DataTransfer}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<DataTransferResponse> onDataTransfer(DataTransferRequest request, CallContext context) {
        return CallErrorException.notSupported("DataTransfer");
    }
}

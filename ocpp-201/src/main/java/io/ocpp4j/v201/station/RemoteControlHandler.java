package io.ocpp4j.v201.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.RequestStartTransactionRequest;
import io.ocpp4j.v201.model.RequestStartTransactionResponse;
import io.ocpp4j.v201.model.RequestStopTransactionRequest;
import io.ocpp4j.v201.model.RequestStopTransactionResponse;
import io.ocpp4j.v201.model.TriggerMessageRequest;
import io.ocpp4j.v201.model.TriggerMessageResponse;
import io.ocpp4j.v201.model.UnlockConnectorRequest;
import io.ocpp4j.v201.model.UnlockConnectorResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 RemoteControl functional block that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface RemoteControlHandler {

    /**
     * Answers {@code RequestStartTransaction}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<RequestStartTransactionResponse> onRequestStartTransaction(RequestStartTransactionRequest request, CallContext context) {
        return CallErrorException.notSupported("RequestStartTransaction");
    }

    /**
     * Answers {@code RequestStopTransaction}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<RequestStopTransactionResponse> onRequestStopTransaction(RequestStopTransactionRequest request, CallContext context) {
        return CallErrorException.notSupported("RequestStopTransaction");
    }

    /**
     * Answers {@code TriggerMessage}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<TriggerMessageResponse> onTriggerMessage(TriggerMessageRequest request, CallContext context) {
        return CallErrorException.notSupported("TriggerMessage");
    }

    /**
     * Answers {@code UnlockConnector}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<UnlockConnectorResponse> onUnlockConnector(UnlockConnectorRequest request, CallContext context) {
        return CallErrorException.notSupported("UnlockConnector");
    }
}

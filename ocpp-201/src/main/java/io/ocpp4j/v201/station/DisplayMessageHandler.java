package io.ocpp4j.v201.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.ClearDisplayMessageRequest;
import io.ocpp4j.v201.model.ClearDisplayMessageResponse;
import io.ocpp4j.v201.model.GetDisplayMessagesRequest;
import io.ocpp4j.v201.model.GetDisplayMessagesResponse;
import io.ocpp4j.v201.model.SetDisplayMessageRequest;
import io.ocpp4j.v201.model.SetDisplayMessageResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 DisplayMessage functional block that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface DisplayMessageHandler {

    /**
     * Answers {@code ClearDisplayMessage}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ClearDisplayMessageResponse> onClearDisplayMessage(ClearDisplayMessageRequest request, CallContext context) {
        return CallErrorException.notSupported("ClearDisplayMessage");
    }

    /**
     * Answers {@code GetDisplayMessages}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetDisplayMessagesResponse> onGetDisplayMessages(GetDisplayMessagesRequest request, CallContext context) {
        return CallErrorException.notSupported("GetDisplayMessages");
    }

    /**
     * Answers {@code SetDisplayMessage}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SetDisplayMessageResponse> onSetDisplayMessage(SetDisplayMessageRequest request, CallContext context) {
        return CallErrorException.notSupported("SetDisplayMessage");
    }
}

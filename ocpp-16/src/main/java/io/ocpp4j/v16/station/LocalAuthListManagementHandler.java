package io.ocpp4j.v16.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.GetLocalListVersionResponse;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.SendLocalListResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 1.6 LocalAuthListManagement feature profile that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface LocalAuthListManagementHandler {

    /**
     * Answers {@code GetLocalListVersion}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetLocalListVersionResponse> onGetLocalListVersion(GetLocalListVersionRequest request, CallContext context) {
        return CallErrorException.notSupported("GetLocalListVersion");
    }

    /**
     * Answers {@code SendLocalList}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SendLocalListResponse> onSendLocalList(SendLocalListRequest request, CallContext context) {
        return CallErrorException.notSupported("SendLocalList");
    }
}

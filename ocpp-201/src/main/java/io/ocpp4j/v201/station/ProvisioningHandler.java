package io.ocpp4j.v201.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.GetBaseReportRequest;
import io.ocpp4j.v201.model.GetBaseReportResponse;
import io.ocpp4j.v201.model.GetReportRequest;
import io.ocpp4j.v201.model.GetReportResponse;
import io.ocpp4j.v201.model.GetVariablesRequest;
import io.ocpp4j.v201.model.GetVariablesResponse;
import io.ocpp4j.v201.model.ResetRequest;
import io.ocpp4j.v201.model.ResetResponse;
import io.ocpp4j.v201.model.SetNetworkProfileRequest;
import io.ocpp4j.v201.model.SetNetworkProfileResponse;
import io.ocpp4j.v201.model.SetVariablesRequest;
import io.ocpp4j.v201.model.SetVariablesResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 Provisioning functional block that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface ProvisioningHandler {

    /**
     * Answers {@code GetBaseReport}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetBaseReportResponse> onGetBaseReport(GetBaseReportRequest request, CallContext context) {
        return CallErrorException.notSupported("GetBaseReport");
    }

    /**
     * Answers {@code GetReport}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetReportResponse> onGetReport(GetReportRequest request, CallContext context) {
        return CallErrorException.notSupported("GetReport");
    }

    /**
     * Answers {@code GetVariables}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetVariablesResponse> onGetVariables(GetVariablesRequest request, CallContext context) {
        return CallErrorException.notSupported("GetVariables");
    }

    /**
     * Answers {@code Reset}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
        return CallErrorException.notSupported("Reset");
    }

    /**
     * Answers {@code SetNetworkProfile}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SetNetworkProfileResponse> onSetNetworkProfile(SetNetworkProfileRequest request, CallContext context) {
        return CallErrorException.notSupported("SetNetworkProfile");
    }

    /**
     * Answers {@code SetVariables}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SetVariablesResponse> onSetVariables(SetVariablesRequest request, CallContext context) {
        return CallErrorException.notSupported("SetVariables");
    }
}

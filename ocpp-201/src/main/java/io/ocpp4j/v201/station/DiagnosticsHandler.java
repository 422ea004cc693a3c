package io.ocpp4j.v201.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.ClearVariableMonitoringRequest;
import io.ocpp4j.v201.model.ClearVariableMonitoringResponse;
import io.ocpp4j.v201.model.CustomerInformationRequest;
import io.ocpp4j.v201.model.CustomerInformationResponse;
import io.ocpp4j.v201.model.GetLogRequest;
import io.ocpp4j.v201.model.GetLogResponse;
import io.ocpp4j.v201.model.GetMonitoringReportRequest;
import io.ocpp4j.v201.model.GetMonitoringReportResponse;
import io.ocpp4j.v201.model.SetMonitoringBaseRequest;
import io.ocpp4j.v201.model.SetMonitoringBaseResponse;
import io.ocpp4j.v201.model.SetMonitoringLevelRequest;
import io.ocpp4j.v201.model.SetMonitoringLevelResponse;
import io.ocpp4j.v201.model.SetVariableMonitoringRequest;
import io.ocpp4j.v201.model.SetVariableMonitoringResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 Diagnostics functional block that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface DiagnosticsHandler {

    /**
     * Answers {@code ClearVariableMonitoring}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ClearVariableMonitoringResponse> onClearVariableMonitoring(ClearVariableMonitoringRequest request, CallContext context) {
        return CallErrorException.notSupported("ClearVariableMonitoring");
    }

    /**
     * Answers {@code CustomerInformation}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<CustomerInformationResponse> onCustomerInformation(CustomerInformationRequest request, CallContext context) {
        return CallErrorException.notSupported("CustomerInformation");
    }

    /**
     * Answers {@code GetLog}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetLogResponse> onGetLog(GetLogRequest request, CallContext context) {
        return CallErrorException.notSupported("GetLog");
    }

    /**
     * Answers {@code GetMonitoringReport}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetMonitoringReportResponse> onGetMonitoringReport(GetMonitoringReportRequest request, CallContext context) {
        return CallErrorException.notSupported("GetMonitoringReport");
    }

    /**
     * Answers {@code SetMonitoringBase}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SetMonitoringBaseResponse> onSetMonitoringBase(SetMonitoringBaseRequest request, CallContext context) {
        return CallErrorException.notSupported("SetMonitoringBase");
    }

    /**
     * Answers {@code SetMonitoringLevel}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SetMonitoringLevelResponse> onSetMonitoringLevel(SetMonitoringLevelRequest request, CallContext context) {
        return CallErrorException.notSupported("SetMonitoringLevel");
    }

    /**
     * Answers {@code SetVariableMonitoring}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SetVariableMonitoringResponse> onSetVariableMonitoring(SetVariableMonitoringRequest request, CallContext context) {
        return CallErrorException.notSupported("SetVariableMonitoring");
    }
}

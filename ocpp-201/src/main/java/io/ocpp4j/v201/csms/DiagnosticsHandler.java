package io.ocpp4j.v201.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.LogStatusNotificationRequest;
import io.ocpp4j.v201.model.LogStatusNotificationResponse;
import io.ocpp4j.v201.model.NotifyCustomerInformationRequest;
import io.ocpp4j.v201.model.NotifyCustomerInformationResponse;
import io.ocpp4j.v201.model.NotifyEventRequest;
import io.ocpp4j.v201.model.NotifyEventResponse;
import io.ocpp4j.v201.model.NotifyMonitoringReportRequest;
import io.ocpp4j.v201.model.NotifyMonitoringReportResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 Diagnostics functional block that stations send to the CSMS. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface DiagnosticsHandler {

    /**
     * Answers {@code LogStatusNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<LogStatusNotificationResponse> onLogStatusNotification(LogStatusNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("LogStatusNotification");
    }

    /**
     * Answers {@code NotifyCustomerInformation}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<NotifyCustomerInformationResponse> onNotifyCustomerInformation(NotifyCustomerInformationRequest request, CallContext context) {
        return CallErrorException.notSupported("NotifyCustomerInformation");
    }

    /**
     * Answers {@code NotifyEvent}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<NotifyEventResponse> onNotifyEvent(NotifyEventRequest request, CallContext context) {
        return CallErrorException.notSupported("NotifyEvent");
    }

    /**
     * Answers {@code NotifyMonitoringReport}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<NotifyMonitoringReportResponse> onNotifyMonitoringReport(NotifyMonitoringReportRequest request, CallContext context) {
        return CallErrorException.notSupported("NotifyMonitoringReport");
    }
}

package io.ocpp4j.v16.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationResponse;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatusNotificationResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 1.6 FirmwareManagement feature profile that stations send to the CSMS. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface FirmwareManagementHandler {

    /**
     * Answers {@code DiagnosticsStatusNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<DiagnosticsStatusNotificationResponse> onDiagnosticsStatusNotification(DiagnosticsStatusNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("DiagnosticsStatusNotification");
    }

    /**
     * Answers {@code FirmwareStatusNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<FirmwareStatusNotificationResponse> onFirmwareStatusNotification(FirmwareStatusNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("FirmwareStatusNotification");
    }
}

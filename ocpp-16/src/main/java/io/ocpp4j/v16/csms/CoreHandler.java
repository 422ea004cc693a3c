package io.ocpp4j.v16.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MeterValuesResponse;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 1.6 Core feature profile that stations send to the CSMS. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface CoreHandler {

    /**
     * Answers {@code Authorize}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
        return CallErrorException.notSupported("Authorize");
    }

    /**
     * Answers {@code BootNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("BootNotification");
    }

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

    /**
     * Answers {@code Heartbeat}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
        return CallErrorException.notSupported("Heartbeat");
    }

    /**
     * Answers {@code MeterValues}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
        return CallErrorException.notSupported("MeterValues");
    }

    /**
     * Answers {@code StartTransaction}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest request, CallContext context) {
        return CallErrorException.notSupported("StartTransaction");
    }

    /**
     * Answers {@code StatusNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("StatusNotification");
    }

    /**
     * Answers {@code StopTransaction}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<StopTransactionResponse> onStopTransaction(StopTransactionRequest request, CallContext context) {
        return CallErrorException.notSupported("StopTransaction");
    }
}

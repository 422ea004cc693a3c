package io.ocpp4j.v16.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChangeAvailabilityResponse;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChangeConfigurationResponse;
import io.ocpp4j.v16.model.ClearCacheRequest;
import io.ocpp4j.v16.model.ClearCacheResponse;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStartTransactionResponse;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionResponse;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetResponse;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockConnectorResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 1.6 Core feature profile that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface CoreHandler {

    /**
     * Answers {@code ChangeAvailability}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ChangeAvailabilityResponse> onChangeAvailability(ChangeAvailabilityRequest request, CallContext context) {
        return CallErrorException.notSupported("ChangeAvailability");
    }

    /**
     * Answers {@code ChangeConfiguration}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ChangeConfigurationResponse> onChangeConfiguration(ChangeConfigurationRequest request, CallContext context) {
        return CallErrorException.notSupported("ChangeConfiguration");
    }

    /**
     * Answers {@code ClearCache}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ClearCacheResponse> onClearCache(ClearCacheRequest request, CallContext context) {
        return CallErrorException.notSupported("ClearCache");
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
     * Answers {@code GetConfiguration}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetConfigurationResponse> onGetConfiguration(GetConfigurationRequest request, CallContext context) {
        return CallErrorException.notSupported("GetConfiguration");
    }

    /**
     * Answers {@code RemoteStartTransaction}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<RemoteStartTransactionResponse> onRemoteStartTransaction(RemoteStartTransactionRequest request, CallContext context) {
        return CallErrorException.notSupported("RemoteStartTransaction");
    }

    /**
     * Answers {@code RemoteStopTransaction}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<RemoteStopTransactionResponse> onRemoteStopTransaction(RemoteStopTransactionRequest request, CallContext context) {
        return CallErrorException.notSupported("RemoteStopTransaction");
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

package io.ocpp4j.v16.csms;

import io.ocpp4j.core.RemoteStation;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationResponse;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChangeAvailabilityResponse;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChangeConfigurationResponse;
import io.ocpp4j.v16.model.ClearCacheRequest;
import io.ocpp4j.v16.model.ClearCacheResponse;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileResponse;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetDiagnosticsResponse;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.GetLocalListVersionResponse;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStartTransactionResponse;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionResponse;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.model.ReserveNowResponse;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetResponse;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.SendLocalListResponse;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.model.SetChargingProfileResponse;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageResponse;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockConnectorResponse;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.model.UpdateFirmwareResponse;
import java.util.concurrent.CompletionStage;

/**
 * The CSMS's typed view of one connected OCPP 1.6 charge point: a method for every action the CSMS
 * may send. Every method returns at once; calls go out one at a time, in order (see
 * {@link RpcSession}). A view belongs to one connection: after a reconnect the station has a new one
 * (find it with {@link Csms16#chargePoint}).
 */
public final class ChargePoint extends RemoteStation {

    ChargePoint(RpcSession session) {
        super(session);
    }

    /**
     * Sends {@code ChangeAvailability} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ChangeAvailabilityResponse> changeAvailability(ChangeAvailabilityRequest request) {
        return call(Actions16.CHANGE_AVAILABILITY, request);
    }

    /**
     * Sends {@code ChangeConfiguration} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ChangeConfigurationResponse> changeConfiguration(ChangeConfigurationRequest request) {
        return call(Actions16.CHANGE_CONFIGURATION, request);
    }

    /**
     * Sends {@code ClearCache} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearCacheResponse> clearCache(ClearCacheRequest request) {
        return call(Actions16.CLEAR_CACHE, request);
    }

    /**
     * Sends {@code DataTransfer} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<DataTransferResponse> dataTransfer(DataTransferRequest request) {
        return call(Actions16.DATA_TRANSFER, request);
    }

    /**
     * Sends {@code GetConfiguration} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetConfigurationResponse> getConfiguration(GetConfigurationRequest request) {
        return call(Actions16.GET_CONFIGURATION, request);
    }

    /**
     * Sends {@code RemoteStartTransaction} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<RemoteStartTransactionResponse> remoteStartTransaction(RemoteStartTransactionRequest request) {
        return call(Actions16.REMOTE_START_TRANSACTION, request);
    }

    /**
     * Sends {@code RemoteStopTransaction} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<RemoteStopTransactionResponse> remoteStopTransaction(RemoteStopTransactionRequest request) {
        return call(Actions16.REMOTE_STOP_TRANSACTION, request);
    }

    /**
     * Sends {@code Reset} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ResetResponse> reset(ResetRequest request) {
        return call(Actions16.RESET, request);
    }

    /**
     * Sends {@code UnlockConnector} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<UnlockConnectorResponse> unlockConnector(UnlockConnectorRequest request) {
        return call(Actions16.UNLOCK_CONNECTOR, request);
    }

    /**
     * Sends {@code GetDiagnostics} (FirmwareManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetDiagnosticsResponse> getDiagnostics(GetDiagnosticsRequest request) {
        return call(Actions16.GET_DIAGNOSTICS, request);
    }

    /**
     * Sends {@code UpdateFirmware} (FirmwareManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<UpdateFirmwareResponse> updateFirmware(UpdateFirmwareRequest request) {
        return call(Actions16.UPDATE_FIRMWARE, request);
    }

    /**
     * Sends {@code GetLocalListVersion} (LocalAuthListManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetLocalListVersionResponse> getLocalListVersion(GetLocalListVersionRequest request) {
        return call(Actions16.GET_LOCAL_LIST_VERSION, request);
    }

    /**
     * Sends {@code SendLocalList} (LocalAuthListManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SendLocalListResponse> sendLocalList(SendLocalListRequest request) {
        return call(Actions16.SEND_LOCAL_LIST, request);
    }

    /**
     * Sends {@code CancelReservation} (Reservation feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<CancelReservationResponse> cancelReservation(CancelReservationRequest request) {
        return call(Actions16.CANCEL_RESERVATION, request);
    }

    /**
     * Sends {@code ReserveNow} (Reservation feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ReserveNowResponse> reserveNow(ReserveNowRequest request) {
        return call(Actions16.RESERVE_NOW, request);
    }

    /**
     * Sends {@code ClearChargingProfile} (SmartCharging feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearChargingProfileResponse> clearChargingProfile(ClearChargingProfileRequest request) {
        return call(Actions16.CLEAR_CHARGING_PROFILE, request);
    }

    /**
     * Sends {@code GetCompositeSchedule} (SmartCharging feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetCompositeScheduleResponse> getCompositeSchedule(GetCompositeScheduleRequest request) {
        return call(Actions16.GET_COMPOSITE_SCHEDULE, request);
    }

    /**
     * Sends {@code SetChargingProfile} (SmartCharging feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetChargingProfileResponse> setChargingProfile(SetChargingProfileRequest request) {
        return call(Actions16.SET_CHARGING_PROFILE, request);
    }

    /**
     * Sends {@code TriggerMessage} (RemoteTrigger feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<TriggerMessageResponse> triggerMessage(TriggerMessageRequest request) {
        return call(Actions16.TRIGGER_MESSAGE, request);
    }
}

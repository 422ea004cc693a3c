package io.ocpp4j.v16.csms;

import io.ocpp4j.core.Connection;
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
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The CSMS's typed view of one connected OCPP 1.6 charge point: a method for every action the CSMS
 * may send. Every method returns at once; calls go out one at a time, in order (see
 * {@link RpcSession}). A view belongs to one connection: after a reconnect the station has a new one
 * (find it with {@link Csms16#chargePoint}).
 */
public final class ChargePoint {

    private final RpcSession session;

    ChargePoint(RpcSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** @return the station's identity, from its connection URL */
    public String identity() {
        return session.connection().stationIdentity();
    }

    /** @return the RPC session underneath, e.g. for its connection's address or TLS session */
    public RpcSession session() {
        return session;
    }

    /** @return whether the connection is still open */
    public boolean isConnected() {
        return session.isOpen();
    }

    /** Closes the connection normally; pending calls fail with {@link io.ocpp4j.core.ConnectionClosedException}. */
    public void disconnect() {
        session.close(Connection.CLOSE_NORMAL, "");
    }

    /**
     * Sends {@code ChangeAvailability} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ChangeAvailabilityResponse> changeAvailability(ChangeAvailabilityRequest request) {
        return session.call(Actions16.CHANGE_AVAILABILITY, request);
    }

    /**
     * Sends {@code ChangeConfiguration} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ChangeConfigurationResponse> changeConfiguration(ChangeConfigurationRequest request) {
        return session.call(Actions16.CHANGE_CONFIGURATION, request);
    }

    /**
     * Sends {@code ClearCache} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearCacheResponse> clearCache(ClearCacheRequest request) {
        return session.call(Actions16.CLEAR_CACHE, request);
    }

    /**
     * Sends {@code DataTransfer} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<DataTransferResponse> dataTransfer(DataTransferRequest request) {
        return session.call(Actions16.DATA_TRANSFER, request);
    }

    /**
     * Sends {@code GetConfiguration} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetConfigurationResponse> getConfiguration(GetConfigurationRequest request) {
        return session.call(Actions16.GET_CONFIGURATION, request);
    }

    /**
     * Sends {@code RemoteStartTransaction} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<RemoteStartTransactionResponse> remoteStartTransaction(RemoteStartTransactionRequest request) {
        return session.call(Actions16.REMOTE_START_TRANSACTION, request);
    }

    /**
     * Sends {@code RemoteStopTransaction} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<RemoteStopTransactionResponse> remoteStopTransaction(RemoteStopTransactionRequest request) {
        return session.call(Actions16.REMOTE_STOP_TRANSACTION, request);
    }

    /**
     * Sends {@code Reset} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ResetResponse> reset(ResetRequest request) {
        return session.call(Actions16.RESET, request);
    }

    /**
     * Sends {@code UnlockConnector} (Core feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<UnlockConnectorResponse> unlockConnector(UnlockConnectorRequest request) {
        return session.call(Actions16.UNLOCK_CONNECTOR, request);
    }

    /**
     * Sends {@code GetDiagnostics} (FirmwareManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetDiagnosticsResponse> getDiagnostics(GetDiagnosticsRequest request) {
        return session.call(Actions16.GET_DIAGNOSTICS, request);
    }

    /**
     * Sends {@code UpdateFirmware} (FirmwareManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<UpdateFirmwareResponse> updateFirmware(UpdateFirmwareRequest request) {
        return session.call(Actions16.UPDATE_FIRMWARE, request);
    }

    /**
     * Sends {@code GetLocalListVersion} (LocalAuthListManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetLocalListVersionResponse> getLocalListVersion(GetLocalListVersionRequest request) {
        return session.call(Actions16.GET_LOCAL_LIST_VERSION, request);
    }

    /**
     * Sends {@code SendLocalList} (LocalAuthListManagement feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SendLocalListResponse> sendLocalList(SendLocalListRequest request) {
        return session.call(Actions16.SEND_LOCAL_LIST, request);
    }

    /**
     * Sends {@code CancelReservation} (Reservation feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<CancelReservationResponse> cancelReservation(CancelReservationRequest request) {
        return session.call(Actions16.CANCEL_RESERVATION, request);
    }

    /**
     * Sends {@code ReserveNow} (Reservation feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ReserveNowResponse> reserveNow(ReserveNowRequest request) {
        return session.call(Actions16.RESERVE_NOW, request);
    }

    /**
     * Sends {@code ClearChargingProfile} (SmartCharging feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearChargingProfileResponse> clearChargingProfile(ClearChargingProfileRequest request) {
        return session.call(Actions16.CLEAR_CHARGING_PROFILE, request);
    }

    /**
     * Sends {@code GetCompositeSchedule} (SmartCharging feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetCompositeScheduleResponse> getCompositeSchedule(GetCompositeScheduleRequest request) {
        return session.call(Actions16.GET_COMPOSITE_SCHEDULE, request);
    }

    /**
     * Sends {@code SetChargingProfile} (SmartCharging feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetChargingProfileResponse> setChargingProfile(SetChargingProfileRequest request) {
        return session.call(Actions16.SET_CHARGING_PROFILE, request);
    }

    /**
     * Sends {@code TriggerMessage} (RemoteTrigger feature profile).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<TriggerMessageResponse> triggerMessage(TriggerMessageRequest request) {
        return session.call(Actions16.TRIGGER_MESSAGE, request);
    }

    @Override
    public String toString() {
        return "ChargePoint[" + identity() + "]";
    }
}

package io.ocpp4j.v201.csms;

import io.ocpp4j.core.RemoteStation;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.v201.Actions201;
import io.ocpp4j.v201.model.CancelReservationRequest;
import io.ocpp4j.v201.model.CancelReservationResponse;
import io.ocpp4j.v201.model.CertificateSignedRequest;
import io.ocpp4j.v201.model.CertificateSignedResponse;
import io.ocpp4j.v201.model.ChangeAvailabilityRequest;
import io.ocpp4j.v201.model.ChangeAvailabilityResponse;
import io.ocpp4j.v201.model.ClearCacheRequest;
import io.ocpp4j.v201.model.ClearCacheResponse;
import io.ocpp4j.v201.model.ClearChargingProfileRequest;
import io.ocpp4j.v201.model.ClearChargingProfileResponse;
import io.ocpp4j.v201.model.ClearDisplayMessageRequest;
import io.ocpp4j.v201.model.ClearDisplayMessageResponse;
import io.ocpp4j.v201.model.ClearVariableMonitoringRequest;
import io.ocpp4j.v201.model.ClearVariableMonitoringResponse;
import io.ocpp4j.v201.model.CostUpdatedRequest;
import io.ocpp4j.v201.model.CostUpdatedResponse;
import io.ocpp4j.v201.model.CustomerInformationRequest;
import io.ocpp4j.v201.model.CustomerInformationResponse;
import io.ocpp4j.v201.model.DataTransferRequest;
import io.ocpp4j.v201.model.DataTransferResponse;
import io.ocpp4j.v201.model.DeleteCertificateRequest;
import io.ocpp4j.v201.model.DeleteCertificateResponse;
import io.ocpp4j.v201.model.GetBaseReportRequest;
import io.ocpp4j.v201.model.GetBaseReportResponse;
import io.ocpp4j.v201.model.GetChargingProfilesRequest;
import io.ocpp4j.v201.model.GetChargingProfilesResponse;
import io.ocpp4j.v201.model.GetCompositeScheduleRequest;
import io.ocpp4j.v201.model.GetCompositeScheduleResponse;
import io.ocpp4j.v201.model.GetDisplayMessagesRequest;
import io.ocpp4j.v201.model.GetDisplayMessagesResponse;
import io.ocpp4j.v201.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v201.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v201.model.GetLocalListVersionRequest;
import io.ocpp4j.v201.model.GetLocalListVersionResponse;
import io.ocpp4j.v201.model.GetLogRequest;
import io.ocpp4j.v201.model.GetLogResponse;
import io.ocpp4j.v201.model.GetMonitoringReportRequest;
import io.ocpp4j.v201.model.GetMonitoringReportResponse;
import io.ocpp4j.v201.model.GetReportRequest;
import io.ocpp4j.v201.model.GetReportResponse;
import io.ocpp4j.v201.model.GetTransactionStatusRequest;
import io.ocpp4j.v201.model.GetTransactionStatusResponse;
import io.ocpp4j.v201.model.GetVariablesRequest;
import io.ocpp4j.v201.model.GetVariablesResponse;
import io.ocpp4j.v201.model.InstallCertificateRequest;
import io.ocpp4j.v201.model.InstallCertificateResponse;
import io.ocpp4j.v201.model.PublishFirmwareRequest;
import io.ocpp4j.v201.model.PublishFirmwareResponse;
import io.ocpp4j.v201.model.RequestStartTransactionRequest;
import io.ocpp4j.v201.model.RequestStartTransactionResponse;
import io.ocpp4j.v201.model.RequestStopTransactionRequest;
import io.ocpp4j.v201.model.RequestStopTransactionResponse;
import io.ocpp4j.v201.model.ReserveNowRequest;
import io.ocpp4j.v201.model.ReserveNowResponse;
import io.ocpp4j.v201.model.ResetRequest;
import io.ocpp4j.v201.model.ResetResponse;
import io.ocpp4j.v201.model.SendLocalListRequest;
import io.ocpp4j.v201.model.SendLocalListResponse;
import io.ocpp4j.v201.model.SetChargingProfileRequest;
import io.ocpp4j.v201.model.SetChargingProfileResponse;
import io.ocpp4j.v201.model.SetDisplayMessageRequest;
import io.ocpp4j.v201.model.SetDisplayMessageResponse;
import io.ocpp4j.v201.model.SetMonitoringBaseRequest;
import io.ocpp4j.v201.model.SetMonitoringBaseResponse;
import io.ocpp4j.v201.model.SetMonitoringLevelRequest;
import io.ocpp4j.v201.model.SetMonitoringLevelResponse;
import io.ocpp4j.v201.model.SetNetworkProfileRequest;
import io.ocpp4j.v201.model.SetNetworkProfileResponse;
import io.ocpp4j.v201.model.SetVariableMonitoringRequest;
import io.ocpp4j.v201.model.SetVariableMonitoringResponse;
import io.ocpp4j.v201.model.SetVariablesRequest;
import io.ocpp4j.v201.model.SetVariablesResponse;
import io.ocpp4j.v201.model.TriggerMessageRequest;
import io.ocpp4j.v201.model.TriggerMessageResponse;
import io.ocpp4j.v201.model.UnlockConnectorRequest;
import io.ocpp4j.v201.model.UnlockConnectorResponse;
import io.ocpp4j.v201.model.UnpublishFirmwareRequest;
import io.ocpp4j.v201.model.UnpublishFirmwareResponse;
import io.ocpp4j.v201.model.UpdateFirmwareRequest;
import io.ocpp4j.v201.model.UpdateFirmwareResponse;
import java.util.concurrent.CompletionStage;

/**
 * The CSMS's typed view of one connected OCPP 2.0.1 charging station: a method for every action the CSMS
 * may send. Every method returns at once; calls go out one at a time, in order (see
 * {@link RpcSession}). A view belongs to one connection: after a reconnect the station has a new one
 * (find it with {@link Csms201#station}).
 */
public final class ConnectedStation extends RemoteStation {

    ConnectedStation(RpcSession session) {
        super(session);
    }

    /**
     * Sends {@code CertificateSigned} (Security functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<CertificateSignedResponse> certificateSigned(CertificateSignedRequest request) {
        return call(Actions201.CERTIFICATE_SIGNED, request);
    }

    /**
     * Sends {@code GetBaseReport} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetBaseReportResponse> getBaseReport(GetBaseReportRequest request) {
        return call(Actions201.GET_BASE_REPORT, request);
    }

    /**
     * Sends {@code GetReport} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetReportResponse> getReport(GetReportRequest request) {
        return call(Actions201.GET_REPORT, request);
    }

    /**
     * Sends {@code GetVariables} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetVariablesResponse> getVariables(GetVariablesRequest request) {
        return call(Actions201.GET_VARIABLES, request);
    }

    /**
     * Sends {@code Reset} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ResetResponse> reset(ResetRequest request) {
        return call(Actions201.RESET, request);
    }

    /**
     * Sends {@code SetNetworkProfile} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetNetworkProfileResponse> setNetworkProfile(SetNetworkProfileRequest request) {
        return call(Actions201.SET_NETWORK_PROFILE, request);
    }

    /**
     * Sends {@code SetVariables} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetVariablesResponse> setVariables(SetVariablesRequest request) {
        return call(Actions201.SET_VARIABLES, request);
    }

    /**
     * Sends {@code ClearCache} (Authorization functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearCacheResponse> clearCache(ClearCacheRequest request) {
        return call(Actions201.CLEAR_CACHE, request);
    }

    /**
     * Sends {@code GetLocalListVersion} (LocalAuthorizationListManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetLocalListVersionResponse> getLocalListVersion(GetLocalListVersionRequest request) {
        return call(Actions201.GET_LOCAL_LIST_VERSION, request);
    }

    /**
     * Sends {@code SendLocalList} (LocalAuthorizationListManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SendLocalListResponse> sendLocalList(SendLocalListRequest request) {
        return call(Actions201.SEND_LOCAL_LIST, request);
    }

    /**
     * Sends {@code GetTransactionStatus} (Transactions functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetTransactionStatusResponse> getTransactionStatus(GetTransactionStatusRequest request) {
        return call(Actions201.GET_TRANSACTION_STATUS, request);
    }

    /**
     * Sends {@code RequestStartTransaction} (RemoteControl functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<RequestStartTransactionResponse> requestStartTransaction(RequestStartTransactionRequest request) {
        return call(Actions201.REQUEST_START_TRANSACTION, request);
    }

    /**
     * Sends {@code RequestStopTransaction} (RemoteControl functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<RequestStopTransactionResponse> requestStopTransaction(RequestStopTransactionRequest request) {
        return call(Actions201.REQUEST_STOP_TRANSACTION, request);
    }

    /**
     * Sends {@code TriggerMessage} (RemoteControl functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<TriggerMessageResponse> triggerMessage(TriggerMessageRequest request) {
        return call(Actions201.TRIGGER_MESSAGE, request);
    }

    /**
     * Sends {@code UnlockConnector} (RemoteControl functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<UnlockConnectorResponse> unlockConnector(UnlockConnectorRequest request) {
        return call(Actions201.UNLOCK_CONNECTOR, request);
    }

    /**
     * Sends {@code ChangeAvailability} (Availability functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ChangeAvailabilityResponse> changeAvailability(ChangeAvailabilityRequest request) {
        return call(Actions201.CHANGE_AVAILABILITY, request);
    }

    /**
     * Sends {@code CancelReservation} (Reservation functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<CancelReservationResponse> cancelReservation(CancelReservationRequest request) {
        return call(Actions201.CANCEL_RESERVATION, request);
    }

    /**
     * Sends {@code ReserveNow} (Reservation functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ReserveNowResponse> reserveNow(ReserveNowRequest request) {
        return call(Actions201.RESERVE_NOW, request);
    }

    /**
     * Sends {@code CostUpdated} (TariffAndCost functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<CostUpdatedResponse> costUpdated(CostUpdatedRequest request) {
        return call(Actions201.COST_UPDATED, request);
    }

    /**
     * Sends {@code ClearChargingProfile} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearChargingProfileResponse> clearChargingProfile(ClearChargingProfileRequest request) {
        return call(Actions201.CLEAR_CHARGING_PROFILE, request);
    }

    /**
     * Sends {@code GetChargingProfiles} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetChargingProfilesResponse> getChargingProfiles(GetChargingProfilesRequest request) {
        return call(Actions201.GET_CHARGING_PROFILES, request);
    }

    /**
     * Sends {@code GetCompositeSchedule} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetCompositeScheduleResponse> getCompositeSchedule(GetCompositeScheduleRequest request) {
        return call(Actions201.GET_COMPOSITE_SCHEDULE, request);
    }

    /**
     * Sends {@code SetChargingProfile} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetChargingProfileResponse> setChargingProfile(SetChargingProfileRequest request) {
        return call(Actions201.SET_CHARGING_PROFILE, request);
    }

    /**
     * Sends {@code PublishFirmware} (FirmwareManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<PublishFirmwareResponse> publishFirmware(PublishFirmwareRequest request) {
        return call(Actions201.PUBLISH_FIRMWARE, request);
    }

    /**
     * Sends {@code UnpublishFirmware} (FirmwareManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<UnpublishFirmwareResponse> unpublishFirmware(UnpublishFirmwareRequest request) {
        return call(Actions201.UNPUBLISH_FIRMWARE, request);
    }

    /**
     * Sends {@code UpdateFirmware} (FirmwareManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<UpdateFirmwareResponse> updateFirmware(UpdateFirmwareRequest request) {
        return call(Actions201.UPDATE_FIRMWARE, request);
    }

    /**
     * Sends {@code DeleteCertificate} (ISO15118CertificateManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<DeleteCertificateResponse> deleteCertificate(DeleteCertificateRequest request) {
        return call(Actions201.DELETE_CERTIFICATE, request);
    }

    /**
     * Sends {@code GetInstalledCertificateIds} (ISO15118CertificateManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetInstalledCertificateIdsResponse> getInstalledCertificateIds(GetInstalledCertificateIdsRequest request) {
        return call(Actions201.GET_INSTALLED_CERTIFICATE_IDS, request);
    }

    /**
     * Sends {@code InstallCertificate} (ISO15118CertificateManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<InstallCertificateResponse> installCertificate(InstallCertificateRequest request) {
        return call(Actions201.INSTALL_CERTIFICATE, request);
    }

    /**
     * Sends {@code ClearVariableMonitoring} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearVariableMonitoringResponse> clearVariableMonitoring(ClearVariableMonitoringRequest request) {
        return call(Actions201.CLEAR_VARIABLE_MONITORING, request);
    }

    /**
     * Sends {@code CustomerInformation} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<CustomerInformationResponse> customerInformation(CustomerInformationRequest request) {
        return call(Actions201.CUSTOMER_INFORMATION, request);
    }

    /**
     * Sends {@code GetLog} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetLogResponse> getLog(GetLogRequest request) {
        return call(Actions201.GET_LOG, request);
    }

    /**
     * Sends {@code GetMonitoringReport} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetMonitoringReportResponse> getMonitoringReport(GetMonitoringReportRequest request) {
        return call(Actions201.GET_MONITORING_REPORT, request);
    }

    /**
     * Sends {@code SetMonitoringBase} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetMonitoringBaseResponse> setMonitoringBase(SetMonitoringBaseRequest request) {
        return call(Actions201.SET_MONITORING_BASE, request);
    }

    /**
     * Sends {@code SetMonitoringLevel} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetMonitoringLevelResponse> setMonitoringLevel(SetMonitoringLevelRequest request) {
        return call(Actions201.SET_MONITORING_LEVEL, request);
    }

    /**
     * Sends {@code SetVariableMonitoring} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetVariableMonitoringResponse> setVariableMonitoring(SetVariableMonitoringRequest request) {
        return call(Actions201.SET_VARIABLE_MONITORING, request);
    }

    /**
     * Sends {@code ClearDisplayMessage} (DisplayMessage functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearDisplayMessageResponse> clearDisplayMessage(ClearDisplayMessageRequest request) {
        return call(Actions201.CLEAR_DISPLAY_MESSAGE, request);
    }

    /**
     * Sends {@code GetDisplayMessages} (DisplayMessage functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetDisplayMessagesResponse> getDisplayMessages(GetDisplayMessagesRequest request) {
        return call(Actions201.GET_DISPLAY_MESSAGES, request);
    }

    /**
     * Sends {@code SetDisplayMessage} (DisplayMessage functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SetDisplayMessageResponse> setDisplayMessage(SetDisplayMessageRequest request) {
        return call(Actions201.SET_DISPLAY_MESSAGE, request);
    }

    /**
     * Sends {@code DataTransfer} (DataTransfer functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<DataTransferResponse> dataTransfer(DataTransferRequest request) {
        return call(Actions201.DATA_TRANSFER, request);
    }
}

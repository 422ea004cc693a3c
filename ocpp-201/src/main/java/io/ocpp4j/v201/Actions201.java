package io.ocpp4j.v201;

import static io.ocpp4j.core.Direction.BOTH;
import static io.ocpp4j.core.Direction.TO_CSMS;
import static io.ocpp4j.core.Direction.TO_STATION;
import static io.ocpp4j.v201.FunctionalBlocks.AUTHORIZATION;
import static io.ocpp4j.v201.FunctionalBlocks.AVAILABILITY;
import static io.ocpp4j.v201.FunctionalBlocks.DIAGNOSTICS;
import static io.ocpp4j.v201.FunctionalBlocks.DISPLAY_MESSAGE;
import static io.ocpp4j.v201.FunctionalBlocks.FIRMWARE_MANAGEMENT;
import static io.ocpp4j.v201.FunctionalBlocks.ISO15118_CERTIFICATE_MANAGEMENT;
import static io.ocpp4j.v201.FunctionalBlocks.LOCAL_AUTHORIZATION_LIST_MANAGEMENT;
import static io.ocpp4j.v201.FunctionalBlocks.PROVISIONING;
import static io.ocpp4j.v201.FunctionalBlocks.REMOTE_CONTROL;
import static io.ocpp4j.v201.FunctionalBlocks.RESERVATION;
import static io.ocpp4j.v201.FunctionalBlocks.SECURITY;
import static io.ocpp4j.v201.FunctionalBlocks.SMART_CHARGING;
import static io.ocpp4j.v201.FunctionalBlocks.TARIFF_AND_COST;
import static io.ocpp4j.v201.FunctionalBlocks.TRANSACTIONS;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.Direction;
import io.ocpp4j.v201.model.AuthorizeRequest;
import io.ocpp4j.v201.model.AuthorizeResponse;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootNotificationResponse;
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
import io.ocpp4j.v201.model.ClearedChargingLimitRequest;
import io.ocpp4j.v201.model.ClearedChargingLimitResponse;
import io.ocpp4j.v201.model.CostUpdatedRequest;
import io.ocpp4j.v201.model.CostUpdatedResponse;
import io.ocpp4j.v201.model.CustomerInformationRequest;
import io.ocpp4j.v201.model.CustomerInformationResponse;
import io.ocpp4j.v201.model.DataTransferRequest;
import io.ocpp4j.v201.model.DataTransferResponse;
import io.ocpp4j.v201.model.DeleteCertificateRequest;
import io.ocpp4j.v201.model.DeleteCertificateResponse;
import io.ocpp4j.v201.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v201.model.FirmwareStatusNotificationResponse;
import io.ocpp4j.v201.model.Get15118EVCertificateRequest;
import io.ocpp4j.v201.model.Get15118EVCertificateResponse;
import io.ocpp4j.v201.model.GetBaseReportRequest;
import io.ocpp4j.v201.model.GetBaseReportResponse;
import io.ocpp4j.v201.model.GetCertificateStatusRequest;
import io.ocpp4j.v201.model.GetCertificateStatusResponse;
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
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.HeartbeatResponse;
import io.ocpp4j.v201.model.InstallCertificateRequest;
import io.ocpp4j.v201.model.InstallCertificateResponse;
import io.ocpp4j.v201.model.LogStatusNotificationRequest;
import io.ocpp4j.v201.model.LogStatusNotificationResponse;
import io.ocpp4j.v201.model.MeterValuesRequest;
import io.ocpp4j.v201.model.MeterValuesResponse;
import io.ocpp4j.v201.model.NotifyChargingLimitRequest;
import io.ocpp4j.v201.model.NotifyChargingLimitResponse;
import io.ocpp4j.v201.model.NotifyCustomerInformationRequest;
import io.ocpp4j.v201.model.NotifyCustomerInformationResponse;
import io.ocpp4j.v201.model.NotifyDisplayMessagesRequest;
import io.ocpp4j.v201.model.NotifyDisplayMessagesResponse;
import io.ocpp4j.v201.model.NotifyEVChargingNeedsRequest;
import io.ocpp4j.v201.model.NotifyEVChargingNeedsResponse;
import io.ocpp4j.v201.model.NotifyEVChargingScheduleRequest;
import io.ocpp4j.v201.model.NotifyEVChargingScheduleResponse;
import io.ocpp4j.v201.model.NotifyEventRequest;
import io.ocpp4j.v201.model.NotifyEventResponse;
import io.ocpp4j.v201.model.NotifyMonitoringReportRequest;
import io.ocpp4j.v201.model.NotifyMonitoringReportResponse;
import io.ocpp4j.v201.model.NotifyReportRequest;
import io.ocpp4j.v201.model.NotifyReportResponse;
import io.ocpp4j.v201.model.PublishFirmwareRequest;
import io.ocpp4j.v201.model.PublishFirmwareResponse;
import io.ocpp4j.v201.model.PublishFirmwareStatusNotificationRequest;
import io.ocpp4j.v201.model.PublishFirmwareStatusNotificationResponse;
import io.ocpp4j.v201.model.ReportChargingProfilesRequest;
import io.ocpp4j.v201.model.ReportChargingProfilesResponse;
import io.ocpp4j.v201.model.RequestStartTransactionRequest;
import io.ocpp4j.v201.model.RequestStartTransactionResponse;
import io.ocpp4j.v201.model.RequestStopTransactionRequest;
import io.ocpp4j.v201.model.RequestStopTransactionResponse;
import io.ocpp4j.v201.model.ReservationStatusUpdateRequest;
import io.ocpp4j.v201.model.ReservationStatusUpdateResponse;
import io.ocpp4j.v201.model.ReserveNowRequest;
import io.ocpp4j.v201.model.ReserveNowResponse;
import io.ocpp4j.v201.model.ResetRequest;
import io.ocpp4j.v201.model.ResetResponse;
import io.ocpp4j.v201.model.SecurityEventNotificationRequest;
import io.ocpp4j.v201.model.SecurityEventNotificationResponse;
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
import io.ocpp4j.v201.model.SignCertificateRequest;
import io.ocpp4j.v201.model.SignCertificateResponse;
import io.ocpp4j.v201.model.StatusNotificationRequest;
import io.ocpp4j.v201.model.StatusNotificationResponse;
import io.ocpp4j.v201.model.TransactionEventRequest;
import io.ocpp4j.v201.model.TransactionEventResponse;
import io.ocpp4j.v201.model.TriggerMessageRequest;
import io.ocpp4j.v201.model.TriggerMessageResponse;
import io.ocpp4j.v201.model.UnlockConnectorRequest;
import io.ocpp4j.v201.model.UnlockConnectorResponse;
import io.ocpp4j.v201.model.UnpublishFirmwareRequest;
import io.ocpp4j.v201.model.UnpublishFirmwareResponse;
import io.ocpp4j.v201.model.UpdateFirmwareRequest;
import io.ocpp4j.v201.model.UpdateFirmwareResponse;
import java.util.List;

/**
 * The 64 actions of OCPP 2.0.1, one constant each, grouped by functional block (A to P, see
 * {@link FunctionalBlocks}). Each binds the action's request and response to the generated models of
 * {@code io.ocpp4j.v201.model} and to our schemas {@code schemas/v201/<Action>Request.json} and
 * {@code <Action>Response.json}.
 */
public final class Actions201 {

    // A Security
    /** CertificateSigned, sent by the CSMS. */
    public static final Action<CertificateSignedRequest, CertificateSignedResponse> CERTIFICATE_SIGNED =
            action("CertificateSigned", CertificateSignedRequest.class, CertificateSignedResponse.class,
                    TO_STATION, SECURITY);
    /** SecurityEventNotification, sent by the station. */
    public static final Action<SecurityEventNotificationRequest, SecurityEventNotificationResponse>
            SECURITY_EVENT_NOTIFICATION = action("SecurityEventNotification",
                    SecurityEventNotificationRequest.class, SecurityEventNotificationResponse.class, TO_CSMS,
                    SECURITY);
    /** SignCertificate, sent by the station. */
    public static final Action<SignCertificateRequest, SignCertificateResponse> SIGN_CERTIFICATE =
            action("SignCertificate", SignCertificateRequest.class, SignCertificateResponse.class, TO_CSMS,
                    SECURITY);

    // B Provisioning
    /** BootNotification, sent by the station. */
    public static final Action<BootNotificationRequest, BootNotificationResponse> BOOT_NOTIFICATION =
            action("BootNotification", BootNotificationRequest.class, BootNotificationResponse.class, TO_CSMS,
                    PROVISIONING);
    /** GetBaseReport, sent by the CSMS. */
    public static final Action<GetBaseReportRequest, GetBaseReportResponse> GET_BASE_REPORT =
            action("GetBaseReport", GetBaseReportRequest.class, GetBaseReportResponse.class, TO_STATION,
                    PROVISIONING);
    /** GetReport, sent by the CSMS. */
    public static final Action<GetReportRequest, GetReportResponse> GET_REPORT =
            action("GetReport", GetReportRequest.class, GetReportResponse.class, TO_STATION, PROVISIONING);
    /** GetVariables, sent by the CSMS. */
    public static final Action<GetVariablesRequest, GetVariablesResponse> GET_VARIABLES =
            action("GetVariables", GetVariablesRequest.class, GetVariablesResponse.class, TO_STATION,
                    PROVISIONING);
    /** NotifyReport, sent by the station. */
    public static final Action<NotifyReportRequest, NotifyReportResponse> NOTIFY_REPORT =
            action("NotifyReport", NotifyReportRequest.class, NotifyReportResponse.class, TO_CSMS,
                    PROVISIONING);
    /** Reset, sent by the CSMS. */
    public static final Action<ResetRequest, ResetResponse> RESET =
            action("Reset", ResetRequest.class, ResetResponse.class, TO_STATION, PROVISIONING);
    /** SetNetworkProfile, sent by the CSMS. */
    public static final Action<SetNetworkProfileRequest, SetNetworkProfileResponse> SET_NETWORK_PROFILE =
            action("SetNetworkProfile", SetNetworkProfileRequest.class, SetNetworkProfileResponse.class,
                    TO_STATION, PROVISIONING);
    /** SetVariables, sent by the CSMS. */
    public static final Action<SetVariablesRequest, SetVariablesResponse> SET_VARIABLES =
            action("SetVariables", SetVariablesRequest.class, SetVariablesResponse.class, TO_STATION,
                    PROVISIONING);

    // C Authorization
    /** Authorize, sent by the station. */
    public static final Action<AuthorizeRequest, AuthorizeResponse> AUTHORIZE =
            action("Authorize", AuthorizeRequest.class, AuthorizeResponse.class, TO_CSMS, AUTHORIZATION);
    /** ClearCache, sent by the CSMS. */
    public static final Action<ClearCacheRequest, ClearCacheResponse> CLEAR_CACHE =
            action("ClearCache", ClearCacheRequest.class, ClearCacheResponse.class, TO_STATION, AUTHORIZATION);

    // D LocalAuthorizationListManagement
    /** GetLocalListVersion, sent by the CSMS. */
    public static final Action<GetLocalListVersionRequest, GetLocalListVersionResponse> GET_LOCAL_LIST_VERSION =
            action("GetLocalListVersion", GetLocalListVersionRequest.class, GetLocalListVersionResponse.class,
                    TO_STATION, LOCAL_AUTHORIZATION_LIST_MANAGEMENT);
    /** SendLocalList, sent by the CSMS. */
    public static final Action<SendLocalListRequest, SendLocalListResponse> SEND_LOCAL_LIST =
            action("SendLocalList", SendLocalListRequest.class, SendLocalListResponse.class, TO_STATION,
                    LOCAL_AUTHORIZATION_LIST_MANAGEMENT);

    // E Transactions
    /** GetTransactionStatus, sent by the CSMS. */
    public static final Action<GetTransactionStatusRequest, GetTransactionStatusResponse>
            GET_TRANSACTION_STATUS = action("GetTransactionStatus", GetTransactionStatusRequest.class,
                    GetTransactionStatusResponse.class, TO_STATION, TRANSACTIONS);
    /** TransactionEvent, sent by the station. */
    public static final Action<TransactionEventRequest, TransactionEventResponse> TRANSACTION_EVENT =
            action("TransactionEvent", TransactionEventRequest.class, TransactionEventResponse.class, TO_CSMS,
                    TRANSACTIONS);

    // F RemoteControl
    /** RequestStartTransaction, sent by the CSMS. */
    public static final Action<RequestStartTransactionRequest, RequestStartTransactionResponse>
            REQUEST_START_TRANSACTION = action("RequestStartTransaction", RequestStartTransactionRequest.class,
                    RequestStartTransactionResponse.class, TO_STATION, REMOTE_CONTROL);
    /** RequestStopTransaction, sent by the CSMS. */
    public static final Action<RequestStopTransactionRequest, RequestStopTransactionResponse>
            REQUEST_STOP_TRANSACTION = action("RequestStopTransaction", RequestStopTransactionRequest.class,
                    RequestStopTransactionResponse.class, TO_STATION, REMOTE_CONTROL);
    /** TriggerMessage, sent by the CSMS. */
    public static final Action<TriggerMessageRequest, TriggerMessageResponse> TRIGGER_MESSAGE =
            action("TriggerMessage", TriggerMessageRequest.class, TriggerMessageResponse.class, TO_STATION,
                    REMOTE_CONTROL);
    /** UnlockConnector, sent by the CSMS. */
    public static final Action<UnlockConnectorRequest, UnlockConnectorResponse> UNLOCK_CONNECTOR =
            action("UnlockConnector", UnlockConnectorRequest.class, UnlockConnectorResponse.class, TO_STATION,
                    REMOTE_CONTROL);

    // G Availability
    /** ChangeAvailability, sent by the CSMS. */
    public static final Action<ChangeAvailabilityRequest, ChangeAvailabilityResponse> CHANGE_AVAILABILITY =
            action("ChangeAvailability", ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class,
                    TO_STATION, AVAILABILITY);
    /** Heartbeat, sent by the station. */
    public static final Action<HeartbeatRequest, HeartbeatResponse> HEARTBEAT =
            action("Heartbeat", HeartbeatRequest.class, HeartbeatResponse.class, TO_CSMS, AVAILABILITY);
    /** StatusNotification, sent by the station. */
    public static final Action<StatusNotificationRequest, StatusNotificationResponse> STATUS_NOTIFICATION =
            action("StatusNotification", StatusNotificationRequest.class, StatusNotificationResponse.class,
                    TO_CSMS, AVAILABILITY);

    // H Reservation
    /** CancelReservation, sent by the CSMS. */
    public static final Action<CancelReservationRequest, CancelReservationResponse> CANCEL_RESERVATION =
            action("CancelReservation", CancelReservationRequest.class, CancelReservationResponse.class,
                    TO_STATION, RESERVATION);
    /** ReservationStatusUpdate, sent by the station. */
    public static final Action<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse>
            RESERVATION_STATUS_UPDATE = action("ReservationStatusUpdate", ReservationStatusUpdateRequest.class,
                    ReservationStatusUpdateResponse.class, TO_CSMS, RESERVATION);
    /** ReserveNow, sent by the CSMS. */
    public static final Action<ReserveNowRequest, ReserveNowResponse> RESERVE_NOW =
            action("ReserveNow", ReserveNowRequest.class, ReserveNowResponse.class, TO_STATION, RESERVATION);

    // I TariffAndCost
    /** CostUpdated, sent by the CSMS. */
    public static final Action<CostUpdatedRequest, CostUpdatedResponse> COST_UPDATED =
            action("CostUpdated", CostUpdatedRequest.class, CostUpdatedResponse.class, TO_STATION,
                    TARIFF_AND_COST);

    // J MeterValues
    /** MeterValues, sent by the station. */
    public static final Action<MeterValuesRequest, MeterValuesResponse> METER_VALUES =
            action("MeterValues", MeterValuesRequest.class, MeterValuesResponse.class, TO_CSMS,
                    FunctionalBlocks.METER_VALUES);

    // K SmartCharging
    /** ClearChargingProfile, sent by the CSMS. */
    public static final Action<ClearChargingProfileRequest, ClearChargingProfileResponse>
            CLEAR_CHARGING_PROFILE = action("ClearChargingProfile", ClearChargingProfileRequest.class,
                    ClearChargingProfileResponse.class, TO_STATION, SMART_CHARGING);
    /** ClearedChargingLimit, sent by the station. */
    public static final Action<ClearedChargingLimitRequest, ClearedChargingLimitResponse>
            CLEARED_CHARGING_LIMIT = action("ClearedChargingLimit", ClearedChargingLimitRequest.class,
                    ClearedChargingLimitResponse.class, TO_CSMS, SMART_CHARGING);
    /** GetChargingProfiles, sent by the CSMS. */
    public static final Action<GetChargingProfilesRequest, GetChargingProfilesResponse> GET_CHARGING_PROFILES =
            action("GetChargingProfiles", GetChargingProfilesRequest.class, GetChargingProfilesResponse.class,
                    TO_STATION, SMART_CHARGING);
    /** GetCompositeSchedule, sent by the CSMS. */
    public static final Action<GetCompositeScheduleRequest, GetCompositeScheduleResponse>
            GET_COMPOSITE_SCHEDULE = action("GetCompositeSchedule", GetCompositeScheduleRequest.class,
                    GetCompositeScheduleResponse.class, TO_STATION, SMART_CHARGING);
    /** NotifyChargingLimit, sent by the station. */
    public static final Action<NotifyChargingLimitRequest, NotifyChargingLimitResponse> NOTIFY_CHARGING_LIMIT =
            action("NotifyChargingLimit", NotifyChargingLimitRequest.class, NotifyChargingLimitResponse.class,
                    TO_CSMS, SMART_CHARGING);
    /** NotifyEVChargingNeeds, sent by the station. */
    public static final Action<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse>
            NOTIFY_EV_CHARGING_NEEDS = action("NotifyEVChargingNeeds", NotifyEVChargingNeedsRequest.class,
                    NotifyEVChargingNeedsResponse.class, TO_CSMS, SMART_CHARGING);
    /** NotifyEVChargingSchedule, sent by the station. */
    public static final Action<NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse>
            NOTIFY_EV_CHARGING_SCHEDULE = action("NotifyEVChargingSchedule",
                    NotifyEVChargingScheduleRequest.class, NotifyEVChargingScheduleResponse.class, TO_CSMS,
                    SMART_CHARGING);
    /** ReportChargingProfiles, sent by the station. */
    public static final Action<ReportChargingProfilesRequest, ReportChargingProfilesResponse>
            REPORT_CHARGING_PROFILES = action("ReportChargingProfiles", ReportChargingProfilesRequest.class,
                    ReportChargingProfilesResponse.class, TO_CSMS, SMART_CHARGING);
    /** SetChargingProfile, sent by the CSMS. */
    public static final Action<SetChargingProfileRequest, SetChargingProfileResponse> SET_CHARGING_PROFILE =
            action("SetChargingProfile", SetChargingProfileRequest.class, SetChargingProfileResponse.class,
                    TO_STATION, SMART_CHARGING);

    // L FirmwareManagement
    /** FirmwareStatusNotification, sent by the station. */
    public static final Action<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>
            FIRMWARE_STATUS_NOTIFICATION = action("FirmwareStatusNotification",
                    FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationResponse.class, TO_CSMS,
                    FIRMWARE_MANAGEMENT);
    /** PublishFirmware, sent by the CSMS. */
    public static final Action<PublishFirmwareRequest, PublishFirmwareResponse> PUBLISH_FIRMWARE =
            action("PublishFirmware", PublishFirmwareRequest.class, PublishFirmwareResponse.class, TO_STATION,
                    FIRMWARE_MANAGEMENT);
    /** PublishFirmwareStatusNotification, sent by the station. */
    public static final Action<PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse>
            PUBLISH_FIRMWARE_STATUS_NOTIFICATION = action("PublishFirmwareStatusNotification",
                    PublishFirmwareStatusNotificationRequest.class,
                    PublishFirmwareStatusNotificationResponse.class, TO_CSMS, FIRMWARE_MANAGEMENT);
    /** UnpublishFirmware, sent by the CSMS. */
    public static final Action<UnpublishFirmwareRequest, UnpublishFirmwareResponse> UNPUBLISH_FIRMWARE =
            action("UnpublishFirmware", UnpublishFirmwareRequest.class, UnpublishFirmwareResponse.class,
                    TO_STATION, FIRMWARE_MANAGEMENT);
    /** UpdateFirmware, sent by the CSMS. */
    public static final Action<UpdateFirmwareRequest, UpdateFirmwareResponse> UPDATE_FIRMWARE =
            action("UpdateFirmware", UpdateFirmwareRequest.class, UpdateFirmwareResponse.class, TO_STATION,
                    FIRMWARE_MANAGEMENT);

    // M ISO15118CertificateManagement
    /** DeleteCertificate, sent by the CSMS. */
    public static final Action<DeleteCertificateRequest, DeleteCertificateResponse> DELETE_CERTIFICATE =
            action("DeleteCertificate", DeleteCertificateRequest.class, DeleteCertificateResponse.class,
                    TO_STATION, ISO15118_CERTIFICATE_MANAGEMENT);
    /** Get15118EVCertificate, sent by the station. */
    public static final Action<Get15118EVCertificateRequest, Get15118EVCertificateResponse>
            GET_15118_EV_CERTIFICATE = action("Get15118EVCertificate", Get15118EVCertificateRequest.class,
                    Get15118EVCertificateResponse.class, TO_CSMS, ISO15118_CERTIFICATE_MANAGEMENT);
    /** GetCertificateStatus, sent by the station. */
    public static final Action<GetCertificateStatusRequest, GetCertificateStatusResponse>
            GET_CERTIFICATE_STATUS = action("GetCertificateStatus", GetCertificateStatusRequest.class,
                    GetCertificateStatusResponse.class, TO_CSMS, ISO15118_CERTIFICATE_MANAGEMENT);
    /** GetInstalledCertificateIds, sent by the CSMS. */
    public static final Action<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>
            GET_INSTALLED_CERTIFICATE_IDS = action("GetInstalledCertificateIds",
                    GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsResponse.class,
                    TO_STATION, ISO15118_CERTIFICATE_MANAGEMENT);
    /** InstallCertificate, sent by the CSMS. */
    public static final Action<InstallCertificateRequest, InstallCertificateResponse> INSTALL_CERTIFICATE =
            action("InstallCertificate", InstallCertificateRequest.class, InstallCertificateResponse.class,
                    TO_STATION, ISO15118_CERTIFICATE_MANAGEMENT);

    // N Diagnostics
    /** ClearVariableMonitoring, sent by the CSMS. */
    public static final Action<ClearVariableMonitoringRequest, ClearVariableMonitoringResponse>
            CLEAR_VARIABLE_MONITORING = action("ClearVariableMonitoring", ClearVariableMonitoringRequest.class,
                    ClearVariableMonitoringResponse.class, TO_STATION, DIAGNOSTICS);
    /** CustomerInformation, sent by the CSMS. */
    public static final Action<CustomerInformationRequest, CustomerInformationResponse> CUSTOMER_INFORMATION =
            action("CustomerInformation", CustomerInformationRequest.class, CustomerInformationResponse.class,
                    TO_STATION, DIAGNOSTICS);
    /** GetLog, sent by the CSMS. */
    public static final Action<GetLogRequest, GetLogResponse> GET_LOG =
            action("GetLog", GetLogRequest.class, GetLogResponse.class, TO_STATION, DIAGNOSTICS);
    /** GetMonitoringReport, sent by the CSMS. */
    public static final Action<GetMonitoringReportRequest, GetMonitoringReportResponse> GET_MONITORING_REPORT =
            action("GetMonitoringReport", GetMonitoringReportRequest.class, GetMonitoringReportResponse.class,
                    TO_STATION, DIAGNOSTICS);
    /** LogStatusNotification, sent by the station. */
    public static final Action<LogStatusNotificationRequest, LogStatusNotificationResponse>
            LOG_STATUS_NOTIFICATION = action("LogStatusNotification", LogStatusNotificationRequest.class,
                    LogStatusNotificationResponse.class, TO_CSMS, DIAGNOSTICS);
    /** NotifyCustomerInformation, sent by the station. */
    public static final Action<NotifyCustomerInformationRequest, NotifyCustomerInformationResponse>
            NOTIFY_CUSTOMER_INFORMATION = action("NotifyCustomerInformation",
                    NotifyCustomerInformationRequest.class, NotifyCustomerInformationResponse.class, TO_CSMS,
                    DIAGNOSTICS);
    /** NotifyEvent, sent by the station. */
    public static final Action<NotifyEventRequest, NotifyEventResponse> NOTIFY_EVENT =
            action("NotifyEvent", NotifyEventRequest.class, NotifyEventResponse.class, TO_CSMS, DIAGNOSTICS);
    /** NotifyMonitoringReport, sent by the station. */
    public static final Action<NotifyMonitoringReportRequest, NotifyMonitoringReportResponse>
            NOTIFY_MONITORING_REPORT = action("NotifyMonitoringReport", NotifyMonitoringReportRequest.class,
                    NotifyMonitoringReportResponse.class, TO_CSMS, DIAGNOSTICS);
    /** SetMonitoringBase, sent by the CSMS. */
    public static final Action<SetMonitoringBaseRequest, SetMonitoringBaseResponse> SET_MONITORING_BASE =
            action("SetMonitoringBase", SetMonitoringBaseRequest.class, SetMonitoringBaseResponse.class,
                    TO_STATION, DIAGNOSTICS);
    /** SetMonitoringLevel, sent by the CSMS. */
    public static final Action<SetMonitoringLevelRequest, SetMonitoringLevelResponse> SET_MONITORING_LEVEL =
            action("SetMonitoringLevel", SetMonitoringLevelRequest.class, SetMonitoringLevelResponse.class,
                    TO_STATION, DIAGNOSTICS);
    /** SetVariableMonitoring, sent by the CSMS. */
    public static final Action<SetVariableMonitoringRequest, SetVariableMonitoringResponse>
            SET_VARIABLE_MONITORING = action("SetVariableMonitoring", SetVariableMonitoringRequest.class,
                    SetVariableMonitoringResponse.class, TO_STATION, DIAGNOSTICS);

    // O DisplayMessage
    /** ClearDisplayMessage, sent by the CSMS. */
    public static final Action<ClearDisplayMessageRequest, ClearDisplayMessageResponse> CLEAR_DISPLAY_MESSAGE =
            action("ClearDisplayMessage", ClearDisplayMessageRequest.class, ClearDisplayMessageResponse.class,
                    TO_STATION, DISPLAY_MESSAGE);
    /** GetDisplayMessages, sent by the CSMS. */
    public static final Action<GetDisplayMessagesRequest, GetDisplayMessagesResponse> GET_DISPLAY_MESSAGES =
            action("GetDisplayMessages", GetDisplayMessagesRequest.class, GetDisplayMessagesResponse.class,
                    TO_STATION, DISPLAY_MESSAGE);
    /** NotifyDisplayMessages, sent by the station. */
    public static final Action<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse>
            NOTIFY_DISPLAY_MESSAGES = action("NotifyDisplayMessages", NotifyDisplayMessagesRequest.class,
                    NotifyDisplayMessagesResponse.class, TO_CSMS, DISPLAY_MESSAGE);
    /** SetDisplayMessage, sent by the CSMS. */
    public static final Action<SetDisplayMessageRequest, SetDisplayMessageResponse> SET_DISPLAY_MESSAGE =
            action("SetDisplayMessage", SetDisplayMessageRequest.class, SetDisplayMessageResponse.class,
                    TO_STATION, DISPLAY_MESSAGE);

    // P DataTransfer
    /** DataTransfer, sent by either side. */
    public static final Action<DataTransferRequest, DataTransferResponse> DATA_TRANSFER =
            action("DataTransfer", DataTransferRequest.class, DataTransferResponse.class, BOTH,
                    FunctionalBlocks.DATA_TRANSFER);

    /** All 64 actions, by functional block A to P as above, alphabetically within a block. */
    public static final List<Action<?, ?>> ALL = List.of(
            CERTIFICATE_SIGNED, SECURITY_EVENT_NOTIFICATION, SIGN_CERTIFICATE, BOOT_NOTIFICATION,
            GET_BASE_REPORT, GET_REPORT, GET_VARIABLES, NOTIFY_REPORT, RESET, SET_NETWORK_PROFILE,
            SET_VARIABLES, AUTHORIZE, CLEAR_CACHE, GET_LOCAL_LIST_VERSION, SEND_LOCAL_LIST,
            GET_TRANSACTION_STATUS, TRANSACTION_EVENT, REQUEST_START_TRANSACTION, REQUEST_STOP_TRANSACTION,
            TRIGGER_MESSAGE, UNLOCK_CONNECTOR, CHANGE_AVAILABILITY, HEARTBEAT, STATUS_NOTIFICATION,
            CANCEL_RESERVATION, RESERVATION_STATUS_UPDATE, RESERVE_NOW, COST_UPDATED, METER_VALUES,
            CLEAR_CHARGING_PROFILE, CLEARED_CHARGING_LIMIT, GET_CHARGING_PROFILES, GET_COMPOSITE_SCHEDULE,
            NOTIFY_CHARGING_LIMIT, NOTIFY_EV_CHARGING_NEEDS, NOTIFY_EV_CHARGING_SCHEDULE,
            REPORT_CHARGING_PROFILES, SET_CHARGING_PROFILE, FIRMWARE_STATUS_NOTIFICATION, PUBLISH_FIRMWARE,
            PUBLISH_FIRMWARE_STATUS_NOTIFICATION, UNPUBLISH_FIRMWARE, UPDATE_FIRMWARE, DELETE_CERTIFICATE,
            GET_15118_EV_CERTIFICATE, GET_CERTIFICATE_STATUS, GET_INSTALLED_CERTIFICATE_IDS,
            INSTALL_CERTIFICATE, CLEAR_VARIABLE_MONITORING, CUSTOMER_INFORMATION, GET_LOG,
            GET_MONITORING_REPORT, LOG_STATUS_NOTIFICATION, NOTIFY_CUSTOMER_INFORMATION, NOTIFY_EVENT,
            NOTIFY_MONITORING_REPORT, SET_MONITORING_BASE, SET_MONITORING_LEVEL, SET_VARIABLE_MONITORING,
            CLEAR_DISPLAY_MESSAGE, GET_DISPLAY_MESSAGES, NOTIFY_DISPLAY_MESSAGES, SET_DISPLAY_MESSAGE,
            DATA_TRANSFER);

    private Actions201() {
    }

    private static <Q, R> Action<Q, R> action(String name, Class<Q> request, Class<R> response,
                                              Direction direction, String block) {
        return new Action<>(name, request, response, schema(name + "Request"), schema(name + "Response"),
                direction, block);
    }

    private static String schema(String message) {
        return "schemas/v201/" + message + ".json";
    }
}

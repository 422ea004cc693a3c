package io.ocpp4j.v201.station;

import io.ocpp4j.core.CurrentSession;
import io.ocpp4j.core.RemoteCsms;
import io.ocpp4j.v201.Actions201;
import io.ocpp4j.v201.model.AuthorizeRequest;
import io.ocpp4j.v201.model.AuthorizeResponse;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootNotificationResponse;
import io.ocpp4j.v201.model.ClearedChargingLimitRequest;
import io.ocpp4j.v201.model.ClearedChargingLimitResponse;
import io.ocpp4j.v201.model.DataTransferRequest;
import io.ocpp4j.v201.model.DataTransferResponse;
import io.ocpp4j.v201.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v201.model.FirmwareStatusNotificationResponse;
import io.ocpp4j.v201.model.Get15118EVCertificateRequest;
import io.ocpp4j.v201.model.Get15118EVCertificateResponse;
import io.ocpp4j.v201.model.GetCertificateStatusRequest;
import io.ocpp4j.v201.model.GetCertificateStatusResponse;
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.HeartbeatResponse;
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
import io.ocpp4j.v201.model.PublishFirmwareStatusNotificationRequest;
import io.ocpp4j.v201.model.PublishFirmwareStatusNotificationResponse;
import io.ocpp4j.v201.model.ReportChargingProfilesRequest;
import io.ocpp4j.v201.model.ReportChargingProfilesResponse;
import io.ocpp4j.v201.model.ReservationStatusUpdateRequest;
import io.ocpp4j.v201.model.ReservationStatusUpdateResponse;
import io.ocpp4j.v201.model.SecurityEventNotificationRequest;
import io.ocpp4j.v201.model.SecurityEventNotificationResponse;
import io.ocpp4j.v201.model.SignCertificateRequest;
import io.ocpp4j.v201.model.SignCertificateResponse;
import io.ocpp4j.v201.model.StatusNotificationRequest;
import io.ocpp4j.v201.model.StatusNotificationResponse;
import io.ocpp4j.v201.model.TransactionEventRequest;
import io.ocpp4j.v201.model.TransactionEventResponse;
import java.util.concurrent.CompletionStage;

/**
 * The station's typed view of its OCPP 2.0.1 CSMS: a method for every action a station may send.
 * It stays valid across reconnects; while the station is offline, calls fail at once with
 * {@link io.ocpp4j.core.ConnectionClosedException}.
 */
public final class Csms extends RemoteCsms {

    Csms(CurrentSession link) {
        super(link);
    }

    /**
     * Sends {@code SecurityEventNotification} (Security functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SecurityEventNotificationResponse> securityEventNotification(SecurityEventNotificationRequest request) {
        return call(Actions201.SECURITY_EVENT_NOTIFICATION, request);
    }

    /**
     * Sends {@code SignCertificate} (Security functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SignCertificateResponse> signCertificate(SignCertificateRequest request) {
        return call(Actions201.SIGN_CERTIFICATE, request);
    }

    /**
     * Sends {@code BootNotification} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<BootNotificationResponse> bootNotification(BootNotificationRequest request) {
        return call(Actions201.BOOT_NOTIFICATION, request);
    }

    /**
     * Sends {@code NotifyReport} (Provisioning functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyReportResponse> notifyReport(NotifyReportRequest request) {
        return call(Actions201.NOTIFY_REPORT, request);
    }

    /**
     * Sends {@code Authorize} (Authorization functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<AuthorizeResponse> authorize(AuthorizeRequest request) {
        return call(Actions201.AUTHORIZE, request);
    }

    /**
     * Sends {@code TransactionEvent} (Transactions functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<TransactionEventResponse> transactionEvent(TransactionEventRequest request) {
        return call(Actions201.TRANSACTION_EVENT, request);
    }

    /**
     * Sends {@code Heartbeat} (Availability functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<HeartbeatResponse> heartbeat(HeartbeatRequest request) {
        return call(Actions201.HEARTBEAT, request);
    }

    /**
     * Sends {@code StatusNotification} (Availability functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<StatusNotificationResponse> statusNotification(StatusNotificationRequest request) {
        return call(Actions201.STATUS_NOTIFICATION, request);
    }

    /**
     * Sends {@code ReservationStatusUpdate} (Reservation functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ReservationStatusUpdateResponse> reservationStatusUpdate(ReservationStatusUpdateRequest request) {
        return call(Actions201.RESERVATION_STATUS_UPDATE, request);
    }

    /**
     * Sends {@code MeterValues} (MeterValues functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<MeterValuesResponse> meterValues(MeterValuesRequest request) {
        return call(Actions201.METER_VALUES, request);
    }

    /**
     * Sends {@code ClearedChargingLimit} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ClearedChargingLimitResponse> clearedChargingLimit(ClearedChargingLimitRequest request) {
        return call(Actions201.CLEARED_CHARGING_LIMIT, request);
    }

    /**
     * Sends {@code NotifyChargingLimit} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyChargingLimitResponse> notifyChargingLimit(NotifyChargingLimitRequest request) {
        return call(Actions201.NOTIFY_CHARGING_LIMIT, request);
    }

    /**
     * Sends {@code NotifyEVChargingNeeds} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyEVChargingNeedsResponse> notifyEVChargingNeeds(NotifyEVChargingNeedsRequest request) {
        return call(Actions201.NOTIFY_EV_CHARGING_NEEDS, request);
    }

    /**
     * Sends {@code NotifyEVChargingSchedule} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyEVChargingScheduleResponse> notifyEVChargingSchedule(NotifyEVChargingScheduleRequest request) {
        return call(Actions201.NOTIFY_EV_CHARGING_SCHEDULE, request);
    }

    /**
     * Sends {@code ReportChargingProfiles} (SmartCharging functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<ReportChargingProfilesResponse> reportChargingProfiles(ReportChargingProfilesRequest request) {
        return call(Actions201.REPORT_CHARGING_PROFILES, request);
    }

    /**
     * Sends {@code FirmwareStatusNotification} (FirmwareManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<FirmwareStatusNotificationResponse> firmwareStatusNotification(FirmwareStatusNotificationRequest request) {
        return call(Actions201.FIRMWARE_STATUS_NOTIFICATION, request);
    }

    /**
     * Sends {@code PublishFirmwareStatusNotification} (FirmwareManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<PublishFirmwareStatusNotificationResponse> publishFirmwareStatusNotification(PublishFirmwareStatusNotificationRequest request) {
        return call(Actions201.PUBLISH_FIRMWARE_STATUS_NOTIFICATION, request);
    }

    /**
     * Sends {@code Get15118EVCertificate} (ISO15118CertificateManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<Get15118EVCertificateResponse> get15118EVCertificate(Get15118EVCertificateRequest request) {
        return call(Actions201.GET_15118_EV_CERTIFICATE, request);
    }

    /**
     * Sends {@code GetCertificateStatus} (ISO15118CertificateManagement functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<GetCertificateStatusResponse> getCertificateStatus(GetCertificateStatusRequest request) {
        return call(Actions201.GET_CERTIFICATE_STATUS, request);
    }

    /**
     * Sends {@code LogStatusNotification} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<LogStatusNotificationResponse> logStatusNotification(LogStatusNotificationRequest request) {
        return call(Actions201.LOG_STATUS_NOTIFICATION, request);
    }

    /**
     * Sends {@code NotifyCustomerInformation} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyCustomerInformationResponse> notifyCustomerInformation(NotifyCustomerInformationRequest request) {
        return call(Actions201.NOTIFY_CUSTOMER_INFORMATION, request);
    }

    /**
     * Sends {@code NotifyEvent} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyEventResponse> notifyEvent(NotifyEventRequest request) {
        return call(Actions201.NOTIFY_EVENT, request);
    }

    /**
     * Sends {@code NotifyMonitoringReport} (Diagnostics functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyMonitoringReportResponse> notifyMonitoringReport(NotifyMonitoringReportRequest request) {
        return call(Actions201.NOTIFY_MONITORING_REPORT, request);
    }

    /**
     * Sends {@code NotifyDisplayMessages} (DisplayMessage functional block).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<NotifyDisplayMessagesResponse> notifyDisplayMessages(NotifyDisplayMessagesRequest request) {
        return call(Actions201.NOTIFY_DISPLAY_MESSAGES, request);
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

package io.ocpp4j.v16;

import static io.ocpp4j.core.Direction.BOTH;
import static io.ocpp4j.core.Direction.TO_CSMS;
import static io.ocpp4j.core.Direction.TO_STATION;
import static io.ocpp4j.v16.FeatureProfiles.CORE;
import static io.ocpp4j.v16.FeatureProfiles.FIRMWARE_MANAGEMENT;
import static io.ocpp4j.v16.FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT;
import static io.ocpp4j.v16.FeatureProfiles.REMOTE_TRIGGER;
import static io.ocpp4j.v16.FeatureProfiles.RESERVATION;
import static io.ocpp4j.v16.FeatureProfiles.SMART_CHARGING;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.Direction;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
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
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationResponse;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatusNotificationResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetDiagnosticsResponse;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.GetLocalListVersionResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MeterValuesResponse;
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
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageResponse;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockConnectorResponse;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.model.UpdateFirmwareResponse;
import java.util.List;

/**
 * The 28 actions of OCPP 1.6J, one constant each, grouped by feature profile. Each binds the
 * action's request and response to the generated models of {@code io.ocpp4j.v16.model} and to
 * our schemas {@code schemas/v16/<Action>Request.json} and {@code <Action>Response.json}.
 */
public final class Actions16 {

    // Core
    /** Authorize, sent by the station. */
    public static final Action<AuthorizeRequest, AuthorizeResponse> AUTHORIZE = action("Authorize",
            AuthorizeRequest.class, AuthorizeResponse.class, TO_CSMS, CORE);
    /** BootNotification, sent by the station. */
    public static final Action<BootNotificationRequest, BootNotificationResponse> BOOT_NOTIFICATION =
            action("BootNotification", BootNotificationRequest.class, BootNotificationResponse.class, TO_CSMS,
                    CORE);
    /** ChangeAvailability, sent by the CSMS. */
    public static final Action<ChangeAvailabilityRequest, ChangeAvailabilityResponse> CHANGE_AVAILABILITY =
            action("ChangeAvailability", ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class,
                    TO_STATION, CORE);
    /** ChangeConfiguration, sent by the CSMS. */
    public static final Action<ChangeConfigurationRequest, ChangeConfigurationResponse> CHANGE_CONFIGURATION =
            action("ChangeConfiguration", ChangeConfigurationRequest.class, ChangeConfigurationResponse.class,
                    TO_STATION, CORE);
    /** ClearCache, sent by the CSMS. */
    public static final Action<ClearCacheRequest, ClearCacheResponse> CLEAR_CACHE = action("ClearCache",
            ClearCacheRequest.class, ClearCacheResponse.class, TO_STATION, CORE);
    /** DataTransfer, sent by either side. */
    public static final Action<DataTransferRequest, DataTransferResponse> DATA_TRANSFER =
            action("DataTransfer", DataTransferRequest.class, DataTransferResponse.class, BOTH, CORE);
    /** GetConfiguration, sent by the CSMS. */
    public static final Action<GetConfigurationRequest, GetConfigurationResponse> GET_CONFIGURATION =
            action("GetConfiguration", GetConfigurationRequest.class, GetConfigurationResponse.class,
                    TO_STATION, CORE);
    /** Heartbeat, sent by the station. */
    public static final Action<HeartbeatRequest, HeartbeatResponse> HEARTBEAT = action("Heartbeat",
            HeartbeatRequest.class, HeartbeatResponse.class, TO_CSMS, CORE);
    /** MeterValues, sent by the station. */
    public static final Action<MeterValuesRequest, MeterValuesResponse> METER_VALUES = action("MeterValues",
            MeterValuesRequest.class, MeterValuesResponse.class, TO_CSMS, CORE);
    /** RemoteStartTransaction, sent by the CSMS. */
    public static final Action<RemoteStartTransactionRequest, RemoteStartTransactionResponse>
            REMOTE_START_TRANSACTION = action("RemoteStartTransaction", RemoteStartTransactionRequest.class,
                    RemoteStartTransactionResponse.class, TO_STATION, CORE);
    /** RemoteStopTransaction, sent by the CSMS. */
    public static final Action<RemoteStopTransactionRequest, RemoteStopTransactionResponse>
            REMOTE_STOP_TRANSACTION = action("RemoteStopTransaction", RemoteStopTransactionRequest.class,
                    RemoteStopTransactionResponse.class, TO_STATION, CORE);
    /** Reset, sent by the CSMS. */
    public static final Action<ResetRequest, ResetResponse> RESET = action("Reset", ResetRequest.class,
            ResetResponse.class, TO_STATION, CORE);
    /** StartTransaction, sent by the station. */
    public static final Action<StartTransactionRequest, StartTransactionResponse> START_TRANSACTION =
            action("StartTransaction", StartTransactionRequest.class, StartTransactionResponse.class, TO_CSMS,
                    CORE);
    /** StatusNotification, sent by the station. */
    public static final Action<StatusNotificationRequest, StatusNotificationResponse> STATUS_NOTIFICATION =
            action("StatusNotification", StatusNotificationRequest.class, StatusNotificationResponse.class,
                    TO_CSMS, CORE);
    /** StopTransaction, sent by the station. */
    public static final Action<StopTransactionRequest, StopTransactionResponse> STOP_TRANSACTION =
            action("StopTransaction", StopTransactionRequest.class, StopTransactionResponse.class, TO_CSMS,
                    CORE);
    /** UnlockConnector, sent by the CSMS. */
    public static final Action<UnlockConnectorRequest, UnlockConnectorResponse> UNLOCK_CONNECTOR =
            action("UnlockConnector", UnlockConnectorRequest.class, UnlockConnectorResponse.class, TO_STATION,
                    CORE);

    // Firmware Management
    /** DiagnosticsStatusNotification, sent by the station. */
    public static final Action<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse>
            DIAGNOSTICS_STATUS_NOTIFICATION = action("DiagnosticsStatusNotification",
                    DiagnosticsStatusNotificationRequest.class, DiagnosticsStatusNotificationResponse.class,
                    TO_CSMS, FIRMWARE_MANAGEMENT);
    /** FirmwareStatusNotification, sent by the station. */
    public static final Action<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>
            FIRMWARE_STATUS_NOTIFICATION = action("FirmwareStatusNotification",
                    FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationResponse.class,
                    TO_CSMS, FIRMWARE_MANAGEMENT);
    /** GetDiagnostics, sent by the CSMS. */
    public static final Action<GetDiagnosticsRequest, GetDiagnosticsResponse> GET_DIAGNOSTICS =
            action("GetDiagnostics", GetDiagnosticsRequest.class, GetDiagnosticsResponse.class, TO_STATION,
                    FIRMWARE_MANAGEMENT);
    /** UpdateFirmware, sent by the CSMS. */
    public static final Action<UpdateFirmwareRequest, UpdateFirmwareResponse> UPDATE_FIRMWARE =
            action("UpdateFirmware", UpdateFirmwareRequest.class, UpdateFirmwareResponse.class, TO_STATION,
                    FIRMWARE_MANAGEMENT);

    // Local Auth List Management
    /** GetLocalListVersion, sent by the CSMS. */
    public static final Action<GetLocalListVersionRequest, GetLocalListVersionResponse>
            GET_LOCAL_LIST_VERSION = action("GetLocalListVersion", GetLocalListVersionRequest.class,
                    GetLocalListVersionResponse.class, TO_STATION, LOCAL_AUTH_LIST_MANAGEMENT);
    /** SendLocalList, sent by the CSMS. */
    public static final Action<SendLocalListRequest, SendLocalListResponse> SEND_LOCAL_LIST =
            action("SendLocalList", SendLocalListRequest.class, SendLocalListResponse.class, TO_STATION,
                    LOCAL_AUTH_LIST_MANAGEMENT);

    // Reservation
    /** CancelReservation, sent by the CSMS. */
    public static final Action<CancelReservationRequest, CancelReservationResponse> CANCEL_RESERVATION =
            action("CancelReservation", CancelReservationRequest.class, CancelReservationResponse.class,
                    TO_STATION, RESERVATION);
    /** ReserveNow, sent by the CSMS. */
    public static final Action<ReserveNowRequest, ReserveNowResponse> RESERVE_NOW = action("ReserveNow",
            ReserveNowRequest.class, ReserveNowResponse.class, TO_STATION, RESERVATION);

    // Smart Charging
    /** ClearChargingProfile, sent by the CSMS. */
    public static final Action<ClearChargingProfileRequest, ClearChargingProfileResponse>
            CLEAR_CHARGING_PROFILE = action("ClearChargingProfile", ClearChargingProfileRequest.class,
                    ClearChargingProfileResponse.class, TO_STATION, SMART_CHARGING);
    /** GetCompositeSchedule, sent by the CSMS. */
    public static final Action<GetCompositeScheduleRequest, GetCompositeScheduleResponse>
            GET_COMPOSITE_SCHEDULE = action("GetCompositeSchedule", GetCompositeScheduleRequest.class,
                    GetCompositeScheduleResponse.class, TO_STATION, SMART_CHARGING);
    /** SetChargingProfile, sent by the CSMS. */
    public static final Action<SetChargingProfileRequest, SetChargingProfileResponse> SET_CHARGING_PROFILE =
            action("SetChargingProfile", SetChargingProfileRequest.class, SetChargingProfileResponse.class,
                    TO_STATION, SMART_CHARGING);

    // Remote Trigger
    /** TriggerMessage, sent by the CSMS. */
    public static final Action<TriggerMessageRequest, TriggerMessageResponse> TRIGGER_MESSAGE =
            action("TriggerMessage", TriggerMessageRequest.class, TriggerMessageResponse.class, TO_STATION,
                    REMOTE_TRIGGER);

    /** All 28 actions, Core first, then by feature profile as above. */
    public static final List<Action<?, ?>> ALL = List.of(
            AUTHORIZE, BOOT_NOTIFICATION, CHANGE_AVAILABILITY, CHANGE_CONFIGURATION,
            CLEAR_CACHE, DATA_TRANSFER, GET_CONFIGURATION, HEARTBEAT,
            METER_VALUES, REMOTE_START_TRANSACTION, REMOTE_STOP_TRANSACTION, RESET,
            START_TRANSACTION, STATUS_NOTIFICATION, STOP_TRANSACTION, UNLOCK_CONNECTOR,
            DIAGNOSTICS_STATUS_NOTIFICATION, FIRMWARE_STATUS_NOTIFICATION, GET_DIAGNOSTICS, UPDATE_FIRMWARE,
            GET_LOCAL_LIST_VERSION, SEND_LOCAL_LIST, CANCEL_RESERVATION, RESERVE_NOW,
            CLEAR_CHARGING_PROFILE, GET_COMPOSITE_SCHEDULE, SET_CHARGING_PROFILE, TRIGGER_MESSAGE);

    private Actions16() {
    }

    private static <Q, R> Action<Q, R> action(String name, Class<Q> request, Class<R> response,
                                              Direction direction, String profile) {
        return new Action<>(name, request, response, schema(name + "Request"), schema(name + "Response"),
                direction, profile);
    }

    private static String schema(String message) {
        return "schemas/v16/" + message + ".json";
    }
}

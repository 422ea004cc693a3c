package io.ocpp4j.v16.security;

import static io.ocpp4j.core.Direction.TO_CSMS;
import static io.ocpp4j.core.Direction.TO_STATION;
import static io.ocpp4j.v16.security.SecurityFeatures.CERTIFICATE_MANAGEMENT;
import static io.ocpp4j.v16.security.SecurityFeatures.EXTENDED_TRIGGER;
import static io.ocpp4j.v16.security.SecurityFeatures.LOGGING;
import static io.ocpp4j.v16.security.SecurityFeatures.SECURE_FIRMWARE_UPDATE;
import static io.ocpp4j.v16.security.SecurityFeatures.SECURITY;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.Direction;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateSignedResponse;
import io.ocpp4j.v16.security.model.DeleteCertificateRequest;
import io.ocpp4j.v16.security.model.DeleteCertificateResponse;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageResponse;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v16.security.model.GetLogRequest;
import io.ocpp4j.v16.security.model.GetLogResponse;
import io.ocpp4j.v16.security.model.InstallCertificateRequest;
import io.ocpp4j.v16.security.model.InstallCertificateResponse;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.LogStatusNotificationResponse;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SecurityEventNotificationResponse;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationResponse;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareRequest;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareResponse;
import java.util.List;

/**
 * The 11 actions of the OCPP 1.6 Security Whitepaper (edition 2), one constant each, grouped as in
 * {@link SecurityFeatures}. They travel on the {@code ocpp1.6} subprotocol next to the 28 actions of
 * {@link io.ocpp4j.v16.Actions16} (see {@link Ocpp16Security#VERSION}). Each binds the action's request
 * and response to the generated models of {@code io.ocpp4j.v16.security.model} and to our schemas
 * {@code schemas/v16security/<Action>Request.json} and {@code <Action>Response.json}.
 */
public final class SecurityActions16 {

    // Security: the station's certificate and security events
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

    // Certificate management
    /** DeleteCertificate, sent by the CSMS. */
    public static final Action<DeleteCertificateRequest, DeleteCertificateResponse> DELETE_CERTIFICATE =
            action("DeleteCertificate", DeleteCertificateRequest.class, DeleteCertificateResponse.class,
                    TO_STATION, CERTIFICATE_MANAGEMENT);
    /** GetInstalledCertificateIds, sent by the CSMS. */
    public static final Action<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>
            GET_INSTALLED_CERTIFICATE_IDS = action("GetInstalledCertificateIds",
                    GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsResponse.class,
                    TO_STATION, CERTIFICATE_MANAGEMENT);
    /** InstallCertificate, sent by the CSMS. */
    public static final Action<InstallCertificateRequest, InstallCertificateResponse> INSTALL_CERTIFICATE =
            action("InstallCertificate", InstallCertificateRequest.class, InstallCertificateResponse.class,
                    TO_STATION, CERTIFICATE_MANAGEMENT);

    // Secure firmware update
    /** SignedFirmwareStatusNotification, sent by the station. */
    public static final Action<SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse>
            SIGNED_FIRMWARE_STATUS_NOTIFICATION = action("SignedFirmwareStatusNotification",
                    SignedFirmwareStatusNotificationRequest.class, SignedFirmwareStatusNotificationResponse.class,
                    TO_CSMS, SECURE_FIRMWARE_UPDATE);
    /** SignedUpdateFirmware, sent by the CSMS. */
    public static final Action<SignedUpdateFirmwareRequest, SignedUpdateFirmwareResponse> SIGNED_UPDATE_FIRMWARE =
            action("SignedUpdateFirmware", SignedUpdateFirmwareRequest.class, SignedUpdateFirmwareResponse.class,
                    TO_STATION, SECURE_FIRMWARE_UPDATE);

    // Logging
    /** GetLog, sent by the CSMS. */
    public static final Action<GetLogRequest, GetLogResponse> GET_LOG = action("GetLog", GetLogRequest.class,
            GetLogResponse.class, TO_STATION, LOGGING);
    /** LogStatusNotification, sent by the station. */
    public static final Action<LogStatusNotificationRequest, LogStatusNotificationResponse>
            LOG_STATUS_NOTIFICATION = action("LogStatusNotification", LogStatusNotificationRequest.class,
                    LogStatusNotificationResponse.class, TO_CSMS, LOGGING);

    // Extended trigger
    /** ExtendedTriggerMessage, sent by the CSMS. */
    public static final Action<ExtendedTriggerMessageRequest, ExtendedTriggerMessageResponse>
            EXTENDED_TRIGGER_MESSAGE = action("ExtendedTriggerMessage", ExtendedTriggerMessageRequest.class,
                    ExtendedTriggerMessageResponse.class, TO_STATION, EXTENDED_TRIGGER);

    /** All 11 actions, grouped as above. */
    public static final List<Action<?, ?>> ALL = List.of(
            CERTIFICATE_SIGNED, SECURITY_EVENT_NOTIFICATION, SIGN_CERTIFICATE,
            DELETE_CERTIFICATE, GET_INSTALLED_CERTIFICATE_IDS, INSTALL_CERTIFICATE,
            SIGNED_FIRMWARE_STATUS_NOTIFICATION, SIGNED_UPDATE_FIRMWARE,
            GET_LOG, LOG_STATUS_NOTIFICATION,
            EXTENDED_TRIGGER_MESSAGE);

    private SecurityActions16() {
    }

    private static <Q, R> Action<Q, R> action(String name, Class<Q> request, Class<R> response,
                                              Direction direction, String feature) {
        return new Action<>(name, request, response, schema(name + "Request"), schema(name + "Response"),
                direction, feature);
    }

    private static String schema(String message) {
        return "schemas/v16security/" + message + ".json";
    }
}

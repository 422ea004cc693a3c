package io.ocpp4j.v16.security.station;

import io.ocpp4j.core.CurrentSession;
import io.ocpp4j.core.RemoteCsms;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.LogStatusNotificationResponse;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SecurityEventNotificationResponse;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationResponse;
import io.ocpp4j.v16.station.Station16;
import java.util.concurrent.CompletionStage;

/**
 * The station's typed view of its Central System for the four station-to-CSMS actions of the 1.6
 * Security Whitepaper, next to {@link io.ocpp4j.v16.station.CentralSystem} for the 1.6 actions. It
 * shares the station's link, so it stays valid across reconnects; while the station is offline, calls
 * fail at once with {@link io.ocpp4j.core.ConnectionClosedException}. The station must speak
 * {@link io.ocpp4j.v16.security.Ocpp16Security#VERSION}.
 */
public final class SecureCentralSystem extends RemoteCsms {

    private SecureCentralSystem(CurrentSession link) {
        super(link);
    }

    /**
     * @param station a 1.6 station built with {@code .version(Ocpp16Security.VERSION)}
     * @return the extension's view of its Central System
     */
    public static SecureCentralSystem of(Station16 station) {
        return new SecureCentralSystem(station.link());
    }

    /**
     * Sends {@code SecurityEventNotification} (Security group). Critical events must reach the CSMS
     * even across connection losses: the secure station runtime queues them durably instead of
     * calling this directly.
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SecurityEventNotificationResponse> securityEventNotification(
            SecurityEventNotificationRequest request) {
        return call(SecurityActions16.SECURITY_EVENT_NOTIFICATION, request);
    }

    /**
     * Sends {@code SignCertificate} (Security group).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SignCertificateResponse> signCertificate(SignCertificateRequest request) {
        return call(SecurityActions16.SIGN_CERTIFICATE, request);
    }

    /**
     * Sends {@code SignedFirmwareStatusNotification} (SecureFirmwareUpdate group).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<SignedFirmwareStatusNotificationResponse> signedFirmwareStatusNotification(
            SignedFirmwareStatusNotificationRequest request) {
        return call(SecurityActions16.SIGNED_FIRMWARE_STATUS_NOTIFICATION, request);
    }

    /**
     * Sends {@code LogStatusNotification} (Logging group).
     *
     * @param request the request
     * @return the response; fails as {@link io.ocpp4j.core.RpcSession#call} describes
     */
    public CompletionStage<LogStatusNotificationResponse> logStatusNotification(LogStatusNotificationRequest request) {
        return call(SecurityActions16.LOG_STATUS_NOTIFICATION, request);
    }
}

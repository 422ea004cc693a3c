package io.ocpp4j.v16.security.csms;

import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;

/**
 * Hears what stations report through the Security Whitepaper, after {@link StandardSecurityHandler}
 * (and {@link CertificateSigning}) have logged and answered it. Called on the runtime's handler
 * executor: return quickly, never block. Exceptions are logged and otherwise ignored; the station's
 * call is answered regardless.
 */
public interface SecurityListener {

    /**
     * A station reported a security event.
     *
     * @param event the event
     */
    default void securityEvent(SecurityEvent event) {
    }

    /**
     * A station reported the progress of a signed firmware update.
     *
     * @param stationIdentity the station
     * @param notification its notification (status, request id)
     */
    default void signedFirmwareStatus(String stationIdentity, SignedFirmwareStatusNotificationRequest notification) {
    }

    /**
     * A station reported the progress of a log upload.
     *
     * @param stationIdentity the station
     * @param notification its notification (status, request id)
     */
    default void logStatus(String stationIdentity, LogStatusNotificationRequest notification) {
    }

    /**
     * A station's certificate signing ended.
     *
     * @param outcome how it ended
     */
    default void certificateSigning(CertificateSigningOutcome outcome) {
    }
}

package io.ocpp4j.v16.security;

import java.util.Optional;

/**
 * The security events the 1.6 Security Whitepaper (edition 2) names, as {@code SecurityEventNotification}
 * carries them in {@code type}. The field is free text (a station may report events of its own); the
 * whitepaper marks some events critical: a station sends those to the CSMS, and keeps all of them in its
 * security log. A station also sends the events whose use case requires the notification although the list
 * does not mark them critical (invalid firmware signature or signing certificate, L01.FR.02/03; invalid
 * Charge Point certificate, A02; invalid Central System certificate, TLS version or cipher suite, A00 —
 * OCTT TC_077/TC_078 wait for them): see {@link #isNotified()}.
 */
public enum SecurityEventType {

    /** The station's firmware was updated. Critical. */
    FIRMWARE_UPDATED("FirmwareUpdated", true),
    /** The Central System refused the credentials the station presented. */
    FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM("FailedToAuthenticateAtCentralSystem", false),
    /** The station refused the credentials the Central System presented. */
    CENTRAL_SYSTEM_FAILED_TO_AUTHENTICATE("CentralSystemFailedToAuthenticate", false),
    /** The station's clock was set. Critical. */
    SETTING_SYSTEM_TIME("SettingSystemTime", true),
    /** The station started up. Critical. */
    STARTUP_OF_THE_DEVICE("StartupOfTheDevice", true),
    /** The station was reset or rebooted. Critical. */
    RESET_OR_REBOOT("ResetOrReboot", true),
    /** The security log was cleared. Critical. */
    SECURITY_LOG_WAS_CLEARED("SecurityLogWasCleared", true),
    /** Security parameters (keys, security profile) were changed. */
    RECONFIGURATION_OF_SECURITY_PARAMETERS("ReconfigurationOfSecurityParameters", false),
    /** The station is running out of memory or storage. Critical. */
    MEMORY_EXHAUSTION("MemoryExhaustion", true),
    /** The station received messages that are not valid OCPP. */
    INVALID_MESSAGES("InvalidMessages", false),
    /** The station received a replayed message. */
    ATTEMPTED_REPLAY_ATTACKS("AttemptedReplayAttacks", false),
    /** The station's tamper detection was triggered. Critical. */
    TAMPER_DETECTION_ACTIVATED("TamperDetectionActivated", true),
    /** A firmware image's signature did not verify. */
    INVALID_FIRMWARE_SIGNATURE("InvalidFirmwareSignature", false),
    /** The certificate that signed a firmware image is not valid. */
    INVALID_FIRMWARE_SIGNING_CERTIFICATE("InvalidFirmwareSigningCertificate", false),
    /** The Central System's certificate is not valid or could not be verified. */
    INVALID_CENTRAL_SYSTEM_CERTIFICATE("InvalidCentralSystemCertificate", false),
    /** The certificate the station received in CertificateSigned is not valid. */
    INVALID_CHARGE_POINT_CERTIFICATE("InvalidChargePointCertificate", false),
    /** The Central System offered a TLS version below 1.2. */
    INVALID_TLS_VERSION("InvalidTLSVersion", false),
    /** The Central System offered only cipher suites the whitepaper does not allow. */
    INVALID_TLS_CIPHER_SUITE("InvalidTLSCipherSuite", false);

    private final String value;
    private final boolean critical;

    SecurityEventType(String value, boolean critical) {
        this.value = value;
        this.critical = critical;
    }

    /** @return the name on the wire, e.g. {@code FirmwareUpdated} */
    public String value() {
        return value;
    }

    /** @return whether the whitepaper marks the event critical (sent to the CSMS, not only logged) */
    public boolean isCritical() {
        return critical;
    }

    /**
     * @return whether a station sends the event to the CSMS with SecurityEventNotification (critical
     *         events and those whose use case requires the notification), not only logs it
     */
    public boolean isNotified() {
        return critical || switch (this) {
            case INVALID_FIRMWARE_SIGNATURE, INVALID_FIRMWARE_SIGNING_CERTIFICATE, INVALID_CENTRAL_SYSTEM_CERTIFICATE,
                    INVALID_CHARGE_POINT_CERTIFICATE, INVALID_TLS_VERSION, INVALID_TLS_CIPHER_SUITE -> true;
            default -> false;
        };
    }

    /**
     * The event type of a wire name: exact match, and the "…Authentication…" variants of the two
     * authentication events that some stations send.
     *
     * @param value the {@code type} of a SecurityEventNotification
     * @return the event type, or empty for a name the whitepaper does not define
     */
    public static Optional<SecurityEventType> fromValue(String value) {
        for (SecurityEventType type : values()) {
            if (type.value.equals(value)) {
                return Optional.of(type);
            }
        }
        // Spellings some stations send for the two authentication events (read, never written).
        if ("FailedToAuthenticationAtCentralSystem".equals(value)) {
            return Optional.of(FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM);
        }
        if ("CentralSystemFailedToAuthentication".equals(value)) {
            return Optional.of(CENTRAL_SYSTEM_FAILED_TO_AUTHENTICATE);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

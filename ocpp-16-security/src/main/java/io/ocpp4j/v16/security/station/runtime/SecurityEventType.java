package io.ocpp4j.v16.security.station.runtime;

/**
 * The security events of the 1.6 Security Whitepaper (section 8), with their wire names and whether
 * they are critical. Every event goes to the station's security log. Critical ones are also sent to
 * the Central System with SecurityEventNotification, delivered reliably; so are the events whose use
 * case requires the notification although the list does not mark them critical (invalid firmware
 * signature or signing certificate, L01.FR.02/03; invalid Charge Point certificate, A02; invalid Central
 * System certificate, TLS version or cipher suite, A00 — OCTT TC_077/TC_078 wait for them), see
 * {@link #notified()}.
 */
public enum SecurityEventType {
    /** The firmware was updated. Critical. */
    FIRMWARE_UPDATED("FirmwareUpdated", true, true),
    /** The Central System refused the station's credentials. */
    FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM("FailedToAuthenticationAtCentralSystem", false, false),
    /** The station refused the Central System's credentials. */
    CENTRAL_SYSTEM_FAILED_TO_AUTHENTICATE("CentralSystemFailedToAuthentication", false, false),
    /** The system time was changed. Critical. */
    SETTING_SYSTEM_TIME("SettingSystemTime", true, true),
    /** The station booted. Critical. */
    STARTUP_OF_THE_DEVICE("StartupOfTheDevice", true, true),
    /** The station was reset or rebooted. Critical. */
    RESET_OR_REBOOT("ResetOrReboot", true, true),
    /** The security log was cleared. Critical. */
    SECURITY_LOG_WAS_CLEARED("SecurityLogWasCleared", true, true),
    /** Security parameters (keys, the security profile) were changed. */
    RECONFIGURATION_OF_SECURITY_PARAMETERS("ReconfigurationOfSecurityParameters", false, false),
    /** Flash or RAM is getting full. Critical. */
    MEMORY_EXHAUSTION("MemoryExhaustion", true, true),
    /** Messages that are not valid OCPP were received. */
    INVALID_MESSAGES("InvalidMessages", false, false),
    /** A replayed message was received. */
    ATTEMPTED_REPLAY_ATTACKS("AttemptedReplayAttacks", false, false),
    /** The physical tamper detection was triggered. Critical. */
    TAMPER_DETECTION_ACTIVATED("TamperDetectionActivated", true, true),
    /** A firmware signature did not verify. Sent (L01.FR.03). */
    INVALID_FIRMWARE_SIGNATURE("InvalidFirmwareSignature", false, true),
    /** A firmware signing certificate did not verify. Sent (L01.FR.02). */
    INVALID_FIRMWARE_SIGNING_CERTIFICATE("InvalidFirmwareSigningCertificate", false, true),
    /** The Central System's certificate was invalid or could not be verified. */
    INVALID_CENTRAL_SYSTEM_CERTIFICATE("InvalidCentralSystemCertificate", false, true),
    /** The certificate sent in CertificateSigned was not valid. */
    INVALID_CHARGE_POINT_CERTIFICATE("InvalidChargePointCertificate", false, true),
    /** The Central System offered a TLS version below 1.2. */
    INVALID_TLS_VERSION("InvalidTLSVersion", false, true),
    /** The Central System offered only cipher suites the specification does not allow. */
    INVALID_TLS_CIPHER_SUITE("InvalidTLSCipherSuite", false, true);

    private final String wireName;
    private final boolean critical;
    private final boolean notified;

    SecurityEventType(String wireName, boolean critical, boolean notified) {
        this.wireName = wireName;
        this.critical = critical;
        this.notified = notified;
    }

    /** @return the name SecurityEventNotification's {@code type} carries */
    public String wireName() {
        return wireName;
    }

    /** @return whether the whitepaper's list marks the event critical */
    public boolean critical() {
        return critical;
    }

    /** @return whether the event is sent to the Central System: critical, or required by its use case */
    public boolean notified() {
        return notified;
    }
}

package io.ocpp4j.v16.security.station.runtime;

/**
 * The security events of the 1.6 Security Whitepaper (section 8), with their wire names and whether
 * they are critical. Every event goes to the station's security log; critical ones are also sent to
 * the Central System with SecurityEventNotification, delivered reliably.
 */
public enum SecurityEventType {
    /** The firmware was updated. Critical. */
    FIRMWARE_UPDATED("FirmwareUpdated", true),
    /** The Central System refused the station's credentials. */
    FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM("FailedToAuthenticationAtCentralSystem", false),
    /** The station refused the Central System's credentials. */
    CENTRAL_SYSTEM_FAILED_TO_AUTHENTICATE("CentralSystemFailedToAuthentication", false),
    /** The system time was changed. Critical. */
    SETTING_SYSTEM_TIME("SettingSystemTime", true),
    /** The station booted. Critical. */
    STARTUP_OF_THE_DEVICE("StartupOfTheDevice", true),
    /** The station was reset or rebooted. Critical. */
    RESET_OR_REBOOT("ResetOrReboot", true),
    /** The security log was cleared. Critical. */
    SECURITY_LOG_WAS_CLEARED("SecurityLogWasCleared", true),
    /** Security parameters (keys, the security profile) were changed. */
    RECONFIGURATION_OF_SECURITY_PARAMETERS("ReconfigurationOfSecurityParameters", false),
    /** Flash or RAM is getting full. Critical. */
    MEMORY_EXHAUSTION("MemoryExhaustion", true),
    /** Messages that are not valid OCPP were received. */
    INVALID_MESSAGES("InvalidMessages", false),
    /** A replayed message was received. */
    ATTEMPTED_REPLAY_ATTACKS("AttemptedReplayAttacks", false),
    /** The physical tamper detection was triggered. Critical. */
    TAMPER_DETECTION_ACTIVATED("TamperDetectionActivated", true),
    /** A firmware signature did not verify. */
    INVALID_FIRMWARE_SIGNATURE("InvalidFirmwareSignature", false),
    /** A firmware signing certificate did not verify. */
    INVALID_FIRMWARE_SIGNING_CERTIFICATE("InvalidFirmwareSigningCertificate", false),
    /** The Central System's certificate was invalid or could not be verified. */
    INVALID_CENTRAL_SYSTEM_CERTIFICATE("InvalidCentralSystemCertificate", false),
    /** The certificate sent in CertificateSigned was not valid. */
    INVALID_CHARGE_POINT_CERTIFICATE("InvalidChargePointCertificate", false),
    /** The Central System offered a TLS version below 1.2. */
    INVALID_TLS_VERSION("InvalidTLSVersion", false),
    /** The Central System offered only cipher suites the specification does not allow. */
    INVALID_TLS_CIPHER_SUITE("InvalidTLSCipherSuite", false);

    private final String wireName;
    private final boolean critical;

    SecurityEventType(String wireName, boolean critical) {
        this.wireName = wireName;
        this.critical = critical;
    }

    /** @return the name SecurityEventNotification's {@code type} carries */
    public String wireName() {
        return wireName;
    }

    /** @return whether the event is pushed to the Central System */
    public boolean critical() {
        return critical;
    }
}

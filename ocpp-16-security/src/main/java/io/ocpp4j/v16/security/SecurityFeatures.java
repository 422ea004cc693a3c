package io.ocpp4j.v16.security;

/**
 * The groups of the 1.6 Security Whitepaper (edition 2) messages, as {@link io.ocpp4j.core.Action#feature()}
 * reports them for the actions of {@link SecurityActions16}, after the OCPP 2.0.1 functional blocks
 * the whitepaper takes its use cases from (A security, M certificate management, L firmware, N
 * diagnostics). The names differ from the 1.6 feature profiles of {@link io.ocpp4j.v16.FeatureProfiles},
 * so that handlers grouped by feature never mix the extension into a core 1.6 profile.
 */
public final class SecurityFeatures {

    /** The station's own certificate (SignCertificate, CertificateSigned) and security events. */
    public static final String SECURITY = "Security";
    /** Installing, deleting and listing CA certificates on the station. */
    public static final String CERTIFICATE_MANAGEMENT = "CertificateManagement";
    /** Signed firmware updates and their status. */
    public static final String SECURE_FIRMWARE_UPDATE = "SecureFirmwareUpdate";
    /** Uploading diagnostics and security logs. */
    public static final String LOGGING = "Logging";
    /** The CSMS asking the station to send a message now, including the extension's messages. */
    public static final String EXTENDED_TRIGGER = "ExtendedTrigger";

    private SecurityFeatures() {
    }
}

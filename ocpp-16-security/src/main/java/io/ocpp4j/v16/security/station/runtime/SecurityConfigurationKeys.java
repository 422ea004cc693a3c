package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.station.runtime.ConfigurationKey;
import io.ocpp4j.v16.station.runtime.ConfigurationKey.Type;
import java.util.List;

/**
 * The configuration keys of the 1.6 Security Whitepaper, which {@link SecureStationRuntime} adds to the
 * station runtime's. Their values are set like any other key: by the CSMS with ChangeConfiguration
 * (where the key is read-write) or by the firmware with {@code StationRuntime.Builder.configure}.
 */
public final class SecurityConfigurationKeys {

    /** Read-only boolean: only one CentralSystemRootCertificate (plus a fallback) may be installed. */
    public static final String ADDITIONAL_ROOT_CERTIFICATE_CHECK = "AdditionalRootCertificateCheck";
    /**
     * Write-only text: the HTTP Basic password of security profiles 1 and 2, 16 to 40 printable
     * characters. GetConfiguration reports the key without its value.
     */
    public static final String AUTHORIZATION_KEY = "AuthorizationKey";
    /** Read-only integer: the longest {@code certificateChain} CertificateSigned may carry (at most 10,000). */
    public static final String CERTIFICATE_SIGNED_MAX_CHAIN_SIZE = "CertificateSignedMaxChainSize";
    /** Read-only integer: the most CA certificates (both kinds together) the station keeps. */
    public static final String CERTIFICATE_STORE_MAX_LENGTH = "CertificateStoreMaxLength";
    /** Read-write text: the organization (O) put in the station certificate's CSR. */
    public static final String CPO_NAME = "CpoName";
    /** Read-write integer 0 to 3: the security profile in use; it can only be raised. */
    public static final String SECURITY_PROFILE = "SecurityProfile";

    private SecurityConfigurationKeys() {
    }

    /** @return the definitions, in report order */
    static List<ConfigurationKey> definitions() {
        return List.of(
                ConfigurationKey.builder(ADDITIONAL_ROOT_CERTIFICATE_CHECK, Type.BOOLEAN).readOnly(true).build(),
                // empty = not set; the guard refuses setting it to empty
                ConfigurationKey.builder(AUTHORIZATION_KEY, Type.STRING).writeOnly(true)
                        .pattern("([\\x21-\\x7E]{16,40})?").build(),
                ConfigurationKey.builder(CERTIFICATE_SIGNED_MAX_CHAIN_SIZE, Type.INTEGER).readOnly(true)
                        .range(1, 10_000).defaultValue("10000").build(),
                ConfigurationKey.builder(CERTIFICATE_STORE_MAX_LENGTH, Type.INTEGER).readOnly(true)
                        .range(1, 1_000).defaultValue("20").build(),
                ConfigurationKey.builder(CPO_NAME, Type.STRING).pattern(".{0,64}").build(),
                ConfigurationKey.builder(SECURITY_PROFILE, Type.INTEGER).range(0, 3).defaultValue("0").build());
    }
}

package io.ocpp4j.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * The TLS cipher suites OCPP requires (OCPP 2.0.1 Part 2, security section A00; OCPP 1.6
 * Security Whitepaper).
 *
 * <p>The two {@code TLS_RSA_*} suites are "legacy": they lack forward secrecy, but many certified
 * 1.6 stations only offer them. JDK 24 and newer disable them by default
 * ({@code jdk.tls.disabledAlgorithms}); this module's TLS runs on Bouncy Castle's JSSE provider,
 * which keeps them available when a {@link TlsConfig} enables them, on any JDK, without editing
 * {@code java.security}.
 */
public final class CipherSuites {

    /** ECDHE with an ECDSA certificate, AES-128-GCM (required). */
    public static final String TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";
    /** ECDHE with an ECDSA certificate, AES-256-GCM (required). */
    public static final String TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 = "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384";
    /** RSA key exchange, AES-128-GCM (legacy, needs an RSA server certificate). */
    public static final String TLS_RSA_WITH_AES_128_GCM_SHA256 = "TLS_RSA_WITH_AES_128_GCM_SHA256";
    /** RSA key exchange, AES-256-GCM (legacy, needs an RSA server certificate). */
    public static final String TLS_RSA_WITH_AES_256_GCM_SHA384 = "TLS_RSA_WITH_AES_256_GCM_SHA384";
    /** TLS 1.3, AES-128-GCM. */
    public static final String TLS_AES_128_GCM_SHA256 = "TLS_AES_128_GCM_SHA256";
    /** TLS 1.3, AES-256-GCM. */
    public static final String TLS_AES_256_GCM_SHA384 = "TLS_AES_256_GCM_SHA384";

    /** The TLS 1.2 suites OCPP requires with an EC certificate. */
    public static final List<String> MODERN = List.of(
            TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256);
    /** The legacy TLS 1.2 suites with RSA key exchange. */
    public static final List<String> LEGACY_RSA = List.of(
            TLS_RSA_WITH_AES_256_GCM_SHA384, TLS_RSA_WITH_AES_128_GCM_SHA256);
    /** The TLS 1.3 suites enabled when TLS 1.3 is. */
    public static final List<String> TLS13 = List.of(TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256);

    private CipherSuites() {
    }

    /**
     * The default suite list for a set of protocols, in preference order.
     *
     * @param protocols the enabled protocols ({@code TLSv1.3}, {@code TLSv1.2})
     * @param legacyRsa whether to add {@link #LEGACY_RSA}
     * @return the suites
     */
    static List<String> defaults(List<String> protocols, boolean legacyRsa) {
        List<String> suites = new ArrayList<>();
        if (protocols.contains("TLSv1.3")) {
            suites.addAll(TLS13);
        }
        if (protocols.contains("TLSv1.2")) {
            suites.addAll(MODERN);
            if (legacyRsa) {
                suites.addAll(LEGACY_RSA);
            }
        }
        return List.copyOf(suites);
    }
}

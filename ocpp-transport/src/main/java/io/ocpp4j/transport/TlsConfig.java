package io.ocpp4j.transport;

import io.ocpp4j.transport.pki.CertifiedKey;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;

/**
 * TLS settings of a server or client (security profiles 2 and 3). Immutable; build with
 * {@link #builder()}.
 *
 * <p>TLS runs on Bouncy Castle's JSSE provider, obtained explicitly (never installed globally), so the
 * same settings work on JDK 17 and on JDK 24+ where the JDK's own provider refuses the legacy
 * {@code TLS_RSA_*} suites.
 *
 * <pre>{@code
 * // CSMS, profile 2 or 3: an EC key for the ECDSA suites, an RSA key for the legacy suites
 * TlsConfig csmsTls = TlsConfig.builder()
 *         .keyMaterial(ecServerKey, rsaServerKey)
 *         .trustAnchors(stationRootCa)          // profile 3: who may sign station certificates
 *         .legacyRsaCipherSuites(true)
 *         .build();
 * // station, profile 3
 * TlsConfig stationTls = TlsConfig.builder()
 *         .keyMaterial(stationKey)
 *         .trustAnchors(csmsRootCa)
 *         .build();
 * }</pre>
 *
 * @param keyManagers what this side presents (a CSMS always, a station in profile 3); may be empty
 * @param trustManagers how this side checks the peer's chain; empty means the platform's default
 *     trust store
 * @param protocols enabled protocol versions, only {@code TLSv1.3} and {@code TLSv1.2}
 * @param cipherSuites enabled cipher suites in preference order
 * @param hostnameVerification whether a client checks that the server certificate matches the host
 *     of the URL (on by default)
 */
public record TlsConfig(List<KeyManager> keyManagers, List<TrustManager> trustManagers,
                        List<String> protocols, List<String> cipherSuites, boolean hostnameVerification) {

    private static final Set<String> ALLOWED_PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");

    /** Checks the settings and copies the lists. */
    public TlsConfig {
        keyManagers = List.copyOf(keyManagers);
        trustManagers = List.copyOf(trustManagers);
        protocols = List.copyOf(protocols);
        cipherSuites = List.copyOf(cipherSuites);
        if (protocols.isEmpty()) {
            throw new IllegalArgumentException("enable at least one TLS protocol version");
        }
        for (String protocol : protocols) {
            if (!ALLOWED_PROTOCOLS.contains(protocol)) {
                throw new IllegalArgumentException("OCPP allows only TLSv1.2 and TLSv1.3, not " + protocol);
            }
        }
        if (cipherSuites.isEmpty()) {
            throw new IllegalArgumentException("enable at least one cipher suite");
        }
    }

    /**
     * Starts a configuration with TLS 1.3 and 1.2, the OCPP ECDSA suites (and TLS 1.3's AES-GCM
     * suites), hostname verification on, and no key or trust material.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether this side has a certificate to present.
     *
     * @return {@code true} if key managers are configured
     */
    public boolean hasKeyMaterial() {
        return !keyManagers.isEmpty();
    }

    /** Creates a fresh SSL context on the Bouncy Castle JSSE provider. */
    SSLContext newSslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS", TlsProviders.JSSE);
            context.init(keyManagers.isEmpty() ? null : keyManagers.toArray(KeyManager[]::new),
                    trustManagers.isEmpty() ? null : trustManagers.toArray(TrustManager[]::new),
                    new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new TransportException("cannot create the TLS context", e);
        }
    }

    /** The parameters of a server engine. */
    SSLParameters serverParameters(SSLContext context, boolean needClientAuth) {
        SSLParameters parameters = restrict(context.getDefaultSSLParameters());
        parameters.setUseCipherSuitesOrder(true);
        if (needClientAuth) {
            parameters.setNeedClientAuth(true);
        } else {
            parameters.setWantClientAuth(false);
        }
        return parameters;
    }

    /** Applies the client's settings to the parameters of a client socket. */
    void applyClientParameters(SSLParameters parameters) {
        restrict(parameters);
        parameters.setEndpointIdentificationAlgorithm(hostnameVerification ? "HTTPS" : null);
    }

    private SSLParameters restrict(SSLParameters parameters) {
        parameters.setProtocols(protocols.toArray(String[]::new));
        parameters.setCipherSuites(cipherSuites.toArray(String[]::new));
        return parameters;
    }

    /** Builds a {@link TlsConfig}. */
    public static final class Builder {
        private final List<KeyManager> keyManagers = new ArrayList<>();
        private final List<TrustManager> trustManagers = new ArrayList<>();
        private final List<CertifiedKey> keys = new ArrayList<>();
        private final List<X509Certificate> anchors = new ArrayList<>();
        private List<String> protocols = List.of("TLSv1.3", "TLSv1.2");
        private List<String> cipherSuites;
        private boolean legacyRsa;
        private boolean hostnameVerification = true;

        private Builder() {
        }

        /**
         * Adds keys with certificate chains to present (the CSMS's server certificates; a station's
         * client certificate in profile 3).
         *
         * @param certifiedKeys keys with their chains
         * @return this builder
         */
        public Builder keyMaterial(CertifiedKey... certifiedKeys) {
            keys.addAll(Arrays.asList(certifiedKeys));
            return this;
        }

        /**
         * Adds trusted CA certificates: for a station, the CSMS's root; for a CSMS in profile 3, the
         * CAs that issue station certificates.
         *
         * @param certificates the trust anchors
         * @return this builder
         */
        public Builder trustAnchors(X509Certificate... certificates) {
            anchors.addAll(Arrays.asList(certificates));
            return this;
        }

        /**
         * Adds key managers of the caller's own (e.g. from a hardware-backed key store) instead of
         * or besides {@link #keyMaterial}.
         *
         * @param managers the key managers
         * @return this builder
         */
        public Builder keyManagers(KeyManager... managers) {
            keyManagers.addAll(Arrays.asList(managers));
            return this;
        }

        /**
         * Adds trust managers of the caller's own instead of {@link #trustAnchors}.
         *
         * @param managers the trust managers
         * @return this builder
         */
        public Builder trustManagers(TrustManager... managers) {
            trustManagers.addAll(Arrays.asList(managers));
            return this;
        }

        /**
         * Sets the protocol versions; {@code TLSv1.2} and {@code TLSv1.3} only.
         *
         * @param versions the versions
         * @return this builder
         */
        public Builder protocols(String... versions) {
            this.protocols = List.of(versions);
            return this;
        }

        /**
         * Also enables {@link CipherSuites#LEGACY_RSA} (needs an RSA key on a server). Off by
         * default; ignored when {@link #cipherSuites} is set.
         *
         * @param enabled whether to enable them
         * @return this builder
         */
        public Builder legacyRsaCipherSuites(boolean enabled) {
            this.legacyRsa = enabled;
            return this;
        }

        /**
         * Sets the exact cipher suites, in preference order, instead of the defaults.
         *
         * @param suites the suites
         * @return this builder
         */
        public Builder cipherSuites(String... suites) {
            this.cipherSuites = List.of(suites);
            return this;
        }

        /**
         * Turns the client's check of the server certificate against the URL host on or off. Leave it
         * on outside tests.
         *
         * @param enabled whether to verify
         * @return this builder
         */
        public Builder hostnameVerification(boolean enabled) {
            this.hostnameVerification = enabled;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException if a setting is not allowed
         */
        public TlsConfig build() {
            List<KeyManager> allKeyManagers = new ArrayList<>(keyManagers);
            if (!keys.isEmpty()) {
                allKeyManagers.addAll(Arrays.asList(TlsMaterial.keyManagers(keys)));
            }
            List<TrustManager> allTrustManagers = new ArrayList<>(trustManagers);
            if (!anchors.isEmpty()) {
                allTrustManagers.addAll(Arrays.asList(TlsMaterial.trustManagers(anchors)));
            }
            List<String> suites = cipherSuites != null ? cipherSuites : CipherSuites.defaults(protocols, legacyRsa);
            return new TlsConfig(allKeyManagers, allTrustManagers, protocols, suites, hostnameVerification);
        }
    }

    @Override
    public String toString() {
        return "TlsConfig[protocols=" + protocols + ", cipherSuites=" + cipherSuites
                + ", keyMaterial=" + hasKeyMaterial() + ", hostnameVerification=" + hostnameVerification + "]";
    }
}

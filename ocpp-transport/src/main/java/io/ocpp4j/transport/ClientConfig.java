package io.ocpp4j.transport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The settings of a station's connection to its CSMS. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder()
 *         .csmsUrl(URI.create("wss://csms.example.com/ocpp"))
 *         .stationIdentity("CS-0001")
 *         .subprotocols("ocpp2.0.1")
 *         .securityProfile(SecurityProfile.TLS_BASIC_AUTH)
 *         .password("0123456789abcdef")
 *         .tls(TlsConfig.builder().trustAnchors(csmsRoot).build())
 *         .build();
 * }</pre>
 *
 * @param csmsUrl the CSMS endpoint without the identity, e.g. {@code wss://csms.example.com/ocpp};
 *     its scheme must match the profile
 * @param stationIdentity this station's identity, appended to the URL as one percent-encoded segment
 * @param subprotocols the subprotocols offered, most preferred first
 * @param securityProfile the security profile
 * @param credentials Basic credentials (user name = identity), required in profiles 1 and 2, absent
 *     in profile 3
 * @param tls TLS settings, required in profiles 2 and 3 (with the station certificate in 3)
 * @param connectTimeout time allowed for the TCP connection
 * @param handshakeTimeout time allowed from the start of the attempt to an open WebSocket
 * @param maxFrameSize the largest frame payload accepted from the CSMS, in bytes
 * @param connectionSettings per-connection limits and keep-alive
 * @param scheduler the timer thread pool to use; empty means the client creates (and stops) its own
 * @param unsecured "security profile 0": {@code ws://} without credentials, so no {@code Authorization}
 *     header is sent (see {@link Builder#unsecured()}); only with {@link SecurityProfile#BASIC_AUTH} and no
 *     password. Not an OCPP security profile: for tests and CSMSs that accept anyone, never in production
 */
public record ClientConfig(URI csmsUrl, String stationIdentity, List<String> subprotocols,
                           SecurityProfile securityProfile, Optional<BasicCredentials> credentials,
                           Optional<TlsConfig> tls, Duration connectTimeout, Duration handshakeTimeout,
                           int maxFrameSize, ConnectionSettings connectionSettings,
                           Optional<ScheduledExecutorService> scheduler, boolean unsecured) {

    /** Checks the settings. */
    public ClientConfig {
        Objects.requireNonNull(csmsUrl, "csmsUrl");
        Objects.requireNonNull(stationIdentity, "stationIdentity");
        String problem = StationPath.check(stationIdentity);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        subprotocols = List.copyOf(subprotocols);
        if (subprotocols.isEmpty()) {
            throw new IllegalArgumentException("offer at least one subprotocol, e.g. ocpp1.6");
        }
        Objects.requireNonNull(securityProfile, "securityProfile");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(tls, "tls");
        if (!securityProfile.scheme().equals(csmsUrl.getScheme())) {
            throw new IllegalArgumentException("security profile " + securityProfile.number() + " needs a "
                    + securityProfile.scheme() + ":// URL, not " + csmsUrl.getScheme());
        }
        if (csmsUrl.getHost() == null) {
            throw new IllegalArgumentException("the CSMS URL has no host: " + csmsUrl);
        }
        if (unsecured && (securityProfile != SecurityProfile.BASIC_AUTH || credentials.isPresent())) {
            throw new IllegalArgumentException("an unsecured connection (security profile 0) is ws:// without a "
                    + "password: use security profile 1's URL and drop the password");
        }
        if (securityProfile.usesBasicAuth() && credentials.isEmpty() && !unsecured) {
            throw new IllegalArgumentException("security profile " + securityProfile.number() + " needs a password");
        }
        if (!securityProfile.usesBasicAuth() && credentials.isPresent()) {
            throw new IllegalArgumentException("security profile 3 authenticates with the client certificate only; "
                    + "remove the password");
        }
        if (credentials.isPresent() && !credentials.get().username().equals(stationIdentity)) {
            throw new IllegalArgumentException("the Basic auth user name must be the station identity");
        }
        if (securityProfile.usesTls() && tls.isEmpty()) {
            throw new IllegalArgumentException("security profile " + securityProfile.number() + " needs TLS settings");
        }
        if (securityProfile.usesClientCertificate() && !tls.get().hasKeyMaterial()) {
            throw new IllegalArgumentException("security profile 3 needs the station certificate in the TLS settings");
        }
        if (!securityProfile.usesTls() && tls.isPresent()) {
            throw new IllegalArgumentException("security profile 1 runs without TLS; remove the TLS settings");
        }
        ServerConfig.positive(connectTimeout, "connectTimeout");
        ServerConfig.positive(handshakeTimeout, "handshakeTimeout");
        ServerConfig.positive(maxFrameSize, "maxFrameSize");
        Objects.requireNonNull(connectionSettings, "connectionSettings");
        Objects.requireNonNull(scheduler, "scheduler");
    }

    /**
     * Starts a configuration: 10 s to connect, 30 s for the whole handshake, 1 MiB frames and
     * {@link ConnectionSettings#defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The full endpoint: the CSMS URL with the percent-encoded identity appended.
     *
     * @return the URI the client connects to
     */
    public URI endpointUri() {
        String base = csmsUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/" + StationPath.encodeSegment(stationIdentity));
    }

    @Override
    public String toString() {
        return "ClientConfig[" + endpointUri() + ", " + subprotocols + ", security profile "
                + (unsecured ? 0 : securityProfile.number()) + "]";
    }

    /** Builds a {@link ClientConfig}. */
    public static final class Builder {
        private URI csmsUrl;
        private String stationIdentity;
        private List<String> subprotocols = List.of();
        private SecurityProfile securityProfile;
        private byte[] password;
        private TlsConfig tls;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration handshakeTimeout = Duration.ofSeconds(30);
        private int maxFrameSize = 1 << 20;
        private ConnectionSettings connectionSettings = ConnectionSettings.defaults();
        private ScheduledExecutorService scheduler;
        private boolean unsecured;

        private Builder() {
        }

        /**
         * @param value the CSMS URL without the identity
         * @return this builder
         */
        public Builder csmsUrl(URI value) {
            this.csmsUrl = value;
            return this;
        }

        /**
         * @param value this station's identity
         * @return this builder
         */
        public Builder stationIdentity(String value) {
            this.stationIdentity = value;
            return this;
        }

        /**
         * @param names the subprotocols to offer, most preferred first
         * @return this builder
         */
        public Builder subprotocols(String... names) {
            this.subprotocols = List.of(names);
            return this;
        }

        /**
         * @param value the security profile
         * @return this builder
         */
        public Builder securityProfile(SecurityProfile value) {
            this.securityProfile = value;
            return this;
        }

        /**
         * Sets the Basic auth password as raw bytes (e.g. OCPP 1.6's binary {@code AuthorizationKey}).
         *
         * @param value the password (copied)
         * @return this builder
         */
        public Builder password(byte[] value) {
            this.password = value.clone();
            return this;
        }

        /**
         * Sets the Basic auth password as text, sent as UTF-8.
         *
         * @param value the password
         * @return this builder
         */
        public Builder password(String value) {
            this.password = value.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * @param value TLS settings (profiles 2 and 3)
         * @return this builder
         */
        public Builder tls(TlsConfig value) {
            this.tls = value;
            return this;
        }

        /**
         * @param value time allowed for the TCP connection
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /**
         * @param value time allowed until the WebSocket is open
         * @return this builder
         */
        public Builder handshakeTimeout(Duration value) {
            this.handshakeTimeout = value;
            return this;
        }

        /**
         * @param bytes the largest frame payload accepted
         * @return this builder
         */
        public Builder maxFrameSize(int bytes) {
            this.maxFrameSize = bytes;
            return this;
        }

        /**
         * @param value per-connection limits and keep-alive
         * @return this builder
         */
        public Builder connectionSettings(ConnectionSettings value) {
            this.connectionSettings = value;
            return this;
        }

        /**
         * Connects without credentials ("security profile 0"): plain {@code ws://}, no
         * {@code Authorization} header. OCPP has no such profile (its lowest, 1, requires Basic
         * authentication); this is for testing against a CSMS that accepts any station, never for
         * production. Use it with {@link SecurityProfile#BASIC_AUTH} (for the {@code ws://} scheme) and no
         * password.
         *
         * @return this builder
         */
        public Builder unsecured() {
            this.unsecured = true;
            return this;
        }

        /**
         * @param value a shared timer pool; the client does not shut it down
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = value;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException if a setting is missing or invalid
         */
        public ClientConfig build() {
            if (stationIdentity == null) {
                throw new IllegalArgumentException("set the station identity");
            }
            if (securityProfile == null) {
                throw new IllegalArgumentException("set the security profile");
            }
            Optional<BasicCredentials> credentials = password == null
                    ? Optional.empty()
                    : Optional.of(new BasicCredentials(stationIdentity, password));
            return new ClientConfig(csmsUrl, stationIdentity, subprotocols, securityProfile, credentials,
                    Optional.ofNullable(tls), connectTimeout, handshakeTimeout, maxFrameSize, connectionSettings,
                    Optional.ofNullable(scheduler), unsecured);
        }
    }
}

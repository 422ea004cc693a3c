package io.ocpp4j.transport;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The settings of an {@link OcppWebSocketServer}. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder()
 *         .port(8443)
 *         .pathPrefix("/ocpp")
 *         .subprotocols("ocpp2.0.1", "ocpp1.6")
 *         .securityProfile(SecurityProfile.TLS_BASIC_AUTH)
 *         .tls(tlsConfig)
 *         .authenticator(Authenticators.basicAuth(passwords::get))
 *         .build();
 * }</pre>
 *
 * @param host the address to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port the port to bind; 0 picks a free one
 * @param pathPrefix stations connect to {@code <pathPrefix>/<identity>}; normalized to a leading and
 *     no trailing {@code '/'}; "" is the root
 * @param subprotocols the subprotocols served, most preferred first
 * @param securityProfile the profile every station on this port must use
 * @param tls TLS settings, required for profiles 2 and 3 (with key material)
 * @param authenticator decides on each upgrade request
 * @param unknownStationStatus HTTP status for {@link AuthDecision#UNKNOWN_STATION}: 404 or 401
 * @param duplicatePolicy what to do when a connected identity connects again
 * @param maxFrameSize the largest frame payload accepted, in bytes; larger frames close the
 *     connection with 1009
 * @param maxConnections open connections at most; upgrades beyond get HTTP 503
 * @param maxPendingHandshakes sockets still in their TLS or WebSocket handshake at most; more are
 *     closed on accept
 * @param acceptBacklog the listen backlog of the server socket
 * @param handshakeTimeout how long a socket may take from accept to an open WebSocket
 * @param connectionSettings per-connection limits and keep-alive
 * @param workerThreads threads decoding frames (each connection stays on one)
 * @param scheduler the timer thread pool to use; empty means the server creates (and stops) its own
 */
public record ServerConfig(String host, int port, String pathPrefix, List<String> subprotocols,
                           SecurityProfile securityProfile, Optional<TlsConfig> tls, Authenticator authenticator,
                           int unknownStationStatus, DuplicateConnectionPolicy duplicatePolicy, int maxFrameSize,
                           int maxConnections, int maxPendingHandshakes, int acceptBacklog,
                           Duration handshakeTimeout, ConnectionSettings connectionSettings, int workerThreads,
                           Optional<ScheduledExecutorService> scheduler) {

    /** Checks the settings. */
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        pathPrefix = StationPath.normalizePrefix(Objects.requireNonNull(pathPrefix, "pathPrefix"));
        subprotocols = List.copyOf(subprotocols);
        if (subprotocols.isEmpty()) {
            throw new IllegalArgumentException("serve at least one subprotocol, e.g. ocpp1.6");
        }
        Objects.requireNonNull(securityProfile, "securityProfile");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(authenticator, "authenticator");
        if (securityProfile.usesTls()) {
            if (tls.isEmpty() || !tls.get().hasKeyMaterial()) {
                throw new IllegalArgumentException("security profile " + securityProfile.number()
                        + " needs TLS settings with the server's certificate");
            }
            if (securityProfile.usesClientCertificate() && tls.get().trustManagers().isEmpty()) {
                throw new IllegalArgumentException(
                        "security profile 3 needs trust anchors for the station certificates");
            }
        } else if (tls.isPresent()) {
            throw new IllegalArgumentException("security profile 1 runs without TLS; remove the TLS settings");
        }
        if (unknownStationStatus != 404 && unknownStationStatus != 401) {
            throw new IllegalArgumentException("unknownStationStatus must be 404 or 401");
        }
        Objects.requireNonNull(duplicatePolicy, "duplicatePolicy");
        positive(maxFrameSize, "maxFrameSize");
        positive(maxConnections, "maxConnections");
        positive(maxPendingHandshakes, "maxPendingHandshakes");
        positive(acceptBacklog, "acceptBacklog");
        positive(handshakeTimeout, "handshakeTimeout");
        Objects.requireNonNull(connectionSettings, "connectionSettings");
        positive(workerThreads, "workerThreads");
        Objects.requireNonNull(scheduler, "scheduler");
    }

    /**
     * Starts a configuration: port 0 on all interfaces, prefix {@code /ocpp}, 404 for unknown
     * stations, {@link DuplicateConnectionPolicy#REPLACE}, 1 MiB frames, 10,000 connections, 1,000
     * pending handshakes, a 10 s handshake timeout, {@link ConnectionSettings#defaults()}, one worker
     * per processor. Subprotocols, profile and authenticator have no default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** Builds a {@link ServerConfig}. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port;
        private String pathPrefix = "/ocpp";
        private List<String> subprotocols = List.of();
        private SecurityProfile securityProfile;
        private TlsConfig tls;
        private Authenticator authenticator;
        private int unknownStationStatus = 404;
        private DuplicateConnectionPolicy duplicatePolicy = DuplicateConnectionPolicy.REPLACE;
        private int maxFrameSize = 1 << 20;
        private int maxConnections = 10_000;
        private int maxPendingHandshakes = 1_000;
        private int acceptBacklog = 1_024;
        private Duration handshakeTimeout = Duration.ofSeconds(10);
        private ConnectionSettings limits = ConnectionSettings.defaults();
        private int workerThreads = Runtime.getRuntime().availableProcessors();
        private ScheduledExecutorService scheduler;

        private Builder() {
        }

        /**
         * @param value the address to bind
         * @return this builder
         */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /**
         * @param value the port to bind, 0 for any free port
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * @param value the path prefix before the station identity, e.g. {@code /ocpp}
         * @return this builder
         */
        public Builder pathPrefix(String value) {
            this.pathPrefix = value;
            return this;
        }

        /**
         * @param names the subprotocols served, most preferred first, e.g. {@code ocpp2.0.1},
         *     {@code ocpp1.6}
         * @return this builder
         */
        public Builder subprotocols(String... names) {
            this.subprotocols = List.of(names);
            return this;
        }

        /**
         * @param value the security profile of this port
         * @return this builder
         */
        public Builder securityProfile(SecurityProfile value) {
            this.securityProfile = value;
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
         * @param value decides on each upgrade request
         * @return this builder
         */
        public Builder authenticator(Authenticator value) {
            this.authenticator = value;
            return this;
        }

        /**
         * @param status 404 (default) or 401 for unknown stations
         * @return this builder
         */
        public Builder unknownStationStatus(int status) {
            this.unknownStationStatus = status;
            return this;
        }

        /**
         * @param value replace (default) or refuse a second connection of one identity
         * @return this builder
         */
        public Builder duplicatePolicy(DuplicateConnectionPolicy value) {
            this.duplicatePolicy = value;
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
         * @param value open connections at most
         * @return this builder
         */
        public Builder maxConnections(int value) {
            this.maxConnections = value;
            return this;
        }

        /**
         * @param value sockets in their handshake at most
         * @return this builder
         */
        public Builder maxPendingHandshakes(int value) {
            this.maxPendingHandshakes = value;
            return this;
        }

        /**
         * @param value the listen backlog
         * @return this builder
         */
        public Builder acceptBacklog(int value) {
            this.acceptBacklog = value;
            return this;
        }

        /**
         * @param value time from accept to an open WebSocket, at most
         * @return this builder
         */
        public Builder handshakeTimeout(Duration value) {
            this.handshakeTimeout = value;
            return this;
        }

        /**
         * @param value per-connection limits and keep-alive
         * @return this builder
         */
        public Builder connectionSettings(ConnectionSettings value) {
            this.limits = value;
            return this;
        }

        /**
         * @param value frame-decoding threads
         * @return this builder
         */
        public Builder workerThreads(int value) {
            this.workerThreads = value;
            return this;
        }

        /**
         * @param value a shared timer pool; the server does not shut it down
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
        public ServerConfig build() {
            if (securityProfile == null) {
                throw new IllegalArgumentException("set the security profile");
            }
            if (authenticator == null) {
                throw new IllegalArgumentException("set an authenticator (see Authenticators)");
            }
            return new ServerConfig(host, port, pathPrefix, subprotocols, securityProfile, Optional.ofNullable(tls),
                    authenticator, unknownStationStatus, duplicatePolicy, maxFrameSize, maxConnections,
                    maxPendingHandshakes, acceptBacklog, handshakeTimeout, limits, workerThreads,
                    Optional.ofNullable(scheduler));
        }
    }
}

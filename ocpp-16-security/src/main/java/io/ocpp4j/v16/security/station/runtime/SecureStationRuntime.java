package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.UploadLogStatusEnum;
import io.ocpp4j.v16.security.station.SecureCentralSystem;
import io.ocpp4j.v16.security.station.SecurityStationHandlers;
import io.ocpp4j.v16.station.runtime.ConfigurationGuard;
import io.ocpp4j.v16.station.runtime.StationRuntime;
import io.ocpp4j.v16.station.runtime.hardware.Rebooter;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import io.ocpp4j.v16.station.runtime.store.Store;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OCPP 1.6 charge point with the Security Whitepaper (edition 3): a {@link StationRuntime} that
 * speaks {@link Ocpp16Security#VERSION}, owns its connection to the CSMS and adds
 * <ul>
 *   <li>security profiles as configuration ({@link SecurityConfigurationKeys}): {@code SecurityProfile}
 *       only goes up, only with its prerequisites, and the station falls back to the previous profile
 *       when it cannot connect with the new one; {@code AuthorizationKey} is write-only;</li>
 *   <li>certificate management: CA certificates installed, listed (with their hash data) and deleted
 *       by the CSMS, a key pair and CSR for SignCertificate (on ExtendedTriggerMessage and before the
 *       station certificate expires), the signed chain validated, installed and used to reconnect;</li>
 *   <li>security events kept in a bounded security log, the critical ones (and those their use case
 *       requires) sent with
 *       SecurityEventNotification through the runtime's durable queue (in order, across restarts);</li>
 *   <li>SettingSystemTime when the Central System's time moves the clock noticeably;</li>
 *   <li>ExtendedTriggerMessage, with {@link Builder#signedFirmware} signed firmware updates and with
 *       {@link Builder#logUploader} GetLog.</li>
 * </ul>
 *
 * <pre>{@code
 * SecureStationRuntime station = SecureStationRuntime.builder(rpcRuntime)
 *         .identity("CP-1")
 *         .store(MvStoreStore.open(path))
 *         .csmsUrl(1, URI.create("ws://csms.example.com:8080/ocpp"))
 *         .csmsUrl(2, URI.create("wss://csms.example.com:8443/ocpp"))
 *         .csmsUrl(3, URI.create("wss://csms.example.com:8444/ocpp"))
 *         .station(runtime -> runtime.bootInfo(bootInfo).meter(hw).contactor(hw)
 *                 .configure("SecurityProfile", "1").configure("AuthorizationKey", factoryPassword))
 *         .build();
 * station.start();
 * }</pre>
 *
 * <p>Certificates, keys and the security log live in the same {@link Store} as the runtime's state and
 * change on its state thread; private keys are stored as PKCS#8 PEM there (protect the store's file as
 * the station's secrets) and never logged.
 */
public final class SecureStationRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SecureStationRuntime.class);

    private final SecurityContext ctx;
    private final StationRuntime runtime;
    private final SecurityProfiles profiles;
    private final CsmsConnection connection;
    private final CertificateManagement certificates;
    private final SignedFirmwareUpdate firmware;
    private final Duration renewBefore;
    private volatile boolean started;

    private SecureStationRuntime(Builder builder) {
        Store store = builder.store == null ? new InMemoryStore() : builder.store;
        RpcRuntime rpc = builder.rpcRuntime;
        this.ctx = new SecurityContext(builder.identity, store, builder.clock, rpc.scheduler(),
                new CertificateStore(store.map("securityCertificates"), store.map("securityKeys")),
                new SecurityLog(store.map("securityLog"), builder.securityLogCapacity));
        this.profiles = new SecurityProfiles(ctx, builder.urls, builder.clientOptions, builder.tlsOptions,
                builder.switchDelay, store.map("securityProfileTrial"));
        this.certificates = new CertificateManagement(ctx, profiles, builder.keyAlgorithm,
                builder.serialNumber == null ? builder.identity : builder.serialNumber, builder.keepLastCentralSystemRoot);
        this.firmware = builder.firmwareInstaller == null ? null
                : new SignedFirmwareUpdate(ctx, builder.firmwareInstaller, store.map("signedFirmware"));
        this.renewBefore = builder.renewBefore;
        LogUpload logs = builder.logUploader == null ? null : new LogUpload(ctx, builder.logUploader);
        ExtendedTrigger trigger = new ExtendedTrigger(ctx, certificates,
                () -> firmware == null ? idleFirmwareStatus() : firmware.triggeredStatus(),
                () -> logs == null ? idleLogStatus() : logs.triggeredStatus());
        SecurityStationHandlers.Builder handlers = SecurityStationHandlers.builder()
                .security(certificates)
                .certificateManagement(certificates)
                .extendedTrigger(trigger);
        if (firmware != null) {
            handlers.secureFirmwareUpdate(firmware);
        }
        if (logs != null) {
            handlers.logging(logs);
        }
        StationRuntime.Builder station = StationRuntime.builder(rpc);
        builder.stationOptions.accept(station);
        station.identity(builder.identity).store(store).clock(builder.clock);
        SecurityConfigurationKeys.definitions().forEach(station::key);
        ConfigurationGuard guard = profiles;
        Duration clockThreshold = builder.settingSystemTimeThreshold;
        station.configurationGuard(guard)
                .configurationListener(profiles)
                .clockListener((before, after) -> {
                    Duration moved = Duration.between(before, after).abs();
                    if (moved.compareTo(clockThreshold) > 0) {
                        ctx.raise(SecurityEventType.SETTING_SYSTEM_TIME, "set from the Central System's time by "
                                + Duration.between(before, after).toMillis() + " ms");
                    }
                })
                .queuedAction(SecurityActions16.SECURITY_EVENT_NOTIFICATION)
                .queuedAction(SecurityActions16.SIGNED_FIRMWARE_STATUS_NOTIFICATION)
                .queuedAction(SecurityActions16.LOG_STATUS_NOTIFICATION)
                .stationOptions(options -> options.version(Ocpp16Security.VERSION).extraHandlers(handlers.build()));
        if (builder.rebooter != null) {
            Rebooter rebooter = builder.rebooter;
            station.rebooter(type -> {
                // called on the state thread, with the runtime already closing: recorded and committed now
                ctx.raise(SecurityEventType.RESET_OR_REBOOT, type.value());
                rebooter.reboot(type);
            });
        }
        this.runtime = station.build();
        if (firmware != null && runtime.updatesFirmware()) {
            throw new IllegalStateException("signed firmware updates replace UpdateFirmware: configure the station runtime "
                    + "with diagnostics(...) instead of firmwareManagement(...)");
        }
        ctx.runtime = runtime;
        ctx.csms = SecureCentralSystem.of(runtime.station());
        this.connection = new CsmsConnection(runtime, builder.backoff, builder.fallbackAfterAttempts,
                profiles::connectFailed, profiles::connected);
        profiles.connection(connection);
    }

    /**
     * @param rpcRuntime the shared threads and compiled schemas
     * @return a new builder
     */
    public static Builder builder(RpcRuntime rpcRuntime) {
        return new Builder(rpcRuntime);
    }

    /**
     * Starts the station: the runtime, the StartupOfTheDevice security event, a signed update that
     * rebooted into new firmware reported Installed, and the connection with the configured security
     * profile (or the trial of a profile change the station stopped in).
     *
     * @throws IllegalStateException if the configured profile cannot be used (e.g. profile 3 without a
     *                               station certificate)
     */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        runtime.start();
        runtime.onStateThread(() -> {
            ctx.raise(SecurityEventType.STARTUP_OF_THE_DEVICE, null);
            if (firmware != null) {
                firmware.start();
            }
            Optional<String> missing = profiles.missingPrerequisite(ctx.intConfig(SecurityConfigurationKeys.SECURITY_PROFILE));
            if (missing.isPresent() && ctx.intConfig(SecurityConfigurationKeys.SECURITY_PROFILE) > 0) {
                throw new IllegalStateException("cannot connect: " + missing.get());
            }
            profiles.start();
            renewIfExpiring();
            return null;
        }).toCompletableFuture().join();
        long day = Duration.ofDays(1).toMillis();
        ctx.scheduler.scheduleWithFixedDelay(() -> runtime.onStateThread(() -> {
            renewIfExpiring();
            return null;
        }), day, day, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** A03: a station certificate that expires within {@code renewBefore} is renewed (state thread). */
    private void renewIfExpiring() {
        Optional<CertifiedKey> key = ctx.certificates.stationKey();
        if (key.isPresent() && ctx.certificates.pendingKey().isEmpty()
                && key.get().certificate().getNotAfter().toInstant().isBefore(ctx.now().plus(renewBefore))) {
            log.info("{}: the station certificate expires soon; requesting a new one", ctx.identity);
            certificates.requestCertificate();
        }
    }

    /** @return the station runtime underneath (connectors, configuration, hardware events) */
    public StationRuntime runtime() {
        return runtime;
    }

    /** @return the security profile the connection uses now (during a trial, the one it falls back to) */
    public int securityProfile() {
        return profiles.active();
    }

    /** @return the security log, oldest entry first */
    public List<SecurityEvent> securityLog() {
        return ctx.securityLog.entries();
    }

    /**
     * Records a security event the firmware detected (e.g. {@link SecurityEventType#TAMPER_DETECTION_ACTIVATED},
     * {@link SecurityEventType#MEMORY_EXHAUSTION}); critical ones go to the CSMS.
     *
     * @param type the event
     * @param techInfo more information, never a secret; may be {@code null}
     * @return completes when the event is stored
     */
    public CompletionStage<Void> securityEvent(SecurityEventType type, String techInfo) {
        Objects.requireNonNull(type, "type");
        return runtime.onStateThread(() -> {
            ctx.raise(type, techInfo);
            return null;
        });
    }

    /**
     * Clears the security log; the SecurityLogWasCleared event is its first new entry.
     *
     * @return completes when done
     */
    public CompletionStage<Void> clearSecurityLog() {
        return runtime.onStateThread(() -> {
            ctx.securityLog.clear();
            ctx.raise(SecurityEventType.SECURITY_LOG_WAS_CLEARED, null);
            return null;
        });
    }

    /**
     * Installs a CA certificate as InstallCertificate would, for provisioning at the factory or at
     * installation (e.g. the CSMS root needed for security profile 2).
     *
     * @param use its kind
     * @param certificate the CA certificate
     * @return the outcome
     */
    public CompletionStage<InstallCertificateStatusEnum> installCertificate(CertificateUseEnum use, X509Certificate certificate) {
        return runtime.onStateThread(() -> {
            InstallCertificateStatusEnum status = ctx.certificates.install(use, Pem.write(certificate),
                    ctx.intConfig(SecurityConfigurationKeys.CERTIFICATE_STORE_MAX_LENGTH),
                    Boolean.parseBoolean(ctx.config(SecurityConfigurationKeys.ADDITIONAL_ROOT_CERTIFICATE_CHECK)), ctx.now());
            ctx.store.commit();
            return status;
        });
    }

    /**
     * Installs a station certificate provisioned at the factory (whitepaper A00.FR.801), replacing
     * the current one.
     *
     * @param key the station's key with its certificate chain
     * @return completes when stored
     */
    public CompletionStage<Void> installStationCertificate(CertifiedKey key) {
        Objects.requireNonNull(key, "key");
        return runtime.onStateThread(() -> {
            ctx.certificates.installStationKey(key);
            ctx.certificates.dropPreviousStationKey();
            ctx.store.commit();
            return null;
        });
    }

    /** @return the station certificate in use, if any */
    public CompletionStage<Optional<X509Certificate>> stationCertificate() {
        return runtime.onStateThread(() -> ctx.certificates.stationKey().map(CertifiedKey::certificate));
    }

    /** Stops the connection and the runtime. The store stays open (it belongs to the caller). */
    @Override
    public void close() {
        runtime.onStateThread(() -> {
            connection.stop();
            return null;
        }).toCompletableFuture().join();
        runtime.close();
    }

    private Runnable idleFirmwareStatus() {
        return () -> ctx.csms.signedFirmwareStatusNotification(new io.ocpp4j.v16.security.model
                .SignedFirmwareStatusNotificationRequest().withStatus(io.ocpp4j.v16.security.model.FirmwareStatusEnum.IDLE));
    }

    private Runnable idleLogStatus() {
        return () -> ctx.csms.logStatusNotification(new LogStatusNotificationRequest().withStatus(UploadLogStatusEnum.IDLE));
    }

    /** Builds a {@link SecureStationRuntime}. Identity, the runtime's options and a CSMS URL are required. */
    public static final class Builder {
        private final RpcRuntime rpcRuntime;
        private String identity;
        private String serialNumber;
        private Store store;
        private Clock clock = Clock.systemUTC();
        private Consumer<StationRuntime.Builder> stationOptions;
        private final Map<Integer, URI> urls = new LinkedHashMap<>();
        private Consumer<ClientConfig.Builder> clientOptions = options -> {
        };
        private Consumer<TlsConfig.Builder> tlsOptions = options -> {
        };
        private BackoffPolicy backoff = BackoffPolicy.ofSeconds(10, 10, 3);
        private int fallbackAfterAttempts = 3;
        private Duration switchDelay = Duration.ofSeconds(1);
        private KeyAlgorithm keyAlgorithm = KeyAlgorithm.EC_P256;
        private int securityLogCapacity = 1_000;
        private Duration renewBefore = Duration.ofDays(30);
        private Rebooter rebooter;
        private SignedFirmwareInstaller firmwareInstaller;
        private LogUploader logUploader;
        private Duration settingSystemTimeThreshold = Duration.ofSeconds(10);
        private boolean keepLastCentralSystemRoot;

        private Builder(RpcRuntime rpcRuntime) {
            this.rpcRuntime = Objects.requireNonNull(rpcRuntime, "rpcRuntime");
        }

        /**
         * @param value the station identity: the last segment of the connection URL, the Basic auth user
         *              name and, unless {@link #serialNumber} says otherwise, the CSR's common name
         * @return this
         */
        public Builder identity(String value) {
            this.identity = Objects.requireNonNull(value, "identity");
            return this;
        }

        /**
         * @param value the common name of the station certificate's CSR (A00.FR.511: the station's serial
         *              number); default: the identity, which is what CSMSs checking CN = identity expect
         * @return this
         */
        public Builder serialNumber(String value) {
            this.serialNumber = Objects.requireNonNull(value, "serialNumber");
            return this;
        }

        /**
         * Adds settings of the station runtime (each call adds; they are applied in the order added).
         *
         * @param options the station runtime's settings (boot information, hardware hooks, feature
         *                profiles, configuration defaults such as {@code SecurityProfile},
         *                {@code AuthorizationKey}, {@code CpoName}); identity, store and clock are set
         *                from this builder
         * @return this
         */
        public Builder station(Consumer<StationRuntime.Builder> options) {
            Objects.requireNonNull(options, "options");
            this.stationOptions = stationOptions == null ? options : stationOptions.andThen(options);
            return this;
        }

        /**
         * @param value where the runtime and the security state are kept (default: in memory)
         * @return this
         */
        public Builder store(Store value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * @param value the station's clock (default UTC system clock)
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param profile a security profile, 0 to 3 (0: {@code ws://} without credentials, for tests)
         * @param url the CSMS endpoint for it, without the identity ({@code ws://} for 0 and 1,
         *            {@code wss://} for 2 and 3)
         * @return this
         */
        public Builder csmsUrl(int profile, URI url) {
            if (profile < 0 || profile > 3) {
                throw new IllegalArgumentException("security profiles are 0 to 3");
            }
            String scheme = profile >= 2 ? "wss" : "ws";
            if (!scheme.equals(url.getScheme())) {
                throw new IllegalArgumentException("security profile " + profile + " needs a " + scheme + ":// URL");
            }
            this.urls.put(profile, url);
            return this;
        }

        /**
         * @param options applied to each connection's settings first (timeouts, frame size); the URL,
         *                identity, profile, password and TLS are set by the runtime
         * @return this
         */
        public Builder clientOptions(Consumer<ClientConfig.Builder> options) {
            this.clientOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @param options applied to each TLS configuration first (protocols, legacy suites, hostname
         *                verification); trust anchors and the station certificate are set by the runtime
         * @return this
         */
        public Builder tlsOptions(Consumer<TlsConfig.Builder> options) {
            this.tlsOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @param value delays between connection attempts (default 10 s doubling 3 times, plus up to 10 s)
         * @return this
         */
        public Builder backoff(BackoffPolicy value) {
            this.backoff = Objects.requireNonNull(value, "backoff");
            return this;
        }

        /**
         * @param attempts failed attempts with new settings (profile, certificate) after which the
         *                 station falls back to the previous ones (default 3)
         * @return this
         */
        public Builder fallbackAfterAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("at least one attempt");
            }
            this.fallbackAfterAttempts = attempts;
            return this;
        }

        /**
         * @param value the delay between answering a change (ChangeConfiguration, CertificateSigned) and
         *              reconnecting, so that the answer leaves first (default 1 s)
         * @return this
         */
        public Builder switchDelay(Duration value) {
            this.switchDelay = Objects.requireNonNull(value, "switchDelay");
            return this;
        }

        /**
         * @param value the type of the station's key pairs (default EC P-256)
         * @return this
         */
        public Builder keyAlgorithm(KeyAlgorithm value) {
            this.keyAlgorithm = Objects.requireNonNull(value, "keyAlgorithm");
            return this;
        }

        /**
         * @param value the most entries the security log keeps; the oldest go first (default 1,000)
         * @return this
         */
        public Builder securityLogCapacity(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one entry");
            }
            this.securityLogCapacity = value;
            return this;
        }

        /**
         * @param value how long before its expiry the station certificate is renewed (A03; default 30 days)
         * @return this
         */
        public Builder renewBefore(Duration value) {
            this.renewBefore = Objects.requireNonNull(value, "renewBefore");
            return this;
        }

        /**
         * @param value reboots after a Reset; the ResetOrReboot security event is recorded first. Set it
         *              here rather than on the station runtime's builder
         * @return this
         */
        public Builder rebooter(Rebooter value) {
            this.rebooter = Objects.requireNonNull(value, "rebooter");
            return this;
        }

        /**
         * Supports signed firmware updates (SignedUpdateFirmware). The 1.6 UpdateFirmware is then
         * answered {@code NotSupported}: configure the station runtime with
         * {@code StationRuntime.Builder.diagnostics} (GetDiagnostics only) rather than
         * {@code firmwareManagement}, or not at all; {@link #build()} fails otherwise.
         *
         * @param installer downloads and installs images
         * @return this
         */
        public Builder signedFirmware(SignedFirmwareInstaller installer) {
            this.firmwareInstaller = Objects.requireNonNull(installer, "installer");
            return this;
        }

        /**
         * Supports GetLog (security log and diagnostics log) with LogStatusNotification; without an
         * uploader GetLog is answered {@code NotSupported}.
         *
         * @param uploader collects the diagnostics log and uploads files
         * @return this
         */
        public Builder logUploader(LogUploader uploader) {
            this.logUploader = Objects.requireNonNull(uploader, "uploader");
            return this;
        }

        /**
         * @param value how far the Central System's time (BootNotification, Heartbeat) must move the
         *              station's clock for a SettingSystemTime security event (default 10 s; smaller
         *              corrections are drift and network delay)
         * @return this
         */
        public Builder settingSystemTimeThreshold(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("negative threshold");
            }
            this.settingSystemTimeThreshold = value;
            return this;
        }

        /**
         * @param value whether DeleteCertificate may never remove the last CentralSystemRootCertificate
         *              ({@code Failed}), under any security profile (a station answering "No" to PICS AQ-1).
         *              Default {@code false}: only a root that validates the current TLS connection is kept
         *              (under profile 2 or 3, and the last one while offline)
         * @return this
         */
        public Builder keepLastCentralSystemRoot(boolean value) {
            this.keepLastCentralSystemRoot = value;
            return this;
        }

        /** @return the runtime, not started */
        public SecureStationRuntime build() {
            Objects.requireNonNull(identity, "identity is required");
            Objects.requireNonNull(stationOptions, "the station runtime's options are required");
            if (urls.isEmpty()) {
                throw new IllegalStateException("set the CSMS URL of at least one security profile");
            }
            return new SecureStationRuntime(this);
        }
    }
}

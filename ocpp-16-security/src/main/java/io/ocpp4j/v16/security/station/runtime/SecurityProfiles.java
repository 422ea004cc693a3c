package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import static io.ocpp4j.v16.security.station.runtime.SecurityConfigurationKeys.AUTHORIZATION_KEY;
import static io.ocpp4j.v16.security.station.runtime.SecurityConfigurationKeys.SECURITY_PROFILE;

import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ConnectFailedException;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.station.runtime.ConfigurationGuard;
import io.ocpp4j.v16.station.runtime.ConfigurationListener;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.net.URI;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security profiles as configuration (whitepaper A05, A01): guards ChangeConfiguration of
 * {@code SecurityProfile} (only up, only with its prerequisites) and {@code AuthorizationKey}, builds
 * the connection settings of each profile from the configuration and the installed certificates, and
 * moves the connection to a new profile, password or station certificate, falling back to the previous
 * settings when the new ones cannot connect. State thread only.
 */
final class SecurityProfiles implements ConfigurationGuard, ConfigurationListener {

    private static final Logger log = LoggerFactory.getLogger(SecurityProfiles.class);
    private static final String TRIAL_PREVIOUS = "previousProfile";
    /** How often, and how far apart, a new connection's TLS session is looked for after it is reported. */
    private static final int ROOT_CHECK_TRIES = 20;
    private static final Duration ROOT_CHECK_DELAY = Duration.ofMillis(250);

    private final SecurityContext ctx;
    private final Map<Integer, URI> urls;
    private final Consumer<ClientConfig.Builder> clientOptions;
    private final Consumer<TlsConfig.Builder> tlsOptions;
    private final Duration switchDelay;
    private final StoreMap trialState;
    private CsmsConnection connection;
    /** The profile of the settings the connection uses (or falls back to). */
    private volatile int active;
    private SecurityEventType lastFailure;

    SecurityProfiles(SecurityContext ctx, Map<Integer, URI> urls, Consumer<ClientConfig.Builder> clientOptions,
                     Consumer<TlsConfig.Builder> tlsOptions, Duration switchDelay, StoreMap trialState) {
        this.ctx = ctx;
        this.urls = Map.copyOf(urls);
        this.clientOptions = clientOptions;
        this.tlsOptions = tlsOptions;
        this.switchDelay = switchDelay;
        this.trialState = trialState;
    }

    void connection(CsmsConnection value) {
        this.connection = value;
    }

    /** @return the profile the connection uses */
    int active() {
        return active;
    }

    /**
     * Connects with the configured profile; if a profile change was under trial when the station
     * stopped, the trial starts again (with its fallback).
     */
    void start() {
        int configured = ctx.intConfig(SECURITY_PROFILE);
        Optional<Integer> previous = trialState.get(TRIAL_PREVIOUS).map(Integer::parseInt);
        if (previous.isPresent() && previous.get() < configured) {
            active = previous.get();
            upgrade(configured);
        } else {
            active = configured;
            connection.connect(settings(active, ctx.certificates.stationKey().orElse(null)));
        }
    }

    // ---- ChangeConfiguration --------------------------------------------------------------------

    @Override
    public boolean allows(String key, String current, String proposed) {
        return switch (key) {
            case SECURITY_PROFILE -> {
                int wanted = Integer.parseInt(proposed);
                if (connection.inTrial() || wanted <= Integer.parseInt(current)) {
                    yield false; // A05.FR.01: lowering (or "changing" to the same) is refused
                }
                Optional<String> missing = missingPrerequisite(wanted);
                missing.ifPresent(why -> log.info("{}: SecurityProfile {} refused: {}", ctx.identity, wanted, why));
                yield missing.isEmpty();
            }
            case AUTHORIZATION_KEY -> !proposed.isEmpty();
            default -> true;
        };
    }

    @Override
    public void changed(String key, String value) {
        switch (key) {
            case SECURITY_PROFILE -> {
                ctx.raise(SecurityEventType.RECONFIGURATION_OF_SECURITY_PARAMETERS, "SecurityProfile set to " + value);
                later(() -> upgrade(Integer.parseInt(value)));
            }
            case AUTHORIZATION_KEY -> {
                ctx.raise(SecurityEventType.RECONFIGURATION_OF_SECURITY_PARAMETERS, "AuthorizationKey changed");
                if ((active == 1 || active == 2) && !connection.inTrial()) {
                    later(() -> connection.connect(settings(active, ctx.certificates.stationKey().orElse(null))));
                }
            }
            default -> {
            }
        }
    }

    /** @return why a profile cannot be used now, or empty when its prerequisites are met (A05.FR.02-04) */
    Optional<String> missingPrerequisite(int profile) {
        if (urlFor(profile).isEmpty()) {
            return Optional.of("no CSMS URL for security profile " + profile);
        }
        if ((profile == 1 || profile == 2) && ctx.config(AUTHORIZATION_KEY).isEmpty()) {
            return Optional.of("no AuthorizationKey");
        }
        if (profile >= 2 && ctx.certificates.certificates(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).stream()
                .noneMatch(root -> CertificateChecks.isValidAt(root, ctx.now()))) {
            return Optional.of("no valid CentralSystemRootCertificate");
        }
        if (profile == 3 && ctx.certificates.stationKey()
                .filter(key -> CertificateChecks.isValidAt(key.certificate(), ctx.now())).isEmpty()) {
            return Optional.of("no valid ChargePointCertificate");
        }
        return Optional.empty();
    }

    private void upgrade(int wanted) {
        int previous = active;
        trialState.put(TRIAL_PREVIOUS, Integer.toString(previous));
        ctx.store.commit();
        log.info("{}: reconnecting with security profile {} (was {})", ctx.identity, wanted, previous);
        CertifiedKey key = ctx.certificates.stationKey().orElse(null);
        connection.tryNew(settings(wanted, key), settings(previous, key), connected -> {
            trialState.remove(TRIAL_PREVIOUS);
            if (connected) {
                active = wanted;
                log.info("{}: connected with security profile {}", ctx.identity, wanted);
                ctx.store.commit();
            } else {
                log.warn("{}: could not connect with security profile {}; back to {}", ctx.identity, wanted, previous);
                ctx.raise(SecurityEventType.RECONFIGURATION_OF_SECURITY_PARAMETERS,
                        "SecurityProfile " + wanted + " failed to connect; back to " + previous);
                ctx.runtime.setConfiguration(SECURITY_PROFILE, Integer.toString(previous));
            }
        });
    }

    /**
     * A new station certificate was installed (CertificateSigned): under profile 3, reconnect with it,
     * falling back to the previous certificate if it cannot connect (A02.FR.10).
     */
    void stationCertificateChanged(Consumer<Boolean> outcome) {
        if (active != 3 || connection.inTrial()) {
            outcome.accept(true);
            return;
        }
        CertifiedKey next = ctx.certificates.stationKey().orElseThrow();
        Optional<CertifiedKey> previous = ctx.certificates.previousStationKey();
        later(() -> connection.tryNew(settings(3, next), settings(3, previous.orElse(next)), outcome));
    }

    /**
     * A connection is up: forget the failure streak. A CentralSystemRootCertificate replaced under
     * AdditionalRootCertificateCheck is removed once the new root has validated a connection (M05).
     */
    void connected() {
        lastFailure = null;
        if (active >= 2 && !connection.inTrial()) {
            dropReplacedRootOnceValidated(ROOT_CHECK_TRIES);
        }
    }

    /**
     * Removes the replaced root once the current TLS session's server chain validates with the new one
     * (state thread). The session may be attached just after the connection is reported: then it looks
     * again a little later, a bounded number of times.
     */
    private void dropReplacedRootOnceValidated(int tries) {
        ctx.runtime.onStateThread(() -> {
            if (!ctx.certificates.hasFallbackRoot()) {
                return null;
            }
            Optional<List<X509Certificate>> serverChain = ctx.runtime.station().link().get()
                    .filter(session -> session.connection().isOpen())
                    .flatMap(session -> session.connection().tlsSession())
                    .flatMap(CertificateManagement::peerChain);
            if (serverChain.isEmpty()) {
                if (tries > 1) {
                    ctx.scheduler.schedule(() -> dropReplacedRootOnceValidated(tries - 1), ROOT_CHECK_DELAY.toMillis(),
                            TimeUnit.MILLISECONDS);
                }
                return null;
            }
            if (CertificateChecks.chainsTo(serverChain.get(), ctx.certificates.primaryCertificates(
                    CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE), ctx.now())) {
                log.info("{}: the new CentralSystemRootCertificate validated the connection; the old one is removed",
                        ctx.identity);
                ctx.certificates.dropFallbackRoots();
                ctx.store.commit();
            }
            return null;
        });
    }

    /** An attempt failed: record the security events its cause shows, once per kind of failure in a row. */
    void connectFailed(int attempt, Throwable cause) {
        SecurityEventType type = classify(cause);
        if (type != null && type != lastFailure) {
            ctx.raise(type, cause.getMessage() == null ? null : cause.getMessage());
        }
        lastFailure = type;
    }

    private static SecurityEventType classify(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectFailedException refused && refused.httpStatus().orElse(0) == 401) {
                return SecurityEventType.FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM;
            }
            if (t instanceof CertificateException || t instanceof CertPathValidatorException) {
                return SecurityEventType.INVALID_CENTRAL_SYSTEM_CERTIFICATE;
            }
            if (t instanceof SSLException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("protocol_version") || message.contains("protocol version")) {
                    return SecurityEventType.INVALID_TLS_VERSION;
                }
                if (message.contains("certificate") || message.contains("certpath") || message.contains("bad_certificate")) {
                    return SecurityEventType.INVALID_CENTRAL_SYSTEM_CERTIFICATE;
                }
                if (message.contains("cipher") || message.contains("handshake_failure")) {
                    return SecurityEventType.INVALID_TLS_CIPHER_SUITE;
                }
            }
        }
        return null;
    }

    /** The connection settings of a profile, from the configuration and the installed certificates. */
    ClientConfig settings(int profile, CertifiedKey stationKey) {
        ClientConfig.Builder builder = ClientConfig.builder();
        clientOptions.accept(builder);
        builder.csmsUrl(urlFor(profile).orElseThrow(() -> new IllegalStateException("no CSMS URL for profile " + profile)))
                .stationIdentity(ctx.identity)
                .subprotocols("ocpp1.6")
                .scheduler(ctx.scheduler);
        String password = ctx.config(AUTHORIZATION_KEY);
        switch (profile) {
            case 0 -> builder.securityProfile(SecurityProfile.BASIC_AUTH).unsecured();
            case 1 -> builder.securityProfile(SecurityProfile.BASIC_AUTH).password(password);
            case 2 -> builder.securityProfile(SecurityProfile.TLS_BASIC_AUTH).password(password).tls(tls(null));
            default -> builder.securityProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE).tls(tls(stationKey));
        }
        return builder.build();
    }

    private TlsConfig tls(CertifiedKey stationKey) {
        TlsConfig.Builder builder = TlsConfig.builder();
        tlsOptions.accept(builder);
        builder.trustAnchors(ctx.certificates.certificates(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE)
                .toArray(X509Certificate[]::new));
        if (stationKey != null) {
            builder.keyMaterial(stationKey);
        }
        return builder.build();
    }

    private Optional<URI> urlFor(int profile) {
        return Optional.ofNullable(urls.get(profile));
    }

    /** Runs a step after the switch delay, so that the answer that caused it leaves first. */
    private void later(Runnable step) {
        ctx.scheduler.schedule(() -> ctx.runtime.onStateThread(() -> {
            step.run();
            return null;
        }), switchDelay.toMillis(), TimeUnit.MILLISECONDS);
    }
}

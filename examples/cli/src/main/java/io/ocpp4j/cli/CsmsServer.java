package io.ocpp4j.cli;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ObservedConnection;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.transport.Authenticator;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.security.csms.CertificateSigning;
import io.ocpp4j.v16.security.csms.CsrPolicy;
import io.ocpp4j.v16.security.csms.ExampleCertificateAuthority;
import io.ocpp4j.v16.security.csms.SecurityCsmsExtension;
import io.ocpp4j.v16.security.csms.StandardSecurityHandler;
import io.ocpp4j.v201.csms.ConnectedStation;
import io.ocpp4j.v201.csms.Csms201;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CSMS of {@code ocpp4j csms} and of the demo: a WebSocket server on {@code ocpp-transport} that
 * hands each station to the facade of the OCPP version it negotiated ({@link Csms16} with
 * {@link CsmsBackend16} for {@code ocpp1.6}, {@link Csms201} with {@link CsmsBackend201} for
 * {@code ocpp2.0.1}), through a {@link ObservedConnection} so that the transcript
 * and the frame log see every frame.
 */
final class CsmsServer implements AutoCloseable {

    /** What the server runs with. Mutable; set the fields, then {@link CsmsServer#start}. */
    static final class Options {
        String host = "127.0.0.1";
        int port;
        String path = "/ocpp";
        List<String> versions = List.of("1.6");
        /** 0 = no authentication (testing only), 1-3 the OCPP security profiles. */
        int securityProfile;
        TlsConfig tls;
        Map<String, byte[]> passwords = Map.of();
        /** For profile 3: the stations allowed in; {@code null} = any with a trusted certificate. */
        Set<String> knownStations;
        RegistrationStatus bootStatus = RegistrationStatus.ACCEPTED;
        int heartbeatInterval = 300;
        Map<String, AuthorizationStatus> tags = Map.of();
        AuthorizationStatus unknownTags = AuthorizationStatus.ACCEPTED;
        Transcript transcript;
        FrameLog log;
        RpcListener listener = RpcListener.NONE;
        Duration callTimeout = Duration.ofSeconds(30);
        /** Signs the CSRs of 1.6 SignCertificate; {@code null} = SignCertificate is Rejected. */
        ExampleCertificateAuthority certificateAuthority;
        /** With a certificate authority: the organization every CSR must name, or {@code null} for any. */
        String cpoName;
    }

    private final Options options;
    private final OcppWebSocketServer server;
    private final Csms16 csms16;
    private final CsmsBackend16 backend16;
    private final Csms201 csms201;
    /** Futures for the next connection of a station: completed with its ChargePoint (1.6) or ConnectedStation (2.0.1). */
    private final Map<String, CompletableFuture<Object>> waiters = new ConcurrentHashMap<>();
    /** Futures for a station's departure. */
    private final Map<String, CompletableFuture<Void>> departures = new ConcurrentHashMap<>();

    /** The Security Whitepaper's CSMS side: events logged, CSRs signed when there is a certificate authority. */
    private static SecurityCsmsExtension securityExtension(Options options) {
        StandardSecurityHandler.Builder security = StandardSecurityHandler.builder();
        if (options.certificateAuthority != null) {
            CsrPolicy.Builder policy = CsrPolicy.builder();
            if (options.cpoName != null) {
                policy.organization(options.cpoName);
            }
            security.certificateSigning(CertificateSigning.builder(options.certificateAuthority).policy(policy.build())
                    .build());
        }
        return SecurityCsmsExtension.builder().all(security.build()).build();
    }

    private CsmsServer(Options options, RpcRuntime runtime) {
        this.options = options;
        this.backend16 = new CsmsBackend16(options.bootStatus, options.heartbeatInterval, options.tags, options.unknownTags);
        this.csms16 = Csms16.builder(runtime)
                .core(backend16)
                .firmwareManagement(backend16)
                .extension(securityExtension(options)) // 1.6 with the Security Whitepaper
                .sessionOptions(session -> session.listener(options.listener).callTimeout(options.callTimeout))
                .listener(new SessionListener<ChargePoint>() {
                    @Override
                    public void connected(ChargePoint chargePoint) {
                        CompletableFuture<Object> waiter = waiters.remove(chargePoint.identity());
                        if (waiter != null) {
                            waiter.complete(chargePoint);
                        }
                    }

                    @Override
                    public void disconnected(ChargePoint chargePoint) {
                        departed(chargePoint.identity());
                    }
                })
                .build();
        CsmsBackend201 backend201 = new CsmsBackend201(options.bootStatus, options.heartbeatInterval, options.tags,
                options.unknownTags);
        this.csms201 = Csms201.builder(runtime)
                .provisioning(backend201).availability(backend201).authorization(backend201)
                .transactions(backend201).meterValues(backend201).security(backend201)
                .firmwareManagement(backend201).diagnostics(backend201)
                .sessionOptions(session -> session.listener(options.listener).callTimeout(options.callTimeout))
                .listener(new SessionListener<ConnectedStation>() {
                    @Override
                    public void connected(ConnectedStation station) {
                        CompletableFuture<Object> waiter = waiters.remove(station.identity());
                        if (waiter != null) {
                            waiter.complete(station);
                        }
                    }

                    @Override
                    public void disconnected(ConnectedStation station) {
                        departed(station.identity());
                    }
                })
                .build();
        ServerConfig.Builder config = ServerConfig.builder()
                .host(options.host)
                .port(options.port)
                .pathPrefix(options.path)
                .subprotocols(options.versions.stream().map(Versions::subprotocol).toArray(String[]::new))
                .securityProfile(options.securityProfile == 0 ? SecurityProfile.BASIC_AUTH
                        : SecurityProfile.of(options.securityProfile))
                .authenticator(authenticator(options));
        if (options.tls != null) {
            config.tls(options.tls);
        }
        this.server = OcppWebSocketServer.start(config.build(), this::accept);
    }

    /**
     * Starts listening.
     *
     * @param options the settings
     * @param runtime the shared threads and schemas (not closed by {@link #close()})
     * @return the running server
     * @throws IllegalArgumentException if the settings do not fit together
     */
    static CsmsServer start(Options options, RpcRuntime runtime) {
        return new CsmsServer(options, runtime);
    }

    private static Authenticator authenticator(Options options) {
        return switch (options.securityProfile) {
            case 0 -> Authenticators.acceptAll();
            case 1, 2 -> Authenticators.basicAuth(options.passwords::get);
            case 3 -> Authenticators.clientCertificate(
                    identity -> options.knownStations == null || options.knownStations.contains(identity));
            default -> throw new IllegalArgumentException("security profile must be 0, 1, 2 or 3");
        };
    }

    private void accept(Connection connection) {
        String identity = connection.stationIdentity();
        FrameTap tap = FrameTap.NONE;
        if (options.log != null) {
            tap = tap.andThen(options.log.tap(connection));
        }
        Transcript transcript = options.transcript;
        if (transcript != null) {
            String from = connection.remoteAddress() == null ? "" : " from " + connection.remoteAddress().getAddress()
                    .getHostAddress();
            transcript.note(identity, "connected" + from + " (" + connection.subprotocol()
                    + (connection.tlsSession().isPresent() ? ", TLS " + connection.tlsSession().get().getProtocol() : "")
                    + ")");
            tap = tap.andThen(transcript.tap(identity, false, connection.subprotocol())).andThen(new FrameTap() {
                @Override
                public void closed(int code, String reason, boolean byPeer) {
                    transcript.note(identity, "disconnected (" + code + (reason == null || reason.isEmpty() ? "" : " " + reason)
                            + (byPeer ? "" : ", by the CSMS") + ")");
                }
            });
        }
        Connection tapped = new ObservedConnection(connection, tap);
        if (Versions.V16.subprotocol().equals(connection.subprotocol())) {
            csms16.accept(tapped);
        } else if (Versions.V201.subprotocol().equals(connection.subprotocol())) {
            csms201.accept(tapped);
        } else {
            // Only subprotocols this server offered can be negotiated; every one of them is handled above.
            connection.close(Connection.CLOSE_PROTOCOL_ERROR, "unsupported subprotocol");
        }
    }

    /** @return the URL stations connect to, without their identity: {@code ws[s]://host:port/path} */
    URI url() {
        String scheme = options.securityProfile >= 2 ? "wss" : "ws";
        String host = options.host.contains(":") ? "[" + options.host + "]" : options.host;
        return URI.create(scheme + "://" + host + ":" + server.port() + server.config().pathPrefix());
    }

    /** @return the port listened on */
    int port() {
        return server.port();
    }

    /** @return the 1.6 facade */
    Csms16 csms16() {
        return csms16;
    }

    /** @return what the 1.6 CSMS knows */
    CsmsBackend16 backend16() {
        return backend16;
    }

    /**
     * A future for the next time a station connects (or now, if it is connected and {@code orNow}).
     *
     * @param identity the station
     * @param orNow complete at once when the station is connected already
     * @return completes with the station's typed view once it is registered: a {@link ChargePoint} for
     *         1.6, a {@link ConnectedStation} for 2.0.1
     */
    CompletableFuture<Object> connection(String identity, boolean orNow) {
        CompletableFuture<Object> waiter = waiters.computeIfAbsent(identity, id -> new CompletableFuture<>());
        if (orNow) {
            Optional<Object> now = csms16.chargePoint(identity).<Object>map(cp -> cp)
                    .or(() -> csms201.station(identity).map(station -> station));
            now.ifPresent(view -> {
                waiters.remove(identity, waiter);
                waiter.complete(view);
            });
        }
        return waiter;
    }

    /**
     * @param identity a station
     * @return completes once the station is not connected (at once if it is not now)
     */
    CompletableFuture<Void> departure(String identity) {
        CompletableFuture<Void> waiter = departures.computeIfAbsent(identity, id -> new CompletableFuture<>());
        if (session(identity).isEmpty()) {
            departures.remove(identity, waiter);
            waiter.complete(null);
        }
        return waiter;
    }

    private void departed(String identity) {
        if (session(identity).isEmpty()) { // not when a new connection replaced the old one
            CompletableFuture<Void> waiter = departures.remove(identity);
            if (waiter != null) {
                waiter.complete(null);
            }
        }
    }

    /** @return {@link #connection} for a 1.6 station */
    CompletableFuture<ChargePoint> chargePoint(String identity, boolean orNow) {
        return connection(identity, orNow).thenApply(ChargePoint.class::cast);
    }

    /** @return {@link #connection} for a 2.0.1 station */
    CompletableFuture<ConnectedStation> station201(String identity, boolean orNow) {
        return connection(identity, orNow).thenApply(ConnectedStation.class::cast);
    }

    /** @return the session of a connected station, whatever its version */
    Optional<RpcSession> session(String identity) {
        Optional<RpcSession> v16 = csms16.chargePoint(identity).map(ChargePoint::session);
        return v16.isPresent() ? v16 : csms201.station(identity).map(ConnectedStation::session);
    }

    /** @return the identities of the connected stations, sorted */
    List<String> stations() {
        Set<String> all = new TreeSet<>();
        csms16.chargePoints().forEach(cp -> all.add(cp.identity()));
        csms201.stations().forEach(station -> all.add(station.identity()));
        return new ArrayList<>(all);
    }

    /**
     * Stops gracefully: no new stations, every station disconnected with 1001, closing handshakes
     * awaited up to the transport's close timeout. Idempotent.
     */
    @Override
    public void close() {
        server.stop();
    }
}

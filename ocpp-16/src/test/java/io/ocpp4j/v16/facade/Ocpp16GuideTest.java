package io.ocpp4j.v16.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.CallTimeoutException;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.core.ConnectionListener;
import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.core.ValidationException;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.ValidationConfig;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.ReconnectingClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetResponse;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.station.Station16;
import io.ocpp4j.v16.station.runtime.StationProfile;
import io.ocpp4j.v16.station.runtime.StationProfiles;
import io.ocpp4j.v16.station.runtime.StationRuntime;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.MvStoreStore;
import io.ocpp4j.v16.station.runtime.store.Store;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code of {@code docs/ocpp16.md}, run over real WebSockets. Every {@code java} block of the guide
 * must appear here line for line (indentation aside), which {@link #everyCodeBlockOfTheGuideIsInThisTest}
 * checks, so the guide cannot drift from code that compiles and works.
 */
class Ocpp16GuideTest {

    private static final Logger log = LoggerFactory.getLogger(Ocpp16GuideTest.class);

    static {
        BouncyCastleLogging.quiet();
    }

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path GUIDE = Path.of("..", "docs", "ocpp16.md");
    private static final Path THIS_FILE = Path.of("src", "test", "java", "io", "ocpp4j", "v16", "facade", "Ocpp16GuideTest.java");

    /** What the guide leaves to the application: where to listen, whom to let in, how to look up id tags. */
    private final String host = "127.0.0.1";
    private final int port = 0;
    private final Map<String, byte[]> passwords = Map.of(
            "CP-0001", "0123456789abcdef".getBytes(StandardCharsets.UTF_8),
            "OLDFW-7", "0123456789abcdef".getBytes(StandardCharsets.UTF_8),
            "CP-0002", "0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final IdTags idTags = idTag -> CompletableFuture.completedFuture(
            idTag.startsWith("04") ? AuthorizationStatus.ACCEPTED : AuthorizationStatus.INVALID);

    /** The application's asynchronous id-tag store. */
    interface IdTags {
        CompletionStage<AuthorizationStatus> lookup(String idTag);
    }

    @Test
    void aMinimalCsmsAndAMinimalStationTalkOverWebSockets() throws Exception {
        RpcRuntime runtime = RpcRuntime.create();   // threads and compiled schemas: one per application

        Csms16 csms = Csms16.builder(runtime)
                .core(new io.ocpp4j.v16.csms.CoreHandler() {
                    @Override
                    public CompletionStage<BootNotificationResponse> onBootNotification(
                            BootNotificationRequest request, CallContext context) {
                        log.info("{} is a {} {}", context.stationIdentity(),
                                request.getChargePointVendor(), request.getChargePointModel());
                        return CompletableFuture.completedFuture(new BootNotificationResponse()
                                .withStatus(RegistrationStatus.ACCEPTED)
                                .withCurrentTime(OffsetDateTime.now(ZoneOffset.UTC))
                                .withInterval(300));
                    }

                    @Override
                    public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
                        return CompletableFuture.completedFuture(
                                new HeartbeatResponse().withCurrentTime(OffsetDateTime.now(ZoneOffset.UTC)));
                    }

                    @Override
                    public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
                        return idTags.lookup(request.getIdTag())   // your store, asynchronous: no thread waits
                                .thenApply(status -> new AuthorizeResponse()
                                        .withIdTagInfo(new IdTagInfo().withStatus(status)));
                    }
                })
                .listener(new SessionListener<ChargePoint>() {
                    @Override
                    public void connected(ChargePoint chargePoint) {
                        log.info("{} connected", chargePoint.identity());
                    }

                    @Override
                    public void disconnected(ChargePoint chargePoint) {
                        log.info("{} disconnected", chargePoint.identity());
                    }
                })
                .build();

        OcppWebSocketServer server = OcppWebSocketServer.start(ServerConfig.builder()
                .host(host)                                   // e.g. "0.0.0.0"
                .port(port)                                   // e.g. 8080; 0 takes a free port, see server.port()
                .pathPrefix("/ocpp")                          // stations connect to ws://host:port/ocpp/<identity>
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(passwords::get))   // identity -> password bytes, null if unknown
                .build(), csms::accept);

        URI csmsUrl = URI.create("ws://127.0.0.1:" + server.port() + "/ocpp");

        AtomicInteger heartbeatInterval = new AtomicInteger();   // what the CSMS asked for

        Station16 station = Station16.builder(runtime)
                .core(new io.ocpp4j.v16.station.CoreHandler() {
                    @Override
                    public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
                        log.info("{} reset requested", request.getType());   // schedule it on your hardware
                        return CompletableFuture.completedFuture(new ResetResponse().withStatus(ResetStatus.ACCEPTED));
                    }
                })
                .build();

        ClientConfig config = ClientConfig.builder()
                .csmsUrl(csmsUrl)                             // e.g. ws://csms.example.com:8080/ocpp, without the identity
                .stationIdentity("CP-0001")
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password("0123456789abcdef")                 // the station's AuthorizationKey
                .build();

        ReconnectingClient client = new ReconnectingClient(config, BackoffPolicy.ofSeconds(3, 10, 5),
                connection -> {
                    station.attach(connection);               // a new session on every (re)connect
                    station.centralSystem().bootNotification(new BootNotificationRequest()
                                    .withChargePointVendor("ACME")
                                    .withChargePointModel("X1"))
                            .thenAccept(response -> heartbeatInterval.set(response.getInterval()));
                },
                change -> log.info("link {} -> {}", change.from(), change.to()));
        client.start();

        await().atMost(WAIT).until(() -> heartbeatInterval.get() == 300);
        await().atMost(WAIT).until(() -> csms.chargePoint("CP-0001").isPresent());

        CompletionStage<ResetResponse> reset = csms.chargePoint("CP-0001").orElseThrow()
                .reset(new ResetRequest().withType(ResetType.SOFT));

        assertThat(reset.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).getStatus())
                .isEqualTo(ResetStatus.ACCEPTED);
        AuthorizeResponse authorized = station.centralSystem()
                .authorize(new AuthorizeRequest().withIdTag("04E8C2B2A5C680"))
                .toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(authorized.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.ACCEPTED);

        // Errors: the guide's explain() on real failures.
        ChargePoint chargePoint = csms.chargePoint("CP-0001").orElseThrow();
        assertThat(failureOf(chargePoint.remoteStartTransaction(
                new RemoteStartTransactionRequest().withIdTag("04E8C2B2A5C680").withConnectorId(1))))
                .isInstanceOf(CallErrorException.class)
                .satisfies(failure -> assertThat(explain(failure)).startsWith("the station answered NotSupported"));
        assertThat(failureOf(chargePoint.remoteStartTransaction(
                new RemoteStartTransactionRequest().withIdTag("AN-ID-TAG-OF-MORE-THAN-20-CHARACTERS"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(failure -> assertThat(explain(failure)).startsWith("invalid, nothing sent:"));

        client.stop();                                        // station: closes with 1000, stops reconnecting
        await().atMost(WAIT).until(() -> csms.chargePoint("CP-0001").isEmpty());
        assertThat(explain(failureOf(chargePoint.reset(new ResetRequest().withType(ResetType.HARD)))))
                .isEqualTo("not connected");
        assertThat(explain(failureOf(station.centralSystem().heartbeat(new HeartbeatRequest()))))
                .isEqualTo("not connected");

        server.stop();                                        // CSMS: closes every station with 1001, waits for them
        runtime.close();                                      // last: the handler threads and timers
    }

    /** What a failed call's stage tells, as the guide's "Errors" section explains it. */
    static String explain(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof CallErrorException error) {
            return "the station answered " + error.wireCode() + ": " + error.description();
        } else if (cause instanceof CallTimeoutException timeout) {
            return "no answer to " + timeout.action() + " in time";
        } else if (cause instanceof ValidationException invalid) {
            return "invalid, nothing sent: " + invalid.getMessage();
        } else if (cause instanceof ConnectionClosedException) {
            return "not connected";
        }
        return "failed: " + cause;
    }

    private static Throwable failureOf(CompletionStage<?> stage) throws Exception {
        try {
            stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the call succeeded");
    }

    @Test
    void aCallWithoutAnswerTimesOut() throws Exception {
        ExecutorService io = Executors.newSingleThreadExecutor();
        try (RpcRuntime runtime = RpcRuntime.create()) {
            Csms16 csms = Csms16.builder(runtime)
                    .sessionOptions(session -> session.callTimeout(Duration.ofMillis(200)))
                    .build();
            Station16 silent = Station16.builder(runtime)
                    .core(new io.ocpp4j.v16.station.CoreHandler() {
                        @Override
                        public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
                            return new CompletableFuture<>();   // never answers
                        }
                    })
                    .build();
            InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP-SILENT", io, io, 100);
            csms.accept(pair.csms());
            silent.attach(pair.station());
            Throwable failure = failureOf(csms.chargePoint("CP-SILENT").orElseThrow()
                    .reset(new ResetRequest().withType(ResetType.SOFT)));
            assertThat(failure).isInstanceOf(CallTimeoutException.class);
            assertThat(explain(failure)).isEqualTo("no answer to Reset in time");
        } finally {
            io.shutdownNow();
        }
    }

    @Test
    void securityProfile2() throws Exception {
        CertifiedKey root = Pki.rootCa("Guide Root CA", KeyAlgorithm.EC_P256);
        CertifiedKey csmsKey = Pki.csmsServer(root, KeyAlgorithm.EC_P256, "127.0.0.1");
        X509Certificate csmsRootCa = root.certificate();
        try (RpcRuntime runtime = RpcRuntime.create()) {
            Csms16 csms = Csms16.builder(runtime).build();
            Station16 station = Station16.builder(runtime).build();

            OcppWebSocketServer server = OcppWebSocketServer.start(ServerConfig.builder()
                    .host(host)
                    .port(port)
                    .pathPrefix("/ocpp")
                    .subprotocols("ocpp1.6")
                    .securityProfile(SecurityProfile.TLS_BASIC_AUTH)       // wss://, Basic auth
                    .tls(TlsConfig.builder().keyMaterial(csmsKey).build())   // the CSMS's key and certificate chain
                    .authenticator(Authenticators.basicAuth(passwords::get))
                    .build(), csms::accept);

            URI csmsUrl = URI.create("wss://127.0.0.1:" + server.port() + "/ocpp");

            ClientConfig config = ClientConfig.builder()
                    .csmsUrl(csmsUrl)                                      // wss://...
                    .stationIdentity("CP-0002")
                    .subprotocols("ocpp1.6")
                    .securityProfile(SecurityProfile.TLS_BASIC_AUTH)
                    .password("0123456789abcdef")
                    .tls(TlsConfig.builder().trustAnchors(csmsRootCa).build())   // the root CA of the CSMS's certificate
                    .build();

            Connection connection = OcppWebSocketClient.connect(config).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            station.attach(connection);
            await().atMost(WAIT).until(() -> csms.chargePoint("CP-0002").isPresent());
            assertThat(connection.tlsSession()).isPresent();
            assertThat(failureOf(station.centralSystem().heartbeat(new HeartbeatRequest())))
                    .isInstanceOfSatisfying(CallErrorException.class, error -> assertThat(error.wireCode()).isEqualTo("NotSupported"));
            connection.close(Connection.CLOSE_NORMAL, "done");
            server.stop();
        }
    }

    @Test
    void leniencyIsChosenPerStation() throws Exception {
        try (RpcRuntime runtime = RpcRuntime.create()) {
            Csms16 csms = Csms16.builder(runtime)
                    .core(new io.ocpp4j.v16.csms.CoreHandler() {
                        @Override
                        public CompletionStage<StatusNotificationResponse> onStatusNotification(
                                StatusNotificationRequest request, CallContext context) {
                            return CompletableFuture.completedFuture(new StatusNotificationResponse());
                        }
                    })
                    .sessionOptions(session -> {
                        session.callTimeout(Duration.ofSeconds(30));
                        if (session.connection().stationIdentity().startsWith("OLDFW-")) {
                            // this firmware writes date-times without offset, and vendor fields in StatusNotification
                            session.validation(ValidationConfig.builder()
                                    .defaultLeniency(new Leniency(false, true))
                                    .leniency("StatusNotification", new Leniency(true, true))
                                    .build());
                        }
                    })
                    .build();
            OcppWebSocketServer server = OcppWebSocketServer.start(ServerConfig.builder()
                    .host(host).port(port).subprotocols("ocpp1.6")
                    .securityProfile(SecurityProfile.BASIC_AUTH)
                    .authenticator(Authenticators.basicAuth(passwords::get))
                    .build(), csms::accept);
            String sloppy = "[2,\"1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\","
                    + "\"status\":\"Available\",\"timestamp\":\"2026-11-21T10:15:30\",\"x-acme-temp\":41}]";
            try {
                assertThat(rawAnswer(server, "OLDFW-7", sloppy)).isEqualTo("[3,\"1\",{}]");
                assertThat(rawAnswer(server, "CP-0001", sloppy)).startsWith("[4,\"1\",\"FormationViolation\"");
            } finally {
                server.stop();
            }
        }
    }

    /** Sends one raw frame as a station and returns the CSMS's answer. */
    private String rawAnswer(OcppWebSocketServer server, String identity, String frame) throws Exception {
        Connection connection = OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(identity)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password("0123456789abcdef")
                .build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        connection.listen(new ConnectionListener() {
            @Override
            public void onText(String text) {
                answers.add(text);
            }

            @Override
            public void onClose(int code, String reason, boolean byPeer) {
            }
        });
        try {
            connection.send(frame);
            String answer = answers.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(answer).as("the CSMS's answer").isNotNull();
            return answer;
        } finally {
            connection.close(Connection.CLOSE_NORMAL, "done");
        }
    }

    @Test
    void aRuntimeSizedForACsms() {
        RpcRuntime runtime = RpcRuntime.builder()
                .name("csms")                                 // thread names: csms-handler-1, ...
                .handlerThreads(16, 100_000)                  // handler threads, and tasks queued before refusing
                .build();
        assertThat(runtime.handlerExecutor()).isNotNull();
        runtime.close();
    }

    @Test
    void aCertifiedStationProfile(@TempDir Path dir) {
        RpcRuntime runtime = RpcRuntime.builder().name("station").build();
        Path storeFile = dir.resolve("cp.mv.db");
        StationProfile profile = StationProfiles.named("xcharge-c6").orElseThrow();
        Store store = MvStoreStore.open(storeFile);                   // e.g. /var/lib/ocpp/cp.mv.db
        SimulatedHardware hardware = new SimulatedHardware(profile.connectors(), Clock.systemUTC(),
                EnumSet.copyOf(profile.measurands()));
        StationRuntime station = profile.configure(StationRuntime.builder(runtime), hardware, hardware, hardware)
                .meter(hardware).contactor(hardware).rebooter(hardware)   // fixed cables: no connector lock
                .store(store)
                .build();
        try {
            assertThat(station.connectors()).isEqualTo(2);
            assertThat(station.configuration("GetConfigurationMaxKeys")).contains("60");
            assertThat(station.configuration("SupportedFeatureProfiles").orElseThrow()).contains("FirmwareManagement");
        } finally {
            station.close();
            store.close();
            runtime.close();
        }
    }

    @Test
    void everyCodeBlockOfTheGuideIsInThisTest() throws IOException {
        List<String> source = normalized(Files.readString(THIS_FILE));
        String guide = Files.readString(GUIDE);
        List<List<String>> blocks = javaBlocks(guide);
        assertThat(blocks).as("java blocks in " + GUIDE).hasSizeGreaterThanOrEqualTo(5);
        for (List<String> block : blocks) {
            assertThat(Collections.indexOfSubList(source, block))
                    .as("this block of the guide is not code of Ocpp16GuideTest:%n%s", String.join("\n", block))
                    .isNotNegative();
        }
    }

    private static List<List<String>> javaBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n", -1)) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(normalized(String.join("\n", current)));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    /** Lines without indentation or trailing blanks, empty lines dropped. */
    private static List<String> normalized(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }
}

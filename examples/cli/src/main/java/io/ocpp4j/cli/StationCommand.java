package io.ocpp4j.cli;

import io.ocpp4j.core.ObservedConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ClientState;
import io.ocpp4j.transport.ConnectFailedException;
import io.ocpp4j.transport.ConnectionSettings;
import io.ocpp4j.transport.ReconnectingClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.v16.station.runtime.store.MvStoreStore;
import io.ocpp4j.v16.station.runtime.store.Store;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpp4j station}: a simulated station with the profile of a certified product. */
@Command(name = "station", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        header = "A simulated charging station with the profile of a certified product.", sortOptions = false,
        description = {
                "Runs a simulated charging station against a CSMS: it connects (and reconnects), boots, reports its "
                        + "connectors, sends heartbeats, and answers the CSMS's calls (remote start/stop, "
                        + "configuration, charging profiles, triggers, reservations, local list, reset, ...) within the "
                        + "limits of its --profile.",
                "With --id-tag it also plays a local charging session on connector 1: Authorize, StartTransaction, "
                        + "MeterValues, StopTransaction.",
                "Profiles are certified products (see --list-profiles): their feature profiles, connectors, measurands, "
                        + "GetConfigurationMaxKeys, charging rate units, security profiles and cipher suites.",
                "An OCPP 1.6 station is the library's station runtime (StationRuntime) on simulated hardware, the "
                        + "profile's values as its configuration keys; --store keeps its state across runs. An OCPP 2.0.1 "
                        + "station is a simulator with a small device model (GetVariables/SetVariables on OCPPCommCtrlr, "
                        + "TxCtrlr, AuthCtrlr, SampledDataCtrlr, AlignedDataCtrlr, DeviceDataCtrlr, SecurityCtrlr)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./ocpp4j station --list-profiles",
                "  ./ocpp4j station --url ws://localhost:8180/ocpp --id CP-1",
                "  ./ocpp4j station --url ws://localhost:8180/ocpp --id CP-2 --profile xcharge-c6 --duration 60 \\",
                "                   --id-tag 04A1B2C3 --charge-seconds 30 --meter-interval 10",
                "  ./ocpp4j station --url ws://localhost:8180/ocpp --id CP-4 --store cp-4.mv.db   (state kept across runs)",
                "  ./ocpp4j station --url wss://csms.example.com/ocpp --id CP-3 --password 0123456789abcdef \\",
                "                   --tls-ca root.pem                     (security profile 2)",
                "",
                "Exit status: 0 when the session went as the profile expects (connected, boot Accepted, every call "
                        + "answered, the charging session done), 1 otherwise (the reasons go to standard error), "
                        + "2 for bad options, 3 when it never connected."})
final class StationCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--list-profiles", description = "Print the names of the station profiles, one per line, and exit.")
    private boolean listProfiles;

    @Option(names = "--url", paramLabel = "URL", description = "The CSMS: ws[s]://HOST:PORT/PATH (the identity is appended).")
    private URI url;

    @Option(names = "--id", paramLabel = "IDENTITY", defaultValue = "SIM-1",
            description = "The station identity (default: ${DEFAULT-VALUE}).")
    private String id;

    @Option(names = "--ocpp", paramLabel = "VERSION",
            description = "The OCPP version, 1.6 or 2.0.1: the profile's (default), or say it to be sure of it.")
    private String ocpp;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = StationProfile.DEFAULT,
            description = "What the station is (default: ${DEFAULT-VALUE}); --list-profiles shows them.")
    private String profileName;

    @Option(names = "--password", paramLabel = "PW", description = "The Basic auth password (profiles 1, 2).")
    private String password;

    @Option(names = "--security-profile", paramLabel = "N",
            description = "0 = no authentication (no Authorization header; testing only), 1 = Basic auth, "
                    + "2 = TLS + Basic auth, 3 = TLS with a client certificate (default: 2 or 3 for wss://, 1 with a "
                    + "password, else 0).")
    private Integer securityProfile;

    @Option(names = "--tls-ca", paramLabel = "PEM", description = "CA certificates to trust for the CSMS (default: the JDK's).")
    private Path tlsCa;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "The station certificate chain (profile 3).")
    private Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "Its private key (profile 3).")
    private Path tlsKey;

    @Option(names = "--no-hostname-verification", description = "Do not check the CSMS host name against its certificate.")
    private boolean noHostnameVerification;

    @Option(names = "--connectors", paramLabel = "N", defaultValue = "0",
            description = "Number of connectors (default: the profile's).")
    private int connectors;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "0",
            description = "How long to run; 0 = until stopped with SIGTERM or Ctrl-C (default: ${DEFAULT-VALUE}).")
    private int duration;

    @Option(names = "--id-tag", paramLabel = "TAG", description = "Play a local charging session on connector 1 with this tag.")
    private String idTag;

    @Option(names = "--charge-seconds", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop that session after so long (default: at the end of the run).")
    private int chargeSeconds;

    @Option(names = "--meter-interval", paramLabel = "SECONDS",
            description = "MeterValueSampleInterval during transactions (default: the profile's).")
    private Integer meterInterval;

    @Option(names = "--store", paramLabel = "FILE",
            description = "OCPP 1.6: keep the station's state (configuration, local list, transactions and their queued "
                    + "messages) in FILE, an H2 MVStore file, so that it survives a restart (default: in memory).")
    private Path store;

    @Option(names = "--log", paramLabel = "FILE", description = "Append every frame to FILE as JSON lines.")
    private Path log;

    @Option(names = {"-q", "--quiet"}, description = "Do not print every message.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (listProfiles) {
            StationProfile.names().forEach(main.out::println);
            return 0;
        }
        if (url == null) {
            throw usage("--url is required (e.g. --url ws://localhost:8180/ocpp)");
        }
        StationProfile profile;
        try {
            profile = StationProfile.load(profileName);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        String version = ocpp == null ? profile.ocpp() : Versions.normalise(ocpp);
        if (!Versions.NAMES.contains(version)) {
            throw usage("unknown OCPP version '" + ocpp + "' (use 1.6 or 2.0.1)");
        }
        if (!version.equals(profile.ocpp())) {
            throw usage("profile " + profile.name() + " is an OCPP " + profile.ocpp() + " station; pick a "
                    + version + " profile or --ocpp " + profile.ocpp());
        }
        if (duration < 0 || chargeSeconds < 0 || connectors < 0) {
            throw usage("--duration, --charge-seconds and --connectors must not be negative");
        }
        if (store != null && !version.equals("1.6")) {
            throw usage("--store is for OCPP 1.6 stations (the 2.0.1 simulator keeps its state in memory)");
        }
        int security = securityProfile(profile);
        ClientConfig config = clientConfig(profile, security);

        Transcript transcript = new Transcript(main.out, Ansi.auto());
        transcript.showFrames(!quiet);
        CallStats stats = new CallStats();
        FrameLog frameLog = log == null ? null : FrameLog.open(log);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<String> refusal = new AtomicReference<>();
        List<String> findings = new ArrayList<>();
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Store stationStore = null;
        try (RpcRuntime runtime = RpcRuntime.builder().name("station").build()) {
            if (store != null) {
                try {
                    stationStore = MvStoreStore.open(store);
                } catch (RuntimeException e) {
                    main.err.println("ocpp4j station: cannot open --store " + store + ": " + describe(e));
                    return Main.USAGE;
                }
            }
            SimulatedStation station = SimulatedStation.create(profile, id, runtime, stats.listener("station"),
                    connectors, true, stationStore, null);
            station.securityProfile(security);
            if (meterInterval != null) {
                station.configure("MeterValueSampleInterval", Integer.toString(meterInterval));
            }
            ReconnectingClient client = new ReconnectingClient(config, BackoffPolicy.ofSeconds(2, 2, 4),
                    connection -> {
                        FrameTap tap = transcript.tap(id, true, connection.subprotocol());
                        if (frameLog != null) {
                            tap = frameLog.tap(connection).andThen(tap);
                        }
                        station.attach(new ObservedConnection(connection, tap));
                    },
                    change -> {
                        if (change.to() == ClientState.CONNECTED) {
                            transcript.note(id, "connected to " + config.endpointUri());
                        } else if (change.to() == ClientState.WAITING_TO_RECONNECT) {
                            String why = change.cause().map(StationCommand::describe).orElse("link lost");
                            transcript.note(id, why + "; next attempt in " + change.delay().toMillis() + " ms");
                            if (station.connects() == 0 && change.cause().orElse(null) instanceof ConnectFailedException failed
                                    && failed.httpStatus().isPresent() && failed.httpStatus().getAsInt() / 100 == 4) {
                                refusal.set("the CSMS refused the connection: HTTP " + failed.httpStatus().getAsInt());
                                finished.countDown(); // 401, 404: trying again will not help
                            }
                        }
                    });
            transcript.line("station " + id + " (" + profile.vendor() + " " + profile.model() + ", profile "
                    + profile.name() + ", security profile " + security + ") connecting to " + config.endpointUri());
            Thread hook = new Thread(() -> { // SIGTERM: end the run, and give it time to close the session
                finished.countDown();
                try {
                    cleanedUp.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ocpp4j-station-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            client.start();
            CompletableFuture<Void> charging = idTag == null ? CompletableFuture.completedFuture(null)
                    : station.booted().thenCompose(b -> charge(station, transcript, findings));
            if (duration > 0) {
                finished.await(duration, TimeUnit.SECONDS);
            } else {
                finished.await();
            }
            // End of the run: finish a transaction still open, then leave.
            if (station.charging(1) && station.isConnected()) {
                waitQuietly(station.stopCharging(1).toCompletableFuture(), Duration.ofSeconds(5));
            }
            client.stop();
            station.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down after a signal: this thread finishes the run
            }
            if (refusal.get() != null) {
                main.err.println("ocpp4j station: " + refusal.get());
                return Main.NO_CONNECTION;
            }
            if (station.connects() == 0) {
                main.err.println("ocpp4j station: could not connect to " + config.endpointUri());
                return Main.NO_CONNECTION;
            }
            List<String> problems = new ArrayList<>(station.problems());
            if (!station.accepted()) {
                problems.add(0, "BootNotification: not accepted");
            }
            if (idTag != null && !charging.isDone()) {
                problems.add("the charging session with " + idTag + " did not finish");
            }
            problems.addAll(findings);
            transcript.line("");
            for (String row : stats.table(Ansi.auto()).split("\n")) {
                transcript.line("  " + row);
            }
            if (problems.isEmpty()) {
                transcript.line("session as expected for profile " + profile.name());
                return 0;
            }
            main.err.println("ocpp4j station: the session did not go as profile " + profile.name() + " expects:");
            problems.forEach(p -> main.err.println("  " + p));
            return Main.PROBLEMS;
        } finally {
            if (frameLog != null) {
                frameLog.close();
            }
            if (stationStore != null) {
                stationStore.close();
            }
            cleanedUp.countDown();
        }
    }

    private CompletableFuture<Void> charge(SimulatedStation station, Transcript transcript, List<String> findings) {
        transcript.step(id, "a driver presents " + idTag);
        return station.presentTag(idTag).toCompletableFuture().thenCompose(accepted -> {
            if (!accepted) {
                synchronized (findings) {
                    findings.add("Authorize " + idTag + ": not accepted");
                }
                return CompletableFuture.completedFuture(null);
            }
            transcript.step(id, "charging on connector 1");
            return station.startCharging(1, idTag).toCompletableFuture().thenCompose(transactionId -> {
                if (chargeSeconds == 0) {
                    return new CompletableFuture<Void>(); // until the end of the run
                }
                CompletableFuture<Void> stop = new CompletableFuture<>();
                CompletableFuture.delayedExecutor(chargeSeconds, TimeUnit.SECONDS).execute(() -> {
                    transcript.step(id, "the driver stops charging");
                    station.stopCharging(1).whenComplete((v, e) -> stop.complete(null));
                });
                return stop;
            });
        }).exceptionally(e -> {
            synchronized (findings) {
                findings.add("charging session: " + describe(e));
            }
            return null;
        });
    }

    private int securityProfile(StationProfile profile) {
        boolean tls = "wss".equalsIgnoreCase(url.getScheme());
        if (!tls && !"ws".equalsIgnoreCase(url.getScheme())) {
            throw usage("--url must start with ws:// or wss://");
        }
        int number = securityProfile != null ? securityProfile
                : tls ? (tlsCert != null ? 3 : 2) : (password != null ? 1 : 0);
        if (number < 0 || number > 3) {
            throw usage("--security-profile must be 0, 1, 2 or 3");
        }
        if (number >= 2 != tls) {
            throw usage("security profile " + number + " needs a " + (number >= 2 ? "wss://" : "ws://") + " URL");
        }
        if (number > 0 && !profile.securityProfiles().contains(number)) {
            throw usage("profile " + profile.name() + " does not support security profile " + number
                    + " (it supports " + profile.securityProfiles() + ")");
        }
        if ((number == 1 || number == 2) && password == null) {
            throw usage("security profile " + number + " needs --password");
        }
        if (number == 3 && (tlsCert == null || tlsKey == null)) {
            throw usage("security profile 3 needs --tls-cert and --tls-key (the station certificate, CN = identity)");
        }
        if (number == 0 && password != null) {
            throw usage("security profile 0 sends no credentials; drop --password (or use --security-profile 1)");
        }
        if (number == 3 && password != null) {
            throw usage("security profile 3 authenticates with the certificate; drop --password");
        }
        if (number < 2 && (tlsCa != null || tlsCert != null || tlsKey != null)) {
            throw usage("security profile " + number + " runs without TLS; drop the --tls-* options");
        }
        return number;
    }

    private ClientConfig clientConfig(StationProfile profile, int security) {
        ConnectionSettings settings = ConnectionSettings.defaults();
        settings = profile.webSocketPingInterval() > 0
                ? settings.withPing(Duration.ofSeconds(profile.webSocketPingInterval()), Duration.ofSeconds(30))
                : settings.withPing(Duration.ZERO, Duration.ofSeconds(30));
        ClientConfig.Builder builder = ClientConfig.builder().csmsUrl(url).stationIdentity(id)
                .subprotocols(Versions.subprotocol(profile.ocpp()))
                .securityProfile(security == 0 ? SecurityProfile.BASIC_AUTH : SecurityProfile.of(security))
                .connectionSettings(settings);
        if (security == 0) {
            builder.unsecured(); // no Authorization header: for a CSMS that accepts any station (testing only)
        } else if (security <= 2) {
            builder.password(password);
        }
        if (security >= 2) {
            TlsConfig.Builder tls = TlsConfig.builder().hostnameVerification(!noHostnameVerification);
            if (tlsCa != null) {
                tls.trustAnchors(TlsFiles.certificates(tlsCa).toArray(X509Certificate[]::new));
            }
            if (security == 3) {
                tls.keyMaterial(TlsFiles.keyAndChain(tlsCert, tlsKey));
            }
            if (!profile.cipherSuites().isEmpty()) {
                // The suites of the certificate; TLS 1.2 suites only (as all five are) mean a TLS 1.2 station.
                tls.cipherSuites(profile.cipherSuites().toArray(String[]::new));
                if (profile.cipherSuites().stream().noneMatch(suite -> suite.startsWith("TLS_AES_")
                        || suite.startsWith("TLS_CHACHA20_"))) {
                    tls.protocols("TLSv1.2");
                }
            }
            builder.tls(tls.build());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static void waitQuietly(CompletableFuture<?> future, Duration timeout) {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // leaving anyway
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof java.util.concurrent.CompletionException || cause.getMessage() == null)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

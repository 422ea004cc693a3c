package io.ocpp4j.cli;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.security.csms.ExampleCertificateAuthority;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpp4j csms}: a CSMS for real chargers and for testing. */
@Command(name = "csms", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        header = "A CSMS for real chargers and for testing.", sortOptions = false,
        description = {
                "Runs a CSMS that stations connect to at ws[s]://HOST:PORT/PATH/<station identity>.",
                "It answers BootNotification with --boot, Authorize and transactions from --id-tags, acknowledges "
                        + "status, heartbeats and meter values, and prints every message.",
                "Send any CSMS-to-station action from the terminal (type 'help') or a --script; --log writes "
                        + "every frame as JSON lines.",
                "Prints 'listening on ws[s]://HOST:PORT/PATH' once it accepts connections; runs until stopped "
                        + "(SIGTERM or Ctrl-C stop it gracefully: every station is closed with 1001)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./ocpp4j csms --port 8180",
                "  ./ocpp4j csms --port 0 --boot Pending --heartbeat-interval 60 --log frames.jsonl",
                "  ./ocpp4j csms --security-profile 1 --credentials passwords.txt   (lines identity:password)",
                "  ./ocpp4j csms --security-profile 2 --credentials passwords.txt \\",
                "                --tls-cert csms.pem --tls-key csms.key",
                "  ./ocpp4j csms --security-profile 3 --tls-cert csms.pem --tls-key csms.key --tls-ca ca.pem",
                "  ./ocpp4j csms --sign-certificates example-root.pem --cpo-name \"ACME CPO\"   (1.6 SignCertificate)",
                "  ./ocpp4j csms --script script.txt",
                "      with script.txt:  wait CP-1",
                "                        send CP-1 Reset {\"type\":\"Soft\"}",
                "                        quit",
                "",
                "Console and script commands:",
                CsmsConsole.HELP,
                "",
                "Exit status: 0 after quit or SIGTERM (143 when the JVM reports the signal), 1 when a script",
                "command failed, 2 for bad options."})
final class CsmsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", defaultValue = "8180", description = "Port; 0 = any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--path", defaultValue = "/ocpp", description = "Path before the station identity (default: ${DEFAULT-VALUE}).")
    private String path;

    @Option(names = "--ocpp", paramLabel = "VERSIONS", defaultValue = "2.0.1,1.6", split = ",",
            description = "OCPP versions served, chosen by WebSocket subprotocol, most preferred first: 1.6 "
                    + "(with the 1.6 Security Whitepaper), 2.0.1, or both (default: ${DEFAULT-VALUE}).")
    private List<String> ocpp;

    @Option(names = "--security-profile", paramLabel = "N", defaultValue = "0",
            description = "0 = no authentication (testing only), 1 = Basic auth, 2 = TLS + Basic auth, "
                    + "3 = TLS with client certificates (default: ${DEFAULT-VALUE}).")
    private int securityProfile;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Accepted stations: lines 'identity:password' (profiles 1, 2); for profile 3, lines "
                    + "'identity' (default: any station with a trusted certificate).")
    private Path credentials;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "The CSMS certificate chain, leaf first (profiles 2, 3).")
    private Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "Its private key (profiles 2, 3).")
    private Path tlsKey;

    @Option(names = "--tls-ca", paramLabel = "PEM", description = "CA certificates that issue station certificates (profile 3).")
    private Path tlsCa;

    @Option(names = "--legacy-rsa-suites",
            description = "Also offer TLS_RSA_WITH_AES_*_GCM_* (many certified 1.6 stations need them; needs an RSA key).")
    private boolean legacyRsaSuites;

    @Option(names = "--sign-certificates", paramLabel = "ROOT_PEM",
            description = "1.6 Security Whitepaper: sign the CSRs of SignCertificate with an example CA made at "
                    + "start (testing only, keys in memory) and write its root certificate to ROOT_PEM for "
                    + "stations to trust; with profile 3 the CSMS trusts it too. Without, SignCertificate is Rejected.")
    private Path signCertificates;

    @Option(names = "--cpo-name", paramLabel = "NAME",
            description = "With --sign-certificates: the organization (O, the stations' CpoName) every CSR must name.")
    private String cpoName;

    @Option(names = "--boot", paramLabel = "STATUS", defaultValue = "Accepted",
            description = "How BootNotification is answered: Accepted, Pending or Rejected (default: ${DEFAULT-VALUE}).")
    private String boot;

    @Option(names = "--heartbeat-interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "The interval sent with the BootNotification answer (default: ${DEFAULT-VALUE}).")
    private int heartbeatInterval;

    @Option(names = "--id-tags", paramLabel = "FILE",
            description = "Known tags: lines 'TAG' (Accepted) or 'TAG:STATUS' (Accepted, Blocked, Expired, Invalid, "
                    + "ConcurrentTx). With a file, other tags are Invalid; without, every tag is Accepted.")
    private Path idTags;

    @Option(names = "--log", paramLabel = "FILE", description = "Append every frame to FILE as JSON lines "
            + "(passwords never logged).")
    private Path log;

    @Option(names = "--script", paramLabel = "FILE", description = "Run the commands in FILE once listening; "
            + "a failed command stops the CSMS with status 1.")
    private Path script;

    @Option(names = "--stdin", description = "Read commands from standard input even when it is not a terminal.")
    private boolean stdin;

    @Option(names = "--call-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for a station's answer (default: ${DEFAULT-VALUE}).")
    private int callTimeout;

    @Option(names = {"-q", "--quiet"}, description = "Print connections only, not every message.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        CsmsServer.Options options = options();
        CountDownLatch stopped = new CountDownLatch(1);
        Transcript transcript = new Transcript(main.out, Ansi.auto());
        transcript.showFrames(!quiet);
        options.transcript = transcript;
        RpcRuntime runtime = RpcRuntime.builder().name("csms").build();
        FrameLog frameLog = log == null ? null : FrameLog.open(log);
        options.log = frameLog;
        CsmsServer server;
        try {
            server = CsmsServer.start(options, runtime);
        } catch (RuntimeException e) {
            runtime.close();
            if (frameLog != null) {
                frameLog.close();
            }
            throw new ParameterException(spec.commandLine(), "cannot start: " + e.getMessage(), e, null, null);
        }
        Stopper stopper = new Stopper(server, runtime, frameLog, stopped);
        Thread hook = new Thread(() -> {
            main.out.println("stopping");
            stopper.stop();
        }, "ocpp4j-csms-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        main.out.println("listening on " + server.url());
        main.out.flush();

        int status = 0;
        if (script != null) {
            try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
                if (new CsmsConsole(server, main.out).run(in, true) == CsmsConsole.Next.QUIT) {
                    stopper.stop();
                }
            } catch (CsmsConsole.CommandFailedException e) {
                main.err.println("ocpp4j csms: script " + script + ", " + e.getMessage());
                status = Main.PROBLEMS;
                stopper.stop();
            } catch (IOException e) {
                main.err.println("ocpp4j csms: cannot read " + script + ": " + e.getMessage());
                status = Main.USAGE;
                stopper.stop();
            }
        }
        if (stopped.getCount() > 0 && (stdin || Terminal.isInteractive())) {
            Thread console = new Thread(() -> {
                try {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    if (new CsmsConsole(server, main.out).run(in, false) == CsmsConsole.Next.QUIT) {
                        stopper.stop();
                    }
                } catch (IOException e) {
                    // no console: the CSMS runs on until stopped
                }
            }, "ocpp4j-csms-console");
            console.setDaemon(true);
            console.start();
        }
        stopped.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is stopping the CSMS
        }
        main.out.println("stopped");
        return status;
    }

    private CsmsServer.Options options() {
        CsmsServer.Options options = new CsmsServer.Options();
        options.host = host;
        options.port = port;
        options.path = path;
        options.callTimeout = Duration.ofSeconds(Math.max(1, callTimeout));
        List<String> versions = new ArrayList<>();
        for (String version : ocpp) {
            String name = Versions.normalise(version);
            if (!Versions.NAMES.contains(name)) {
                throw usage("unknown OCPP version '" + version + "' (use 1.6 or 2.0.1)");
            }
            versions.add(name);
        }
        options.versions = versions;
        if (securityProfile < 0 || securityProfile > 3) {
            throw usage("--security-profile must be 0, 1, 2 or 3");
        }
        options.securityProfile = securityProfile;
        if (cpoName != null && signCertificates == null) {
            throw usage("--cpo-name goes with --sign-certificates");
        }
        if (signCertificates != null) {
            options.certificateAuthority = ExampleCertificateAuthority.builder().name("ocpp4j csms example CA").build();
            options.cpoName = cpoName;
            try {
                Files.writeString(signCertificates, Pem.write(options.certificateAuthority.rootCertificate()),
                        StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw usage("cannot write " + signCertificates + ": " + e.getMessage());
            }
        }
        boolean tls = tlsCert != null || tlsKey != null || tlsCa != null;
        if (securityProfile <= 1 && tls) {
            throw usage("security profile " + securityProfile + " runs without TLS; drop --tls-cert, --tls-key and --tls-ca");
        }
        if (securityProfile >= 2) {
            if (tlsCert == null || tlsKey == null) {
                throw usage("security profile " + securityProfile + " needs --tls-cert and --tls-key");
            }
            if (securityProfile == 3 && tlsCa == null) {
                throw usage("security profile 3 needs --tls-ca, the CA that issues station certificates");
            }
            TlsConfig.Builder builder = TlsConfig.builder().keyMaterial(TlsFiles.keyAndChain(tlsCert, tlsKey))
                    .legacyRsaCipherSuites(legacyRsaSuites);
            if (tlsCa != null) {
                List<X509Certificate> anchors = new ArrayList<>(TlsFiles.certificates(tlsCa));
                if (securityProfile == 3 && options.certificateAuthority != null) {
                    anchors.add(options.certificateAuthority.rootCertificate());
                }
                builder.trustAnchors(anchors.toArray(X509Certificate[]::new));
            }
            options.tls = builder.build();
        }
        if (securityProfile == 1 || securityProfile == 2) {
            if (credentials == null) {
                throw usage("security profile " + securityProfile + " needs --credentials (lines identity:password)");
            }
            options.passwords = passwords(credentials);
        } else if (securityProfile == 3 && credentials != null) {
            options.knownStations = new LinkedHashSet<>(passwords(credentials).keySet());
        } else if (credentials != null) {
            throw usage("security profile 0 authenticates nobody; use --security-profile 1 with --credentials");
        }
        try {
            options.bootStatus = RegistrationStatus.fromValue(boot);
        } catch (IllegalArgumentException e) {
            throw usage("--boot must be Accepted, Pending or Rejected, not " + boot);
        }
        if (heartbeatInterval < 0) {
            throw usage("--heartbeat-interval must not be negative");
        }
        options.heartbeatInterval = heartbeatInterval;
        if (idTags != null) {
            options.tags = tags(idTags);
            options.unknownTags = AuthorizationStatus.INVALID;
        }
        return options;
    }

    private Map<String, byte[]> passwords(Path file) {
        Map<String, byte[]> passwords = new LinkedHashMap<>();
        for (String line : lines(file)) {
            int colon = line.indexOf(':');
            String identity = colon < 0 ? line : line.substring(0, colon);
            if (identity.isBlank()) {
                throw usage(file + ": a line without an identity");
            }
            if (colon < 0 && securityProfile != 3) {
                throw usage(file + ": line for " + identity + " has no ':password'");
            }
            passwords.put(identity.strip(), colon < 0 ? new byte[0]
                    : line.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        }
        return passwords;
    }

    private Map<String, AuthorizationStatus> tags(Path file) {
        Map<String, AuthorizationStatus> tags = new LinkedHashMap<>();
        for (String line : lines(file)) {
            int colon = line.indexOf(':');
            String tag = (colon < 0 ? line : line.substring(0, colon)).strip();
            try {
                tags.put(tag, colon < 0 ? AuthorizationStatus.ACCEPTED
                        : AuthorizationStatus.fromValue(line.substring(colon + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw usage(file + ": unknown status in '" + line + "'");
            }
        }
        return tags;
    }

    private List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw usage("cannot read " + file + ": " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Stops everything once, from whichever thread asks first. */
    private static final class Stopper {
        private final CsmsServer server;
        private final RpcRuntime runtime;
        private final FrameLog log;
        private final CountDownLatch stopped;
        private boolean done;

        Stopper(CsmsServer server, RpcRuntime runtime, FrameLog log, CountDownLatch stopped) {
            this.server = server;
            this.runtime = runtime;
            this.log = log;
            this.stopped = stopped;
        }

        synchronized void stop() {
            if (done) {
                return;
            }
            done = true;
            try {
                server.close();
                runtime.close();
                if (log != null) {
                    log.close();
                }
            } catch (IOException | RuntimeException e) {
                // stopping anyway
            } finally {
                stopped.countDown();
            }
        }
    }
}

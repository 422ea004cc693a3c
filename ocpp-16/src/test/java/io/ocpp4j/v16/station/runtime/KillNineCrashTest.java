package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.ScriptedCsms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable queue against {@code kill -9}: a station in a JVM of its own charges twice while its
 * CSMS is unreachable, is killed (SIGKILL) in the middle of the second transaction, started again on
 * the same MVStore file and finds its CSMS: every transaction message arrives exactly once, in order,
 * with the transactionId the CSMS gave, and the interrupted transaction is reported stopped
 * ({@code PowerLoss}).
 */
class KillNineCrashTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String IDENTITY = "CP-CRASH";
    private static final String PASSWORD = "crash-test-password";

    @TempDir
    Path dir;

    private final List<Child> children = new ArrayList<>();
    private OcppWebSocketServer server;
    private RpcRuntime csmsRuntime;

    @AfterEach
    void cleanUp() {
        children.forEach(child -> child.process.destroyForcibly());
        if (server != null) {
            server.stop();
        }
        if (csmsRuntime != null) {
            csmsRuntime.close();
        }
    }

    @Test
    void transactionMessagesSurviveKillNineAndArriveExactlyOnceInOrder() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // nothing listens there until the CSMS starts
        }
        Path store = dir.resolve("station.mv.db");

        Child first = start(store, port, "first");
        first.send("plug 1");
        first.send("tag 1 A");          // StartTransaction (offline, unknown id allowed)
        first.send("advance 60");       // three MeterValues
        first.send("tag 1 A");          // StopTransaction
        first.send("plug 2");
        first.send("tag 2 B");          // StartTransaction
        String status = first.send("advance 50"); // two MeterValues; this transaction is still going
        assertThat(status).contains("queued=8").contains("registered=no");
        first.process.destroyForcibly(); // SIGKILL
        assertThat(first.process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(first.process.exitValue()).isEqualTo(137);

        csmsRuntime = RpcRuntime.builder().name("crash-csms").build();
        ScriptedCsms csms = new ScriptedCsms(csmsRuntime, Clock.systemUTC()).accept("A").accept("B");
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(port)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(id -> id.equals(IDENTITY)
                        ? PASSWORD.getBytes(StandardCharsets.UTF_8) : null))
                .build(), csms.csms()::accept);

        Child second = start(store, port, "second");
        await().atMost(WAIT).until(() -> csms.received(StopTransactionRequest.class).size() == 2);
        assertThat(second.send("status")).contains("queued=0").contains("registered=Accepted");

        List<String> transactionMessages = csms.received().stream().map(ScriptedCsms.Received::action)
                .filter(action -> action.endsWith("Transaction") || action.equals("MeterValues")).toList();
        assertThat(transactionMessages).containsExactly("StartTransaction", "MeterValues", "MeterValues", "MeterValues",
                "StopTransaction", "StartTransaction", "MeterValues", "MeterValues", "StopTransaction");
        assertThat(csms.received(StartTransactionRequest.class))
                .extracting(StartTransactionRequest::getConnectorId, StartTransactionRequest::getIdTag)
                .containsExactly(tuple(1, "A"), tuple(2, "B"));
        List<MeterValuesRequest> meterValues = csms.received(MeterValuesRequest.class);
        assertThat(meterValues).extracting(MeterValuesRequest::getTransactionId).containsExactly(1000, 1000, 1000, 1001, 1001);
        assertThat(meterValues).extracting(m -> m.getMeterValue().get(0).getTimestamp())
                .isSortedAccordingTo(Comparator.naturalOrder())
                .doesNotHaveDuplicates();
        List<StopTransactionRequest> stops = csms.received(StopTransactionRequest.class);
        assertThat(stops).extracting(StopTransactionRequest::getTransactionId).containsExactly(1000, 1001);
        assertThat(stops).extracting(StopTransactionRequest::getReason).containsExactly(Reason.LOCAL, Reason.POWER_LOSS);
        assertThat(stops.get(1).getMeterStop()).isEqualTo(122); // the last reading stored: 40 s at 11 kW
        second.tell("exit");
        assertThat(second.process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(second.process.exitValue()).isZero();
    }

    private Child start(Path store, int port, String name) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classpath,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                CrashTestStation.class.getName(), store.toString(), Integer.toString(port), IDENTITY, PASSWORD)
                .redirectError(dir.resolve(name + ".log").toFile())
                .start();
        Child child = new Child(process, dir.resolve(name + ".log"));
        children.add(child);
        child.expect("ready");
        return child;
    }

    /** A station JVM, talked to line by line. */
    private static final class Child {
        final Process process;
        final Path log;
        final Writer in;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Child(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("closed: " + e.getMessage());
                }
            }, "crash-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        String send(String command) throws IOException, InterruptedException {
            tell(command);
            return expect("ok " + command.split(" ")[0]);
        }

        void tell(String command) throws IOException {
            in.write(command + "\n");
            in.flush();
        }

        String expect(String prefix) throws InterruptedException, IOException {
            String line = lines.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (line == null || !line.startsWith(prefix)) {
                throw new AssertionError("expected '" + prefix + "' from the station, got " + line + "; its log:\n"
                        + (Files.exists(log) ? Files.readString(log) : "(none)"));
            }
            return line;
        }
    }
}

package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.v201.Actions201;
import io.ocpp4j.v201.Ocpp201;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootNotificationResponse;
import io.ocpp4j.v201.model.BootReasonEnum;
import io.ocpp4j.v201.model.ChargingStation;
import io.ocpp4j.v201.model.RegistrationStatusEnum;
import io.ocpp4j.v201.model.TriggerMessageResponse;
import io.ocpp4j.v201.model.TriggerMessageStatusEnum;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocpp4j csms} and {@code ocpp4j station} talking over 127.0.0.1, as processes and in this JVM. */
class CsmsAndStationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("listening on (ws://127\\.0\\.0\\.1:\\d+/ocpp)");

    @TempDir
    Path dir;

    @Test
    void aStationChargesAtTheCsmsProcessWhichStopsGracefullyOnSigterm() throws Exception {
        Path credentials = Files.writeString(dir.resolve("credentials.txt"),
                "# identity:password\nCP-7:seven-0123456789abcdef\n");
        Path tags = Files.writeString(dir.resolve("tags.txt"), "04A1B2C3\nDEADBEEF:Blocked\n");
        Path log = dir.resolve("frames.jsonl");
        Process csms = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "csms", "--host", "127.0.0.1",
                "--port", "0", "--security-profile", "1", "--credentials", credentials.toString(),
                "--id-tags", tags.toString(), "--log", log.toString(), "--heartbeat-interval", "1")
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(csms.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        url.complete(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        });
        reader.start();
        try {
            String csmsUrl = url.get(WAIT.toSeconds(), TimeUnit.SECONDS);

            Cli station = Cli.run("station", "--url", csmsUrl, "--id", "CP-7", "--password", "seven-0123456789abcdef",
                    "--profile", "xcharge-c6", "--duration", "5", "--id-tag", "04A1B2C3", "--charge-seconds", "2",
                    "--meter-interval", "1", "--quiet");
            assertThat(station.status).as(station.out + station.err).isZero();
            assertThat(station.out).contains("session as expected for profile xcharge-c6")
                    .containsPattern("StartTransaction\\s+station\\s+1\\s+0")
                    .containsPattern("MeterValues\\s+station\\s+[1-9]")
                    .containsPattern("Heartbeat\\s+station\\s+[1-9]");

            Cli refused = Cli.run("station", "--url", csmsUrl, "--id", "CP-7", "--password", "not-the-password-000",
                    "--duration", "10", "--quiet");
            assertThat(refused.status).isEqualTo(Main.NO_CONNECTION);
            assertThat(refused.err).contains("the CSMS refused the connection: HTTP 401");
        } finally {
            csms.destroy(); // SIGTERM
            assertThat(csms.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the CSMS stops").isTrue();
            reader.join(WAIT.toMillis());
        }
        assertThat(csms.exitValue()).isIn(0, 143);
        synchronized (output) {
            assertThat(output.toString()).contains("CP-7").contains("StartTransaction.req").contains("stopping");
        }
        List<String> lines = Files.readAllLines(log);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> entries = lines.stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(entries).anySatisfy(e -> assertThat(e.path("event").asText()).isEqualTo("connected"));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("direction").asText()).isEqualTo("in");
            assertThat(e.path("frame").asText()).contains("\"StartTransaction\"");
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.path("frame").asText()).contains("\"MeterValues\""));
        assertThat(String.join("\n", lines)).doesNotContain("seven-0123456789abcdef").doesNotContain("not-the-password");
    }

    @Test
    void aCsmsScriptSendsCallsToAStationAndStopsAtTheFirstFailure() throws Exception {
        Path script = Files.writeString(dir.resolve("script.txt"), String.join("\n",
                "# wait for the station, then talk to it",
                "wait CP-9 20",
                "send CP-9 TriggerMessage {\"requestedMessage\":\"Heartbeat\"}",
                "send CP-9 ChangeConfiguration {\"key\":\"HeartbeatInterval\",\"value\":\"30\"}",
                "send CP-9 GetConfiguration {\"key\":[\"HeartbeatInterval\"]}",
                "send CP-9 GetConfiguration {\"key\":[\"HeartbeatInterval\",\"NumberOfConnectors\",\"MeterValueSampleInterval\",\"WebSocketPingInterval\"]}",
                "send CP-9 Reset {\"type\":\"Soft\"}",
                "quit"));
        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"csms",
                "--host", "127.0.0.1", "--port", "0", "--script", script.toString(), "--quiet"}, out.stream, err.stream));
        String csmsUrl = out.await(LISTENING.pattern(), WAIT);
        CompletableFuture<Cli> station = CompletableFuture.supplyAsync(() -> Cli.run("station", "--url", csmsUrl,
                "--id", "CP-9", "--profile", "evsis-jc-9932", "--duration", "3", "--quiet"));

        int status = csms.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(status).as(out.text() + err.text()).isEqualTo(Main.PROBLEMS);
        assertThat(out.text())
                .contains("CP-9 is connected")
                .contains("CP-9 > TriggerMessage {\"status\":\"Accepted\"}")
                .contains("CP-9 > ChangeConfiguration {\"status\":\"Accepted\"}")
                .contains("{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"30\"}")
                .doesNotContain("Reset {\"status\"");
        // The EVSIS charger answers at most GetConfigurationMaxKeys = 3 keys per request.
        assertThat(err.text()).contains("line 6").contains("OccurenceConstraintViolation").contains("GetConfigurationMaxKeys");
        assertThat(station.get(WAIT.toSeconds(), TimeUnit.SECONDS).status).isIn(0, Main.PROBLEMS);
    }

    @Test
    void theCsmsServesOcpp201StationsOnTheSamePort() throws Exception {
        Path script = Files.writeString(dir.resolve("script201.txt"),
                "wait CS-201 20\nsend CS-201 TriggerMessage {\"requestedMessage\":\"Heartbeat\"}\nquit\n");
        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"csms",
                "--host", "127.0.0.1", "--port", "0", "--ocpp", "2.0.1,1.6", "--script", script.toString()},
                out.stream, err.stream));
        String csmsUrl = out.await(LISTENING.pattern(), WAIT);
        try (RpcRuntime runtime = RpcRuntime.create()) {
            Connection connection = OcppWebSocketClient.connect(ClientConfig.builder().csmsUrl(URI.create(csmsUrl))
                    .stationIdentity("CS-201").subprotocols("ocpp2.0.1").securityProfile(SecurityProfile.BASIC_AUTH)
                    .password("unused-in-profile-0").build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            // The station answers the TriggerMessage only once its boot is answered, so the script's quit comes after.
            CompletableFuture<BootNotificationResponse> booted = new CompletableFuture<>();
            RpcSession station = RpcSession.builder(connection, Ocpp201.VERSION, Role.STATION).runtime(runtime)
                    .handlers(Handlers.builder().onAsync(Actions201.TRIGGER_MESSAGE, (request, context) -> booted
                            .thenApply(b -> new TriggerMessageResponse().withStatus(TriggerMessageStatusEnum.ACCEPTED))).build())
                    .build();
            station.call(Actions201.BOOT_NOTIFICATION, new BootNotificationRequest().withReason(BootReasonEnum.POWER_UP)
                            .withChargingStation(new ChargingStation().withVendorName("Joint").withModel("EVM002")))
                    .whenComplete((answer, failure) -> {
                        if (failure != null) {
                            booted.completeExceptionally(failure);
                        } else {
                            booted.complete(answer);
                        }
                    });
            BootNotificationResponse boot = booted.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(boot.getStatus()).isEqualTo(RegistrationStatusEnum.ACCEPTED);

            assertThat(csms.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(out.text() + err.text()).isZero();
        }
        assertThat(out.text()).contains("connected from 127.0.0.1 (ocpp2.0.1)")
                .contains("BootNotificationRequest")
                .contains("CS-201 > TriggerMessage {\"status\":\"Accepted\"}");
    }

    @Test
    void aSimulated201StationChargesAtTheCsms() throws Exception {
        Path script = Files.writeString(dir.resolve("script-j.txt"), String.join("\n",
                "wait CS-J 20",
                "send CS-J TriggerMessage {\"requestedMessage\":\"StatusNotification\"}",
                "gone CS-J 20",
                "quit"));
        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"csms",
                "--host", "127.0.0.1", "--port", "0", "--ocpp", "2.0.1,1.6", "--script", script.toString()},
                out.stream, err.stream));
        String csmsUrl = out.await(LISTENING.pattern(), WAIT);

        Cli station = Cli.run("station", "--url", csmsUrl, "--id", "CS-J", "--profile", "joint-evm002",
                "--duration", "3", "--id-tag", "04A1B2C3", "--charge-seconds", "1", "--quiet");

        assertThat(station.status).as(station.out + station.err).isZero();
        assertThat(station.out).contains("session as expected for profile joint-evm002")
                .containsPattern("TransactionEvent\\s+station\\s+[2-9]\\s+0");
        assertThat(csms.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(out.text() + err.text()).isZero();
        assertThat(out.text()).contains("CS-J > TriggerMessage {\"status\":\"Accepted\"}")
                .contains("TransactionEventRequest  eventType=Started")
                .contains("eventType=Ended").contains("CS-J is gone");
    }

    @Test
    void aStationWithoutItsCsmsReportsThatItNeverConnected() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Cli cli = Cli.run("station", "--url", "ws://127.0.0.1:" + port + "/ocpp", "--duration", "1", "--quiet");
        assertThat(cli.status).isEqualTo(Main.NO_CONNECTION);
        assertThat(cli.err).contains("could not connect to ws://127.0.0.1:" + port + "/ocpp/SIM-1");
    }
}

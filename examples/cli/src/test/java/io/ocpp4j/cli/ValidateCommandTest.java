package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocpp4j validate} on a corpus of valid and invalid frames, on unusable input, and on 100,000 lines. */
class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path corpus() throws URISyntaxException {
        return Path.of(ValidateCommandTest.class.getResource("corpus-16.jsonl").toURI());
    }

    private static List<JsonNode> verdicts(String out) {
        return out.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    private static String summary(JsonNode v) {
        return v.get("line") + " " + v.get("action").asText("-") + " "
                + (v.get("valid").asBoolean() ? "valid" : v.get("errorCode").asText() + " " + v.get("path").asText());
    }

    @Test
    void judgesEveryFrameAsAnOcpp16PeerWould() throws Exception {
        Cli cli = Cli.run("validate", "--ocpp", "1.6", corpus().toString());

        assertThat(cli.status).isEqualTo(Main.PROBLEMS);
        List<JsonNode> verdicts = verdicts(cli.out);
        assertThat(verdicts).map(ValidateCommandTest::summary).containsExactly(
                "1 BootNotification valid",
                "2 BootNotification valid",                                    // paired with the CALL of line 1
                "3 Authorize OccurenceConstraintViolation /idTag",             // 1.6 spelling
                "4 Authorize PropertyConstraintViolation /idTagInfo/status",   // the response schema of Authorize
                "5 - FormationViolation ",                                     // no CALL with id 99 before
                "6 FlyToTheMoon NotImplemented ",
                "7 - FormationViolation ",                                     // not JSON
                "8 Heartbeat FormationViolation /extra",
                "9 StartTransaction TypeConstraintViolation /connectorId",
                "10 StartTransaction valid",                                   // a CALLERROR answering line 9
                "12 Heartbeat valid",                                          // line 11 is blank: skipped
                "13 Heartbeat valid",
                "14 ChangeAvailability PropertyConstraintViolation /connectorId", // schema-valid, beyond int
                "15 ChangeAvailability FormationViolation ",                   // a 4-element CALLRESULT
                "16 - FormationViolation ");                                   // message type 5
        assertThat(verdicts.get(0).fieldNames()).toIterable().containsExactly("line", "messageId", "action", "valid");
        assertThat(verdicts.get(2).get("message").asText()).contains("/idTag").contains("required");
        assertThat(verdicts.get(4).get("message").asText()).contains("no CALL with message id 99");
        assertThat(verdicts.get(6).get("messageId").isNull()).isTrue();
    }

    @Test
    void spellsErrorCodesAsThe201SpecDoes() throws Exception {
        Path file = Files.writeString(dir.resolve("201.jsonl"), String.join("\n",
                "[2,\"a\",\"Heartbeat\",{}]",
                "[3,\"a\",{\"currentTime\":\"2025-01-01T00:00:00Z\"}]",
                "[2,\"b\",\"Authorize\",{}]",
                "[5,\"c\",{}]",
                "[2,\"d\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"M\",\"vendorName\":\"V\"}}]"));
        Cli cli = Cli.run("validate", "--ocpp", "2.0.1", file.toString());
        assertThat(verdicts(cli.out)).map(ValidateCommandTest::summary).containsExactly(
                "1 Heartbeat valid",
                "2 Heartbeat valid",
                "3 Authorize OccurrenceConstraintViolation /idToken",
                "4 - MessageTypeNotSupported ",
                "5 BootNotification valid");
    }

    @Test
    void allValidIsStatusZero() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.jsonl"), "[2,\"1\",\"Heartbeat\",{}]\r\n[3,\"1\",{\"currentTime\":\"2025-01-01T00:00:00.123+02:00\"}]\r\n");
        Cli cli = Cli.run("validate", file.toString());
        assertThat(cli.status).isZero();
        assertThat(cli.out.lines()).hasSize(2);
    }

    @Test
    void unusableInputIsStatusTwo() throws Exception {
        Cli missing = Cli.run("validate", dir.resolve("nothing-here.jsonl").toString());
        assertThat(missing.status).isEqualTo(Main.USAGE);
        assertThat(missing.err).contains("no such file");

        Path binary = Files.write(dir.resolve("binary.bin"), new byte[] {'[', '2', ',', (byte) 0xC3, (byte) 0x28, 0x00, '\n'});
        Cli notText = Cli.run("validate", binary.toString());
        assertThat(notText.status).isEqualTo(Main.USAGE);
        assertThat(notText.err).contains("is not UTF-8 text");

        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n   \n\n");
        Cli empty = Cli.run("validate", blank.toString());
        assertThat(empty.status).isEqualTo(Main.USAGE);
        assertThat(empty.err).contains("no frame in");
    }

    @Test
    void handlesAHundredThousandLines() throws Exception {
        Path file = dir.resolve("100k.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 25_000; i++) {
                out.write("[2,\"b" + i + "\",\"BootNotification\",{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"X" + i % 7 + "\"}]\n");
                out.write("[3,\"b" + i + "\",{\"status\":\"Accepted\",\"currentTime\":\"2025-01-01T00:00:00Z\",\"interval\":300}]\n");
                out.write("[2,\"m" + i + "\",\"MeterValues\",{\"connectorId\":1,\"transactionId\":" + i + ",\"meterValue\":[{"
                        + "\"timestamp\":\"2025-01-01T00:00:00Z\",\"sampledValue\":[{\"value\":\"" + i + "\","
                        + "\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}]}]}]\n");
                out.write(i % 1000 == 999 ? "[3,\"m" + i + "\",{\"unexpected\":true}]\n" : "[3,\"m" + i + "\",{}]\n");
            }
        }
        Cli cli = Cli.run("validate", file.toString());

        assertThat(cli.status).isEqualTo(Main.PROBLEMS);
        List<String> lines = cli.out.lines().toList();
        assertThat(lines).hasSize(100_000);
        assertThat(lines).filteredOn(l -> l.contains("\"valid\":false")).hasSize(25)
                .allMatch(l -> l.contains("\"action\":\"MeterValues\"") && l.contains("\"path\":\"/unexpected\""));
        assertThat(lines.get(99_999)).startsWith("{\"line\":100000,");
    }
}

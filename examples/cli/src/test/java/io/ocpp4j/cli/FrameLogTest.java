package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.core.InMemoryConnection;
import java.io.StringWriter;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The JSON-lines frame log, and that it never holds a password. */
class FrameLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void logsOneJsonObjectPerFrameAndEvent() throws Exception {
        StringWriter out = new StringWriter();
        Executor direct = Runnable::run;
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP-1", direct, direct, 10);
        FrameLog log = FrameLog.to(out);
        FrameTap tap = log.tap(pair.csms());
        tap.received("[2,\"1\",\"Heartbeat\",{}]");
        tap.sent("[3,\"1\",{\"currentTime\":\"2025-01-01T00:00:00Z\"}]");
        tap.closed(1001, "going away", false);

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(4);
        JsonNode connected = JSON.readTree(lines[0]);
        assertThat(connected.get("event").asText()).isEqualTo("connected");
        assertThat(connected.get("station").asText()).isEqualTo("CP-1");
        assertThat(connected.get("subprotocol").asText()).isEqualTo("ocpp1.6");
        JsonNode in = JSON.readTree(lines[1]);
        assertThat(in.get("direction").asText()).isEqualTo("in");
        assertThat(in.get("frame").asText()).isEqualTo("[2,\"1\",\"Heartbeat\",{}]");
        assertThat(in.get("time").asText()).endsWith("Z");
        assertThat(JSON.readTree(lines[2]).get("direction").asText()).isEqualTo("out");
        JsonNode closed = JSON.readTree(lines[3]);
        assertThat(closed.get("event").asText()).isEqualTo("closed");
        assertThat(closed.get("code").asInt()).isEqualTo(1001);
    }

    @Test
    void neverLogsABasicAuthPassword() {
        assertThat(FrameLog.redact("[2,\"9\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"s3cret-s3cret-s3cret\"}]"))
                .doesNotContain("s3cret").contains("\"***\"").contains("AuthorizationKey");
        assertThat(FrameLog.redact("[2,\"9\",\"SetVariables\",{\"setVariableData\":[{\"attributeValue\":\"s3cret-pw\","
                + "\"component\":{\"name\":\"SecurityCtrlr\"},\"variable\":{\"name\":\"BasicAuthPassword\"}}]}]"))
                .doesNotContain("s3cret").contains("\"***\"");
        assertThat(FrameLog.redact("[3,\"9\",{\"configurationKey\":[{\"key\":\"AuthorizationKey\",\"readonly\":false,"
                + "\"value\":\"s3cret-s3cret\"}]}]")).doesNotContain("s3cret");
        assertThat(FrameLog.redact("AuthorizationKey s3cret not even JSON")).isEqualTo("***");
        String plain = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":\"60\"}]";
        assertThat(FrameLog.redact(plain)).isSameAs(plain);
    }
}

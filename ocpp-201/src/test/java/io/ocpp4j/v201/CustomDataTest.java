package io.ocpp4j.v201;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.validation.Violation;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootReasonEnum;
import io.ocpp4j.v201.model.ChargingStation;
import io.ocpp4j.v201.model.CustomData;
import io.ocpp4j.v201.model.DataTransferRequest;
import io.ocpp4j.v201.model.TransactionEventRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code customData} is accepted on every 2.0.1 object and its vendor properties survive decode →
 * encode: the model keeps them as JSON trees ({@link CustomData#getAdditionalProperties()}), exactly
 * as received.
 */
class CustomDataTest {

    private static final ObjectMapper MAPPER = Ocpp201.VERSION.mapper();

    @Test
    void vendorPropertiesAtEveryLevelAreReadAndWrittenBackUnchanged() throws Exception {
        String json = """
                {"eventType":"Updated","timestamp":"2024-05-01T12:15:00Z","triggerReason":"MeterValuePeriodic",
                 "seqNo":4,
                 "transactionInfo":{"transactionId":"tx-1",
                   "customData":{"vendorId":"com.example.fleet","costCenter":"CC-1","limits":[16,32.0]}},
                 "meterValue":[{"timestamp":"2024-05-01T12:15:00Z",
                   "sampledValue":[{"value":1.50,
                     "customData":{"vendorId":"com.example.meter","raw":{"counter":12345678901234567890,
                       "phases":null,"ok":true}}}]}],
                 "customData":{"vendorId":"com.example","note":"Grüße ⚡"}}
                """;
        JsonNode received = MAPPER.readTree(json);

        TransactionEventRequest event = MAPPER.treeToValue(received, TransactionEventRequest.class);

        CustomData top = event.getCustomData();
        assertThat(top.getVendorId()).isEqualTo("com.example");
        assertThat(top.getAdditionalProperties().get("note").textValue()).isEqualTo("Grüße ⚡");
        CustomData fleet = event.getTransactionInfo().getCustomData();
        assertThat(fleet.getAdditionalProperties()).containsOnlyKeys("costCenter", "limits");
        assertThat(fleet.getAdditionalProperties().get("limits").get(1).decimalValue()).hasToString("32.0");
        JsonNode raw = event.getMeterValue().get(0).getSampledValue().get(0).getCustomData()
                .getAdditionalProperties().get("raw");
        assertThat(raw.get("counter").bigIntegerValue()).hasToString("12345678901234567890");
        assertThat(raw.get("phases").isNull()).isTrue();

        JsonNode sent = MAPPER.readTree(MAPPER.writeValueAsString(event));
        assertThat(sent).isEqualTo(received);
        assertThat(MAPPER.writeValueAsString(sent)).contains("\"limits\":[16,32.0]", "\"value\":1.50",
                "\"phases\":null");
    }

    @Test
    void applicationsAddVendorProperties() throws Exception {
        CustomData customData = new CustomData();
        customData.setVendorId("com.example");
        customData.setAdditionalProperty("bootCount", MAPPER.getNodeFactory().numberNode(17));
        ChargingStation station = new ChargingStation();
        station.setModel("Wallbox-22");
        station.setVendorName("ACME");
        station.setCustomData(customData);
        BootNotificationRequest boot = new BootNotificationRequest();
        boot.setReason(BootReasonEnum.POWER_UP);
        boot.setChargingStation(station);

        ObjectNode encoded = MAPPER.valueToTree(boot);

        assertThat(encoded.toString()).isEqualTo("{\"chargingStation\":{\"model\":\"Wallbox-22\","
                + "\"vendorName\":\"ACME\",\"customData\":{\"vendorId\":\"com.example\",\"bootCount\":17}},"
                + "\"reason\":\"PowerUp\"}");
        assertThat(Conformance201.OURS.validate("BootNotificationRequest", encoded)).isEmpty();
    }

    @Test
    void customDataNeedsAVendorIdOfAtMost255Characters() throws Exception {
        ObjectNode missing = (ObjectNode) MAPPER.readTree("""
                {"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V",
                 "customData":{"vendor":"com.example"}}}
                """);
        Optional<Violation> violation = Conformance201.OURS.validate("BootNotificationRequest", missing);
        assertThat(violation).map(Violation::code).contains(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(violation).map(Violation::pointer).contains("/chargingStation/customData/vendorId");

        ObjectNode tooLong = (ObjectNode) MAPPER.readTree("""
                {"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V"},
                 "customData":{"vendorId":"%s"}}
                """.formatted("v".repeat(256)));
        assertThat(Conformance201.OURS.validate("BootNotificationRequest", tooLong)).map(Violation::code)
                .contains(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
    }

    @Test
    void dataTransferDataIsAnyJsonAndKeptAsATree() throws Exception {
        for (String data : new String[] {"{\"a\":[1,2.50,null]}", "\"text\"", "1.0", "null", "[]", "false"}) {
            JsonNode received = MAPPER.readTree("{\"vendorId\":\"com.example\",\"data\":" + data + "}");
            DataTransferRequest request = MAPPER.treeToValue(received, DataTransferRequest.class);
            assertThat(request.getData()).as(data).isEqualTo(received.get("data"));
            assertThat(MAPPER.writeValueAsString(request)).as(data)
                    .isEqualTo("{\"data\":" + data + ",\"vendorId\":\"com.example\"}");
        }
    }
}

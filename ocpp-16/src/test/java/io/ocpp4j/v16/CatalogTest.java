package io.ocpp4j.v16;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.Direction;
import io.ocpp4j.core.ErrorCodeSpelling;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.validation.NetworkntSchemaValidators;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void versionIsOcpp16WithAll28Actions() {
        assertThat(Ocpp16.VERSION.subprotocol()).isEqualTo("ocpp1.6");
        assertThat(Ocpp16.VERSION.spelling()).isEqualTo(ErrorCodeSpelling.OCPP_16);
        assertThat(Ocpp16.VERSION.catalog().actions()).containsExactlyElementsOf(Actions16.ALL).hasSize(28);
        assertThat(Ocpp16.VERSION.catalog().find("BootNotification")).containsSame(Actions16.BOOT_NOTIFICATION);
    }

    @Test
    void featureProfilesHoldTheirActions() {
        Map<String, List<String>> byProfile = Actions16.ALL.stream().collect(Collectors.groupingBy(Action::feature,
                Collectors.mapping(Action::name, Collectors.toList())));
        assertThat(byProfile).containsOnlyKeys(FeatureProfiles.CORE, FeatureProfiles.FIRMWARE_MANAGEMENT,
                FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT, FeatureProfiles.RESERVATION,
                FeatureProfiles.SMART_CHARGING, FeatureProfiles.REMOTE_TRIGGER);
        assertThat(byProfile.get(FeatureProfiles.CORE)).hasSize(16);
        assertThat(byProfile.get(FeatureProfiles.FIRMWARE_MANAGEMENT)).containsExactlyInAnyOrder(
                "DiagnosticsStatusNotification", "FirmwareStatusNotification", "GetDiagnostics", "UpdateFirmware");
        assertThat(byProfile.get(FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT))
                .containsExactlyInAnyOrder("GetLocalListVersion", "SendLocalList");
        assertThat(byProfile.get(FeatureProfiles.RESERVATION))
                .containsExactlyInAnyOrder("CancelReservation", "ReserveNow");
        assertThat(byProfile.get(FeatureProfiles.SMART_CHARGING))
                .containsExactlyInAnyOrder("ClearChargingProfile", "GetCompositeSchedule", "SetChargingProfile");
        assertThat(byProfile.get(FeatureProfiles.REMOTE_TRIGGER)).containsExactly("TriggerMessage");
    }

    @Test
    void directionsFollowWhoSendsTheRequest() {
        Map<Direction, List<String>> byDirection = Actions16.ALL.stream().collect(Collectors.groupingBy(
                Action::direction, Collectors.mapping(Action::name, Collectors.toList())));
        assertThat(byDirection.get(Direction.TO_CSMS)).containsExactlyInAnyOrder("Authorize", "BootNotification",
                "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues",
                "StartTransaction", "StatusNotification", "StopTransaction");
        assertThat(byDirection.get(Direction.BOTH)).containsExactly("DataTransfer");
        assertThat(byDirection.get(Direction.TO_STATION)).hasSize(18);
    }

    @Test
    void actionsBindToTheirModelsAndSchemas() {
        for (Action<?, ?> action : Actions16.ALL) {
            assertThat(action.requestType().getName()).isEqualTo("io.ocpp4j.v16.model." + action.name() + "Request");
            assertThat(action.responseType().getName()).isEqualTo("io.ocpp4j.v16.model." + action.name() + "Response");
            assertThat(action.requestSchema()).isEqualTo("schemas/v16/" + action.name() + "Request.json");
            assertThat(action.responseSchema()).isEqualTo("schemas/v16/" + action.name() + "Response.json");
        }
        new NetworkntSchemaValidators().precompile(Ocpp16.VERSION.catalog());
    }

    @Test
    void everySchemaNamesItsModelAndCarriesNoDescriptiveText() {
        for (String message : Corpus.messages(Actions16.ALL)) {
            JsonNode schema = Conformance16.OURS.json(message);
            assertThat(schema.path("javaType").asText()).isEqualTo("io.ocpp4j.v16.model." + message);
            assertNoKeyword(message, schema);
        }
        Conformance16.OURS.definitions().properties().forEach(definition -> {
            JsonNode schema = definition.getValue();
            if (schema.has("enum") || "object".equals(schema.path("type").asText())) {
                assertThat(schema.path("javaType").asText()).isEqualTo("io.ocpp4j.v16.model." + definition.getKey());
            }
            assertNoKeyword(definition.getKey(), schema);
        });
    }

    /** No title, description or default anywhere: no OCA text, and nothing re-emitted on encode. */
    private static void assertNoKeyword(String where, JsonNode schema) {
        assertThat(schema.has("title") || schema.has("description") || schema.has("default")).as(where).isFalse();
        schema.path("properties").forEach(property -> assertNoKeyword(where, property));
        if (schema.has("items")) {
            assertNoKeyword(where, schema.get("items"));
        }
    }
}

package io.ocpp4j.v16.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.Direction;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.validation.NetworkntSchemaValidators;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.Ocpp16;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final String MODELS = "io.ocpp4j.v16.security.model.";

    @Test
    void extensionTravelsOnOcpp16NextToTheCoreActions() {
        assertThat(Ocpp16Security.VERSION.subprotocol()).isEqualTo("ocpp1.6");
        assertThat(Ocpp16Security.VERSION.spelling()).isEqualTo(Ocpp16.VERSION.spelling());
        assertThat(Ocpp16Security.VERSION.mapper()).isSameAs(Ocpp16.VERSION.mapper());
        List<Action<?, ?>> expected = new ArrayList<>(Actions16.ALL);
        expected.addAll(SecurityActions16.ALL);
        assertThat(Ocpp16Security.VERSION.catalog().actions()).containsExactlyElementsOf(expected).hasSize(39);
        assertThat(Ocpp16Security.VERSION.catalog().find("SignedUpdateFirmware"))
                .containsSame(SecurityActions16.SIGNED_UPDATE_FIRMWARE);
        assertThat(Ocpp16Security.VERSION.catalog().find("UpdateFirmware")).containsSame(Actions16.UPDATE_FIRMWARE);
        assertThat(Ocpp16.VERSION.catalog().find("SignedUpdateFirmware")).as("1.6 itself is unchanged").isEmpty();
    }

    @Test
    void featuresHoldTheirActions() {
        Map<String, List<String>> byFeature = SecurityActions16.ALL.stream().collect(Collectors.groupingBy(
                Action::feature, Collectors.mapping(Action::name, Collectors.toList())));
        assertThat(byFeature).containsOnlyKeys(SecurityFeatures.SECURITY, SecurityFeatures.CERTIFICATE_MANAGEMENT,
                SecurityFeatures.SECURE_FIRMWARE_UPDATE, SecurityFeatures.LOGGING, SecurityFeatures.EXTENDED_TRIGGER);
        assertThat(byFeature.get(SecurityFeatures.SECURITY)).containsExactlyInAnyOrder(
                "CertificateSigned", "SecurityEventNotification", "SignCertificate");
        assertThat(byFeature.get(SecurityFeatures.CERTIFICATE_MANAGEMENT)).containsExactlyInAnyOrder(
                "DeleteCertificate", "GetInstalledCertificateIds", "InstallCertificate");
        assertThat(byFeature.get(SecurityFeatures.SECURE_FIRMWARE_UPDATE)).containsExactlyInAnyOrder(
                "SignedFirmwareStatusNotification", "SignedUpdateFirmware");
        assertThat(byFeature.get(SecurityFeatures.LOGGING)).containsExactlyInAnyOrder(
                "GetLog", "LogStatusNotification");
        assertThat(byFeature.get(SecurityFeatures.EXTENDED_TRIGGER)).containsExactly("ExtendedTriggerMessage");
        List<String> coreProfiles = Actions16.ALL.stream().map(Action::feature).distinct().toList();
        assertThat(byFeature.keySet()).doesNotContainAnyElementsOf(coreProfiles);
    }

    @Test
    void directionsFollowWhoSendsTheRequest() {
        Map<Direction, List<String>> byDirection = SecurityActions16.ALL.stream().collect(Collectors.groupingBy(
                Action::direction, Collectors.mapping(Action::name, Collectors.toList())));
        assertThat(byDirection.get(Direction.TO_CSMS)).containsExactlyInAnyOrder("LogStatusNotification",
                "SecurityEventNotification", "SignCertificate", "SignedFirmwareStatusNotification");
        assertThat(byDirection.get(Direction.TO_STATION)).containsExactlyInAnyOrder("CertificateSigned",
                "DeleteCertificate", "ExtendedTriggerMessage", "GetInstalledCertificateIds", "GetLog",
                "InstallCertificate", "SignedUpdateFirmware");
        assertThat(byDirection).doesNotContainKey(Direction.BOTH);
    }

    @Test
    void actionsBindToTheirModelsAndSchemas() {
        for (Action<?, ?> action : SecurityActions16.ALL) {
            assertThat(action.requestType().getName()).isEqualTo(MODELS + action.name() + "Request");
            assertThat(action.responseType().getName()).isEqualTo(MODELS + action.name() + "Response");
            assertThat(action.requestSchema()).isEqualTo("schemas/v16security/" + action.name() + "Request.json");
            assertThat(action.responseSchema()).isEqualTo("schemas/v16security/" + action.name() + "Response.json");
        }
        new NetworkntSchemaValidators().precompile(Ocpp16Security.VERSION.catalog());
    }

    @Test
    void everySchemaNamesItsModelAndCarriesNoDescriptiveText() {
        for (String message : Corpus.messages(SecurityActions16.ALL)) {
            JsonNode schema = ConformanceSecurity.OURS.json(message);
            assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-06/schema#");
            assertThat(schema.path("javaType").asText()).isEqualTo(MODELS + message);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(message).isFalse();
            assertNoKeyword(message, schema);
        }
        ConformanceSecurity.OURS.definitions().properties().forEach(definition -> {
            JsonNode schema = definition.getValue();
            String name = definition.getKey();
            if (schema.has("enum") || "object".equals(schema.path("type").asText())) {
                // The class is named after the definition, without its "Type" suffix: FirmwareType → Firmware.
                assertThat(schema.path("javaType").asText()).isEqualTo(MODELS + name.replaceFirst("Type$", ""));
            }
            if ("object".equals(schema.path("type").asText())) {
                assertThat(schema.path("additionalProperties").asBoolean(true)).as(name).isFalse();
            }
            assertNoKeyword(name, schema);
        });
    }

    /** No title, description, default or id anywhere: no OCA text, and nothing re-emitted on encode. */
    private static void assertNoKeyword(String where, JsonNode schema) {
        assertThat(schema.has("title") || schema.has("description") || schema.has("default")
                || schema.has("$id")).as(where).isFalse();
        schema.path("properties").forEach(property -> assertNoKeyword(where, property));
        if (schema.has("items")) {
            assertNoKeyword(where, schema.get("items"));
        }
    }
}

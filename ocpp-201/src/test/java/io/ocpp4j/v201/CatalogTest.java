package io.ocpp4j.v201;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.Direction;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.ErrorCodeSpelling;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.validation.NetworkntSchemaValidators;
import io.ocpp4j.v201.model.CustomData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final String MODELS = "io.ocpp4j.v201.model.";

    @Test
    void versionIsOcpp201WithAll64Actions() {
        assertThat(Ocpp201.VERSION.subprotocol()).isEqualTo("ocpp2.0.1");
        assertThat(Ocpp201.VERSION.spelling()).isEqualTo(ErrorCodeSpelling.OCPP_201);
        assertThat(ErrorCode.FORMAT_VIOLATION.wireName(Ocpp201.VERSION.spelling())).isEqualTo("FormatViolation");
        assertThat(ErrorCode.RPC_FRAMEWORK_ERROR.wireName(Ocpp201.VERSION.spelling())).isEqualTo("RpcFrameworkError");
        assertThat(Ocpp201.VERSION.catalog().actions()).containsExactlyElementsOf(Actions201.ALL).hasSize(64);
        assertThat(Ocpp201.VERSION.catalog().find("TransactionEvent")).containsSame(Actions201.TRANSACTION_EVENT);
        assertThat(Ocpp201.VERSION.catalog().find("StartTransaction")).isEmpty();
    }

    @Test
    void functionalBlocksHoldTheirActions() {
        Map<String, List<String>> byBlock = Actions201.ALL.stream().collect(Collectors.groupingBy(Action::feature,
                Collectors.mapping(Action::name, Collectors.toList())));
        assertThat(byBlock).hasSize(16);
        assertThat(byBlock.get(FunctionalBlocks.SECURITY)).containsExactlyInAnyOrder(
                "CertificateSigned", "SecurityEventNotification", "SignCertificate");
        assertThat(byBlock.get(FunctionalBlocks.PROVISIONING)).containsExactlyInAnyOrder("BootNotification",
                "GetBaseReport", "GetReport", "GetVariables", "NotifyReport", "Reset", "SetNetworkProfile",
                "SetVariables");
        assertThat(byBlock.get(FunctionalBlocks.AUTHORIZATION)).containsExactlyInAnyOrder("Authorize", "ClearCache");
        assertThat(byBlock.get(FunctionalBlocks.LOCAL_AUTHORIZATION_LIST_MANAGEMENT))
                .containsExactlyInAnyOrder("GetLocalListVersion", "SendLocalList");
        assertThat(byBlock.get(FunctionalBlocks.TRANSACTIONS))
                .containsExactlyInAnyOrder("GetTransactionStatus", "TransactionEvent");
        assertThat(byBlock.get(FunctionalBlocks.REMOTE_CONTROL)).containsExactlyInAnyOrder(
                "RequestStartTransaction", "RequestStopTransaction", "TriggerMessage", "UnlockConnector");
        assertThat(byBlock.get(FunctionalBlocks.AVAILABILITY))
                .containsExactlyInAnyOrder("ChangeAvailability", "Heartbeat", "StatusNotification");
        assertThat(byBlock.get(FunctionalBlocks.RESERVATION))
                .containsExactlyInAnyOrder("CancelReservation", "ReservationStatusUpdate", "ReserveNow");
        assertThat(byBlock.get(FunctionalBlocks.TARIFF_AND_COST)).containsExactly("CostUpdated");
        assertThat(byBlock.get(FunctionalBlocks.METER_VALUES)).containsExactly("MeterValues");
        assertThat(byBlock.get(FunctionalBlocks.SMART_CHARGING)).containsExactlyInAnyOrder("ClearChargingProfile",
                "ClearedChargingLimit", "GetChargingProfiles", "GetCompositeSchedule", "NotifyChargingLimit",
                "NotifyEVChargingNeeds", "NotifyEVChargingSchedule", "ReportChargingProfiles", "SetChargingProfile");
        assertThat(byBlock.get(FunctionalBlocks.FIRMWARE_MANAGEMENT)).containsExactlyInAnyOrder(
                "FirmwareStatusNotification", "PublishFirmware", "PublishFirmwareStatusNotification",
                "UnpublishFirmware", "UpdateFirmware");
        assertThat(byBlock.get(FunctionalBlocks.ISO15118_CERTIFICATE_MANAGEMENT)).containsExactlyInAnyOrder(
                "DeleteCertificate", "Get15118EVCertificate", "GetCertificateStatus", "GetInstalledCertificateIds",
                "InstallCertificate");
        assertThat(byBlock.get(FunctionalBlocks.DIAGNOSTICS)).containsExactlyInAnyOrder("ClearVariableMonitoring",
                "CustomerInformation", "GetLog", "GetMonitoringReport", "LogStatusNotification",
                "NotifyCustomerInformation", "NotifyEvent", "NotifyMonitoringReport", "SetMonitoringBase",
                "SetMonitoringLevel", "SetVariableMonitoring");
        assertThat(byBlock.get(FunctionalBlocks.DISPLAY_MESSAGE)).containsExactlyInAnyOrder(
                "ClearDisplayMessage", "GetDisplayMessages", "NotifyDisplayMessages", "SetDisplayMessage");
        assertThat(byBlock.get(FunctionalBlocks.DATA_TRANSFER)).containsExactly("DataTransfer");
    }

    @Test
    void directionsFollowWhoSendsTheRequest() {
        Map<Direction, List<String>> byDirection = Actions201.ALL.stream().collect(Collectors.groupingBy(
                Action::direction, Collectors.mapping(Action::name, Collectors.toList())));
        assertThat(byDirection.get(Direction.TO_CSMS)).containsExactlyInAnyOrder("Authorize", "BootNotification",
                "ClearedChargingLimit", "FirmwareStatusNotification", "Get15118EVCertificate",
                "GetCertificateStatus", "Heartbeat", "LogStatusNotification", "MeterValues", "NotifyChargingLimit",
                "NotifyCustomerInformation", "NotifyDisplayMessages", "NotifyEVChargingNeeds",
                "NotifyEVChargingSchedule", "NotifyEvent", "NotifyMonitoringReport", "NotifyReport",
                "PublishFirmwareStatusNotification", "ReportChargingProfiles", "ReservationStatusUpdate",
                "SecurityEventNotification", "SignCertificate", "StatusNotification", "TransactionEvent");
        assertThat(byDirection.get(Direction.BOTH)).containsExactly("DataTransfer");
        assertThat(byDirection.get(Direction.TO_STATION)).hasSize(39);
    }

    @Test
    void actionsBindToTheirModelsAndSchemas() {
        for (Action<?, ?> action : Actions201.ALL) {
            assertThat(action.requestType().getName()).isEqualTo(MODELS + action.name() + "Request");
            assertThat(action.responseType().getName()).isEqualTo(MODELS + action.name() + "Response");
            assertThat(action.requestSchema()).isEqualTo("schemas/v201/" + action.name() + "Request.json");
            assertThat(action.responseSchema()).isEqualTo("schemas/v201/" + action.name() + "Response.json");
        }
        new NetworkntSchemaValidators().precompile(Ocpp201.VERSION.catalog());
    }

    @Test
    void everySchemaNamesItsModelAndCarriesNoDescriptiveText() {
        for (String message : Corpus.messages(Actions201.ALL)) {
            JsonNode schema = Conformance201.OURS.json(message);
            assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-06/schema#");
            assertThat(schema.path("javaType").asText()).isEqualTo(MODELS + message);
            assertNoKeyword(message, schema);
        }
        Conformance201.OURS.definitions().properties().forEach(definition -> {
            JsonNode schema = definition.getValue();
            String name = definition.getKey();
            if (schema.has("enum") || "object".equals(schema.path("type").asText())) {
                // The class is named after the definition, without its "Type" suffix: IdTokenType → IdToken.
                assertThat(schema.path("javaType").asText()).isEqualTo(MODELS + name.replaceFirst("Type$", ""));
            }
            assertNoKeyword(name, schema);
        });
    }

    /** customData is the one open object: every other object of every schema is closed. */
    @Test
    void onlyCustomDataAcceptsVendorProperties() throws ClassNotFoundException {
        List<String> open = new ArrayList<>();
        for (String message : Corpus.messages(Actions201.ALL)) {
            collectOpenObjects(message, Conformance201.OURS.json(message), open);
        }
        Conformance201.OURS.definitions().properties().forEach(definition ->
                collectOpenObjects(definition.getKey(), definition.getValue(), open));
        assertThat(open).containsExactly("CustomDataType");

        List<Class<?>> withVendorProperties = new ArrayList<>();
        for (JsonNode definition : Conformance201.OURS.definitions()) {
            if (definition.has("javaType")) {
                Class<?> model = Class.forName(definition.get("javaType").asText());
                if (Arrays.stream(model.getMethods()).anyMatch(m -> m.getName().equals("getAdditionalProperties"))) {
                    withVendorProperties.add(model);
                }
            }
        }
        assertThat(withVendorProperties).containsExactly(CustomData.class);
    }

    private static void collectOpenObjects(String where, JsonNode schema, List<String> open) {
        if ("object".equals(schema.path("type").asText())
                && !schema.path("additionalProperties").equals(BooleanNode.FALSE)) {
            open.add(where);
        }
        schema.path("properties").forEach(property -> collectOpenObjects(where, property, open));
        if (schema.has("items")) {
            collectOpenObjects(where, schema.get("items"), open);
        }
    }

    /** No title, description, comment or default anywhere: no OCA text, and nothing re-emitted on encode. */
    private static void assertNoKeyword(String where, JsonNode schema) {
        assertThat(schema.has("title") || schema.has("description") || schema.has("default")
                || schema.has("comment") || schema.has("$id")).as(where).isFalse();
        schema.path("properties").forEach(property -> assertNoKeyword(where, property));
        if (schema.has("items")) {
            assertNoKeyword(where, schema.get("items"));
        }
    }
}

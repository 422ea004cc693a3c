package io.ocpp4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mapping of schema violations to OCPP-J codes and pointers, and leniency, run against every
 * {@link SchemaValidators} implementation: each subclass names one ({@link NetworkntValidationMappingTest},
 * {@link CompiledValidationMappingTest}).
 */
abstract class ValidationMappingTest {

    private final SchemaValidators underTest = validators().precompile(TestCatalog.CATALOG);

    /** @return a new instance of the implementation under test */
    abstract SchemaValidators validators();

    private Optional<Violation> boot(String json, Leniency leniency) {
        return underTest.request(TestCatalog.BOOT_NOTIFICATION).validate(object(json), leniency);
    }

    private Optional<Violation> limits(String json) {
        return underTest.request(TestCatalog.SET_LIMITS).validate(object(json), Leniency.STRICT);
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) RawPeer.parse(json);
    }

    @Test
    void validPayloadsPass() {
        assertThat(boot("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}", Leniency.STRICT)).isEmpty();
        assertThat(boot("{\"chargePointVendor\":\"12345678901234567890\",\"chargePointModel\":\"M\","
                + "\"firmwareVersion\":\"1.0\",\"bootTime\":\"2024-01-01T12:00:00.123+02:00\"}", Leniency.STRICT)).isEmpty();
        assertThat(limits("{\"connectorId\":0,\"limits\":[{\"limit\":6.5,\"unit\":\"A\"}]}")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what                  | payload                                                                                       | code                            | pointer
        "unknown property        | {'chargePointVendor':'V','chargePointModel':'M','colour':'red'}                               | FORMAT_VIOLATION                | /colour",
        "missing required        | {'chargePointVendor':'V'}                                                                     | OCCURRENCE_CONSTRAINT_VIOLATION | /chargePointModel",
        "wrong type              | {'chargePointVendor':42,'chargePointModel':'M'}                                               | TYPE_CONSTRAINT_VIOLATION       | /chargePointVendor",
        "too long                | {'chargePointVendor':'123456789012345678901','chargePointModel':'M'}                          | PROPERTY_CONSTRAINT_VIOLATION   | /chargePointVendor",
        "bad date-time           | {'chargePointVendor':'V','chargePointModel':'M','bootTime':'yesterday'}                       | PROPERTY_CONSTRAINT_VIOLATION   | /bootTime",
        "date-time no offset     | {'chargePointVendor':'V','chargePointModel':'M','bootTime':'2024-01-01T12:00:00'}             | PROPERTY_CONSTRAINT_VIOLATION   | /bootTime",
    })
    void bootNotificationViolationsMapToOcppCodes(String what, String payload, ErrorCode code, String pointer) {
        Optional<Violation> violation = boot(payload.replace('\'', '"'), Leniency.STRICT);
        assertThat(violation).as(what).isPresent();
        assertThat(violation.get().code()).as(what).isEqualTo(code);
        assertThat(violation.get().pointer()).as(what).isEqualTo(pointer);
        assertThat(violation.get().message()).as(what).startsWith(pointer + ":");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "too few items          | {'connectorId':1,'limits':[]}                                                                                       | OCCURRENCE_CONSTRAINT_VIOLATION | /limits",
        "too many items         | {'connectorId':1,'limits':[{'limit':1,'unit':'A'},{'limit':1,'unit':'A'},{'limit':1,'unit':'A'},{'limit':1,'unit':'A'}]} | OCCURRENCE_CONSTRAINT_VIOLATION | /limits",
        "missing nested         | {'connectorId':1,'limits':[{'limit':1}]}                                                                            | OCCURRENCE_CONSTRAINT_VIOLATION | /limits/0/unit",
        "not in enum            | {'connectorId':1,'limits':[{'limit':1,'unit':'kW'}]}                                                                | PROPERTY_CONSTRAINT_VIOLATION   | /limits/0/unit",
        "above maximum          | {'connectorId':1,'limits':[{'limit':1000.5,'unit':'A'}]}                                                            | PROPERTY_CONSTRAINT_VIOLATION   | /limits/0/limit",
        "below minimum          | {'connectorId':-1,'limits':[{'limit':1,'unit':'A'}]}                                                                | PROPERTY_CONSTRAINT_VIOLATION   | /connectorId",
        "decimal for integer    | {'connectorId':1.5,'limits':[{'limit':1,'unit':'A'}]}                                                               | TYPE_CONSTRAINT_VIOLATION       | /connectorId",
        "string for number      | {'connectorId':1,'limits':[{'limit':'6','unit':'A'}]}                                                               | TYPE_CONSTRAINT_VIOLATION       | /limits/0/limit",
        "object for array       | {'connectorId':1,'limits':{'limit':1,'unit':'A'}}                                                                   | TYPE_CONSTRAINT_VIOLATION       | /limits",
        "unknown nested         | {'connectorId':1,'limits':[{'limit':1,'unit':'A','x':1}]}                                                           | FORMAT_VIOLATION                | /limits/0/x",
    })
    void setLimitsViolationsMapToOcppCodes(String what, String payload, ErrorCode code, String pointer) {
        Optional<Violation> violation = limits(payload.replace('\'', '"'));
        assertThat(violation).as(what).isPresent();
        assertThat(violation.get().code()).as(what).isEqualTo(code);
        assertThat(violation.get().pointer()).as(what).isEqualTo(pointer);
    }

    @Test
    void structureIsReportedBeforeValues() {
        Optional<Violation> violation = limits("{\"connectorId\":-1,\"limits\":[{\"limit\":1,\"unit\":\"A\"}],\"x\":1}");
        assertThat(violation).get().extracting(Violation::code).isEqualTo(ErrorCode.FORMAT_VIOLATION);
    }

    @Test
    void leniencyForgivesUnknownProperties() {
        Leniency lenient = new Leniency(true, false);
        assertThat(boot("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"colour\":\"red\"}", lenient)).isEmpty();
        // other violations are still reported
        assertThat(boot("{\"chargePointVendor\":\"V\",\"colour\":\"red\"}", lenient))
                .get().extracting(Violation::code).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @Test
    void leniencyReadsDateTimeWithoutOffsetAsUtc() {
        ObjectNode payload = object("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"bootTime\":\"2024-01-01T12:00:00\"}");
        Optional<Violation> violation = underTest.request(TestCatalog.BOOT_NOTIFICATION)
                .validate(payload, new Leniency(false, true));
        assertThat(violation).isEmpty();
        assertThat(payload.get("bootTime").asText()).isEqualTo("2024-01-01T12:00:00Z");
        // a date-time that is not one at all is still refused
        assertThat(boot("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"bootTime\":\"noon\"}",
                new Leniency(false, true))).isPresent();
    }

    @Test
    void leniencyIsChosenPerAction() {
        ValidationConfig config = ValidationConfig.builder()
                .leniency("BootNotification", new Leniency(true, true))
                .build();
        assertThat(config.leniency("BootNotification").isLenient()).isTrue();
        assertThat(config.leniency("Heartbeat")).isEqualTo(Leniency.STRICT);
        assertThat(ValidationConfig.STRICT.validateOutgoing()).isTrue();
    }

    @Test
    void schemasAreCompiledOnce() {
        assertThat(underTest.request(TestCatalog.BOOT_NOTIFICATION)).isSameAs(underTest.request(TestCatalog.BOOT_NOTIFICATION));
    }

    @Test
    void missingSchemaFailsClearly() {
        assertThatThrownBy(() -> validators().forSchema("schemas/none.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schemas/none.json");
    }
}

package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

    @ParameterizedTest(name = "{0}: 1.6 {1}, 2.0.1 {2}")
    @CsvSource({
        "NOT_IMPLEMENTED,                 NotImplemented,               NotImplemented",
        "NOT_SUPPORTED,                   NotSupported,                 NotSupported",
        "INTERNAL_ERROR,                  InternalError,                InternalError",
        "PROTOCOL_ERROR,                  ProtocolError,                ProtocolError",
        "SECURITY_ERROR,                  SecurityError,                SecurityError",
        "FORMAT_VIOLATION,                FormationViolation,           FormatViolation",
        "PROPERTY_CONSTRAINT_VIOLATION,   PropertyConstraintViolation,  PropertyConstraintViolation",
        "OCCURRENCE_CONSTRAINT_VIOLATION, OccurenceConstraintViolation, OccurrenceConstraintViolation",
        "TYPE_CONSTRAINT_VIOLATION,       TypeConstraintViolation,      TypeConstraintViolation",
        "GENERIC_ERROR,                   GenericError,                 GenericError",
        "RPC_FRAMEWORK_ERROR,             FormationViolation,           RpcFrameworkError",
        "MESSAGE_TYPE_NOT_SUPPORTED,      FormationViolation,           MessageTypeNotSupported",
    })
    void eachVersionSpellsItsCodes(ErrorCode code, String ocpp16, String ocpp201) {
        assertThat(code.wireName(ErrorCodeSpelling.OCPP_16)).isEqualTo(ocpp16);
        assertThat(code.wireName(ErrorCodeSpelling.OCPP_201)).isEqualTo(ocpp201);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void bothSpellingsAreUnderstood(ErrorCode code) {
        assertThat(ErrorCode.fromWire(code.wireName(ErrorCodeSpelling.OCPP_201))).contains(code);
        assertThat(ErrorCode.fromWire(code.wireName(ErrorCodeSpelling.OCPP_16))).isPresent();
    }

    @Test
    void misspellingsOfBothVersionsMeanTheSame() {
        assertThat(ErrorCode.fromWire("FormationViolation")).contains(ErrorCode.FORMAT_VIOLATION);
        assertThat(ErrorCode.fromWire("FormatViolation")).contains(ErrorCode.FORMAT_VIOLATION);
        assertThat(ErrorCode.fromWire("OccurenceConstraintViolation")).contains(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(ErrorCode.fromWire("OccurrenceConstraintViolation")).contains(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @Test
    void unknownCodesAreEmpty() {
        assertThat(ErrorCode.fromWire("NoSuchError")).isEmpty();
        assertThat(ErrorCode.fromWire(null)).isEmpty();
    }
}

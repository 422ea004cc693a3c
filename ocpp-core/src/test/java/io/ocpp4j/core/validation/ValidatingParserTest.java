package io.ocpp4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.core.OcppJson;
import io.ocpp4j.core.testing.TestCatalog;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The streaming check accepts only what it has seen: a payload it read to its end, every value
 * through its own {@code nextToken}. Anything read behind its back, or skipped where the schema has
 * something to check, is refused (and the tree path decides).
 */
class ValidatingParserTest {

    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private static final SchemaNode BOOT = new CompiledSchemaValidators()
            .root(TestCatalog.BOOT_NOTIFICATION.requestSchema());
    private static final String VALID = "{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}";

    private static JsonParser at(String json) throws IOException {
        JsonParser parser = MAPPER.createParser(json);
        assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        return parser;
    }

    @Test
    void acceptsAPayloadSeenToItsEnd() throws IOException {
        JsonParser parser = at(VALID);
        ValidatingParser validating = new ValidatingParser(parser, BOOT, Leniency.STRICT);
        while (validating.nextToken() != JsonToken.END_OBJECT) {
            assertThat(validating.accepted()).isFalse();
        }
        assertThat(validating.accepted()).isTrue();
        assertThatThrownBy(validating::nextToken).isInstanceOf(ValidatingParser.Refused.class);
    }

    @Test
    void refusesAValueReadBehindItsBack() throws IOException {
        JsonParser parser = at(VALID);
        ValidatingParser validating = new ValidatingParser(parser, BOOT, Leniency.STRICT);
        assertThat(validating.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
        parser.nextToken(); // the value, not through the validating parser
        assertThatThrownBy(validating::nextToken).isInstanceOf(ValidatingParser.Refused.class);
    }

    @Test
    void refusesAnObjectClosedBehindItsBack() throws IOException {
        JsonParser parser = at("{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"bootTime\":\"2024-01-01T00:00:00Z\"}");
        ValidatingParser validating = new ValidatingParser(parser, BOOT, Leniency.STRICT);
        validating.nextToken();
        validating.nextToken();
        parser.skipChildren();
        while (parser.nextToken() != null) {
            // the rest, unseen
        }
        assertThat(validating.accepted()).isFalse();
    }

    @Test
    void refusesToSkipWhatTheSchemaChecks() throws IOException {
        SchemaNode limits = new CompiledSchemaValidators().root(TestCatalog.SET_LIMITS.requestSchema());
        JsonParser parser = at("{\"connectorId\":1,\"limits\":[{\"limit\":1,\"unit\":\"A\"}]}");
        ValidatingParser validating = new ValidatingParser(parser, limits, Leniency.STRICT);
        validating.nextToken(); // connectorId
        validating.nextToken(); // 1
        validating.nextToken(); // limits
        assertThat(validating.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        assertThatThrownBy(validating::skipChildren).isInstanceOf(ValidatingParser.Refused.class);
    }

    @Test
    void skipsWhatAnythingGoesFor() throws IOException {
        JsonParser parser = at("{\"chargePointVendor\":\"V\",\"x\":{\"deep\":[1,2,{\"y\":null}]},\"chargePointModel\":\"M\"}");
        ValidatingParser validating = new ValidatingParser(parser, BOOT, new Leniency(true, false));
        validating.nextToken(); // chargePointVendor
        validating.nextToken(); // "V"
        validating.nextToken(); // x, unknown and forgiven
        assertThat(validating.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        validating.skipChildren();
        while (validating.nextToken() != JsonToken.END_OBJECT) {
            // chargePointModel
        }
        assertThat(validating.accepted()).isTrue();
    }

    @Test
    void refusesAViolationAtOnce() throws IOException {
        JsonParser parser = at("{\"chargePointVendor\":42,\"chargePointModel\":\"M\"}");
        ValidatingParser validating = new ValidatingParser(parser, BOOT, Leniency.STRICT);
        validating.nextToken();
        assertThatThrownBy(validating::nextToken).isInstanceOf(ValidatingParser.Refused.class);
    }
}

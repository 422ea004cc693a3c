package io.ocpp4j.core.frame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.ErrorCodeSpelling;
import io.ocpp4j.core.testing.RawPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameCodecTest {

    private final FrameCodec codec = new FrameCodec();

    @Test
    void decodesEachMessageType() {
        assertThat(valid("[2,\"a1\",\"Heartbeat\",{}]")).isEqualTo(
                new Call("a1", "Heartbeat", JsonNodeFactory.instance.objectNode()));
        CallResult result = (CallResult) valid("[3,\"a1\",{\"currentTime\":\"2024-01-01T00:00:00Z\"}]");
        assertThat(result.payload().get("currentTime").asText()).isEqualTo("2024-01-01T00:00:00Z");
        CallError error = (CallError) valid("[4,\"a1\",\"OccurenceConstraintViolation\",\"missing\",{\"k\":1}]");
        assertThat(error.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(error.errorDescription()).isEqualTo("missing");
        assertThat(error.errorDetails().get("k").asInt()).isEqualTo(1);
    }

    @Test
    void acceptsWhitespaceAndAThirtySixCharacterId() {
        String id = "123456789012345678901234567890123456";
        assertThat(valid(" [ 2 , \"" + id + "\" , \"Heartbeat\" , { } ] \n").messageId()).isEqualTo(id);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // frame                                       | problem              | type | id
        "``                                            | NOT_JSON             | -1   | ",
        "`not json`                                    | NOT_JSON             | -1   | ",
        "`{\"a\":1}`                                   | NOT_ARRAY            | -1   | ",
        "`\"text\"`                                    | NOT_ARRAY            | -1   | ",
        "`[]`                                          | WRONG_ELEMENT_COUNT  | -1   | ",
        "`[2]`                                         | WRONG_ELEMENT_COUNT  | 2    | ",
        "`[2,\"m1\"]`                                  | WRONG_ELEMENT_COUNT  | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\"]`                    | WRONG_ELEMENT_COUNT  | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\",{},{}]`              | WRONG_ELEMENT_COUNT  | 2    | m1",
        "`[3,\"m1\"]`                                  | WRONG_ELEMENT_COUNT  | 3    | m1",
        "`[3,\"m1\",{},1]`                             | WRONG_ELEMENT_COUNT  | 3    | m1",
        "`[4,\"m1\",\"GenericError\",\"\"]`            | WRONG_ELEMENT_COUNT  | 4    | m1",
        "`[\"2\",\"m1\",\"Heartbeat\",{}]`             | MESSAGE_TYPE_INVALID | -1   | m1",
        "`[2.0,\"m1\",\"Heartbeat\",{}]`               | MESSAGE_TYPE_INVALID | -1   | m1",
        "`[99999999999,\"m1\",\"Heartbeat\",{}]`       | MESSAGE_TYPE_INVALID | -1   | m1",
        "`[5,\"m1\",\"Heartbeat\",{}]`                 | MESSAGE_TYPE_UNKNOWN | 5    | m1",
        "`[2,17,\"Heartbeat\",{}]`                     | MESSAGE_ID_INVALID   | 2    | ",
        "`[2,null,\"Heartbeat\",{}]`                   | MESSAGE_ID_INVALID   | 2    | ",
        "`[2,\"1234567890123456789012345678901234567\",\"Heartbeat\",{}]` | MESSAGE_ID_INVALID | 2 | ",
        "`[2,\"m1\",7,{}]`                             | ACTION_INVALID       | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\",[]]`                 | PAYLOAD_INVALID      | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\",\"{}\"]`             | PAYLOAD_INVALID      | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\",null]`               | PAYLOAD_INVALID      | 2    | m1",
        "`[3,\"m1\",42]`                               | PAYLOAD_INVALID      | 3    | m1",
        "`[4,\"m1\",1,\"d\",{}]`                       | ERROR_FIELDS_INVALID | 4    | m1",
        "`[4,\"m1\",\"GenericError\",\"d\",[]]`        | ERROR_FIELDS_INVALID | 4    | m1",
        "`[2,\"m1\",\"Heartbeat\",{}] trailing`        | NOT_JSON             | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\",{}][]`               | NOT_JSON             | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\",{\"a\":`             | PAYLOAD_INVALID      | 2    | m1",
        "`[2,\"m1\"`                                   | NOT_JSON             | 2    | m1",
        "`[2,\"m1\",\"Heartbeat\",{\"a\":tru}]`        | PAYLOAD_INVALID      | 2    | m1",
    })
    void classifiesMalformedFrames(String text, FrameProblem problem, int type, String id) {
        DecodeResult result = codec.decode(text);
        assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
        DecodeResult.Malformed malformed = (DecodeResult.Malformed) result;
        assertThat(malformed.problem()).isEqualTo(problem);
        assertThat(malformed.messageTypeId()).isEqualTo(type);
        assertThat(malformed.messageId()).isEqualTo(id);
        assertThat(malformed.detail()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void answersUnreadableIdsWithMinusOne() {
        DecodeResult.Malformed malformed = (DecodeResult.Malformed) codec.decode("[2,{\"x\":1},\"Heartbeat\",{}]");
        assertThat(malformed.answerable()).isTrue();
        assertThat(malformed.answerMessageId()).isEqualTo("-1");
        assertThat(malformed.problem().errorCode()).isEqualTo(ErrorCode.RPC_FRAMEWORK_ERROR);
    }

    @Test
    void neverAnswersAnAnswer() {
        assertThat(((DecodeResult.Malformed) codec.decode("[3,\"m1\",[]]")).answerable()).isFalse();
        assertThat(((DecodeResult.Malformed) codec.decode("[4,\"m1\"]")).answerable()).isFalse();
        assertThat(((DecodeResult.Malformed) codec.decode("[5,\"m1\",{}]")).answerable()).isTrue();
    }

    @Test
    void unknownMessageTypeIsMessageTypeNotSupported() {
        DecodeResult.Malformed malformed = (DecodeResult.Malformed) codec.decode("[6,\"m1\",\"Heartbeat\",{}]");
        assertThat(malformed.problem().errorCode()).isEqualTo(ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED);
        assertThat(malformed.answerMessageId()).isEqualTo("m1");
    }

    @Test
    void boundsNestingAndNumbers() {
        String deep = "[2,\"m1\",\"X\"," + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "]";
        DecodeResult.Malformed malformed = (DecodeResult.Malformed) codec.decode(deep);
        assertThat(malformed.problem()).isEqualTo(FrameProblem.PAYLOAD_INVALID);
        assertThat(malformed.messageId()).isEqualTo("m1");
        String huge = "[2,\"m1\",\"X\",{\"a\":" + "9".repeat(5000) + "}]";
        assertThat(((DecodeResult.Malformed) codec.decode(huge)).problem()).isEqualTo(FrameProblem.PAYLOAD_INVALID);
    }

    @Test
    void encodesEachMessageType() {
        assertThat(codec.encode(new Call("m1", "Heartbeat", JsonNodeFactory.instance.objectNode())))
                .isEqualTo("[2,\"m1\",\"Heartbeat\",{}]");
        assertThat(codec.encode(new CallResult("m1", JsonNodeFactory.instance.objectNode().put("interval", 300))))
                .isEqualTo("[3,\"m1\",{\"interval\":300}]");
        assertThat(codec.encode(CallError.of("-1", ErrorCode.FORMAT_VIOLATION, ErrorCodeSpelling.OCPP_16, "bad")))
                .isEqualTo("[4,\"-1\",\"FormationViolation\",\"bad\",{}]");
    }

    @Test
    void escapesCallErrorDescriptions() {
        String description = "quote \" backslash \\ newline \n tab \t control \u0001 end";
        String text = codec.encode(CallError.of("m1", ErrorCode.INTERNAL_ERROR, ErrorCodeSpelling.OCPP_201, description));
        JsonNode parsed = RawPeer.parse(text);
        assertThat(parsed.get(3).asText()).isEqualTo(description);
        assertThat(text).doesNotContain("\n");
    }

    @Test
    void cutsLongDescriptions() {
        CallError error = CallError.of("m1", ErrorCode.GENERIC_ERROR, ErrorCodeSpelling.OCPP_201, "x".repeat(1000));
        assertThat(error.errorDescription()).hasSize(CallError.MAX_DESCRIPTION_LENGTH);
        String emoji = "x".repeat(254) + "\uD83D\uDE00";
        assertThat(CallError.of("m1", ErrorCode.GENERIC_ERROR, ErrorCodeSpelling.OCPP_201, emoji).errorDescription())
                .hasSize(254);
    }

    @Test
    void keepsNumbersAsWritten() {
        String text = "[3,\"m1\",{\"a\":230,\"b\":6.5,\"c\":1.10,\"d\":-0,\"e\":1E+3}]";
        CallResult result = (CallResult) valid(text);
        String encoded = codec.encode(result);
        assertThat(encoded).contains("\"a\":230").contains("\"b\":6.5").contains("\"c\":1.10");
        assertThat(RawPeer.parse(encoded)).isEqualTo(RawPeer.parse(text));
    }

    private RpcFrame valid(String text) {
        DecodeResult result = codec.decode(text);
        assertThat(result).as(text).isInstanceOf(DecodeResult.Valid.class);
        return ((DecodeResult.Valid) result).frame();
    }
}

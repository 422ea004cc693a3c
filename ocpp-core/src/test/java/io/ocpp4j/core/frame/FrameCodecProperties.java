package io.ocpp4j.core.frame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FrameCodecProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final FrameCodec codec = new FrameCodec();

    @Property(tries = 500)
    void everyValidFrameRoundTrips(@ForAll("frames") RpcFrame frame) {
        String text = codec.encode(frame);
        DecodeResult decoded = codec.decode(text);
        assertThat(decoded).isInstanceOf(DecodeResult.Valid.class);
        RpcFrame back = ((DecodeResult.Valid) decoded).frame();
        assertThat(back.getClass()).isEqualTo(frame.getClass());
        assertThat(back.messageId()).isEqualTo(frame.messageId());
        assertThat(sameJson(payloadOf(back), payloadOf(frame))).as(text).isTrue();
        assertThat(codec.encode(back)).isEqualTo(text);
    }

    private static JsonNode payloadOf(RpcFrame frame) {
        if (frame instanceof Call call) {
            return NODES.arrayNode().add(call.action()).add(call.payload());
        }
        if (frame instanceof CallResult result) {
            return result.payload();
        }
        CallError error = (CallError) frame;
        return NODES.arrayNode().add(error.errorCode()).add(error.errorDescription()).add(error.errorDetails());
    }

    /** JSON equality: numbers by value, whatever Java type holds them. */
    private static boolean sameJson(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, b);
    }

    @Property(tries = 1000)
    void anyStringIsDecodedOrClassified(@ForAll String text) {
        assertThat(codec.decode(text)).isNotNull();
    }

    @Property(tries = 1000)
    void anyBytesAreDecodedOrClassified(@ForAll @Size(max = 300) byte[] bytes) {
        assertThat(codec.decode(new String(bytes, StandardCharsets.UTF_8))).isNotNull();
    }

    @Property(tries = 300)
    void everyTruncationOfAFrameIsClassified(@ForAll("frames") RpcFrame frame) {
        String text = codec.encode(frame);
        for (int end = 0; end < text.length(); end++) {
            DecodeResult result = codec.decode(text.substring(0, end));
            assertThat(result).as(text.substring(0, end)).isInstanceOf(DecodeResult.Malformed.class);
        }
    }

    @Property(tries = 300)
    void anyMutationOfAFrameIsDecodedOrClassified(@ForAll("frames") RpcFrame frame,
                                                   @ForAll @IntRange(min = 0, max = 10_000) int position,
                                                   @ForAll char replacement) {
        String text = codec.encode(frame);
        int at = position % text.length();
        String mutated = text.substring(0, at) + replacement + text.substring(at + 1);
        assertThat(codec.decode(mutated)).isNotNull();
    }

    @Property(tries = 50)
    void deepNestingIsClassified(@ForAll @IntRange(min = 1, max = 100_000) int depth, @ForAll boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String text = "[2,\"m\",\"A\"," + open.repeat(depth) + "1" + close.repeat(depth) + "]";
        DecodeResult result = codec.decode(text);
        assertThat(result).isNotNull();
        if (depth > 70) {
            assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
        }
    }

    @Property(tries = 50)
    void hugeNumbersAreClassified(@ForAll @IntRange(min = 1, max = 1_000_000) int digits, @ForAll boolean exponent) {
        String number = exponent ? "1e" + digits : "9".repeat(Math.min(digits, 200_000));
        DecodeResult result = codec.decode("[2,\"m\",\"A\",{\"n\":" + number + "}]");
        assertThat(result).isNotNull();
    }

    @Provide
    Arbitrary<RpcFrame> frames() {
        Arbitrary<String> ids = Arbitraries.strings().ofMinLength(0).ofMaxLength(36);
        Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<ObjectNode> payloads = objects(3);
        Arbitrary<RpcFrame> calls = Combinators.combine(ids, texts, payloads).as(Call::new);
        Arbitrary<RpcFrame> results = Combinators.combine(ids, payloads).as(CallResult::new);
        Arbitrary<RpcFrame> errors = Combinators.combine(ids, texts, texts, payloads).as(CallError::new);
        return Arbitraries.oneOf(calls, results, errors);
    }

    private Arbitrary<ObjectNode> objects(int depth) {
        return Arbitraries.maps(Arbitraries.strings().ofMaxLength(10), values(depth)).ofMaxSize(5).map(map -> {
            ObjectNode node = NODES.objectNode();
            map.forEach(node::set);
            return node;
        });
    }

    private Arbitrary<JsonNode> values(int depth) {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(NODES::numberNode),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(3).map(NODES::numberNode),
                Arbitraries.of(BigDecimal.ONE.scaleByPowerOfTen(-20), new BigDecimal("6.5"), new BigDecimal("230"))
                        .map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonNode> arrays = values(depth - 1).list().ofMaxSize(4).map(this::array);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalars),
                net.jqwik.api.Tuple.of(1, arrays),
                net.jqwik.api.Tuple.of(1, objects(depth - 1).map(JsonNode.class::cast)));
    }

    private JsonNode array(List<JsonNode> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }
}

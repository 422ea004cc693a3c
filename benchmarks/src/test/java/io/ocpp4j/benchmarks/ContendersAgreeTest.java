package io.ocpp4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chargetime.ocpp.model.Request;
import io.ocpp4j.core.conformance.JsonEquivalence;
import io.ocpp4j.v16.Ocpp16;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contenders of {@link CodecBenchmark} do the same work on the same bytes: every inbound path
 * yields the same request (ours bound by every ocpp4j path and by plain Jackson; ChargeTime's saying
 * the same in JSON), the frame is valid (so validation runs to the end), ocpp4j takes its one-pass
 * path, and both outbound paths write equivalent frames.
 */
class ContendersAgreeTest {

    private static final ObjectMapper MAPPER = Ocpp16.VERSION.mapper();

    private static CodecBenchmark benchmark(CodecMessages message) {
        CodecBenchmark benchmark = new CodecBenchmark();
        benchmark.message = message.name();
        benchmark.setUp();
        return benchmark;
    }

    @ParameterizedTest
    @EnumSource(CodecMessages.class)
    void everyInboundPathYieldsTheSameRequest(CodecMessages message) throws Exception {
        CodecBenchmark benchmark = benchmark(message);
        try {
            Object ours = benchmark.ocpp4jInbound();
            assertThat(ours).isInstanceOf(message.descriptor().requestType());
            assertThat(benchmark.ocpp4jInboundTree()).isEqualTo(ours);
            assertThat(benchmark.ocpp4jInboundNetworknt()).isEqualTo(ours);
            assertThat(benchmark.jacksonBindOnly()).isEqualTo(ours);
            assertThat(benchmark.jacksonBindPayload()).isEqualTo(ours);
            assertThat(benchmark.readOnePass()).as("the one-pass path reads the frame").isNotNull();
            assertThat(benchmark.readOnePass().request()).isEqualTo(ours);

            Request theirs = benchmark.chargetimeInbound();
            assertThat(theirs).isInstanceOf(message.chargetimeRequestType());
            JsonNode theirJson = MAPPER.readTree(new ChargeTimeJson().packPayload(theirs).toString());
            JsonNode ourJson = MAPPER.valueToTree(ours);
            assertThat(JsonEquivalence.equivalent(theirJson, ourJson)).as("ChargeTime %s, ours %s", theirJson, ourJson).isTrue();
            assertThat(JsonEquivalence.equivalent(ourJson, MAPPER.readTree(message.payload()))).isTrue();
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(CodecMessages.class)
    void theFramesAreValidAndTokenised(CodecMessages message) throws Exception {
        CodecBenchmark benchmark = benchmark(message);
        try {
            assertThat(benchmark.naiveTreeValidate()).isEqualTo(Optional.empty());
            assertThat(benchmark.rawTokens()).isPositive();
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(CodecMessages.class)
    void bothOutboundPathsWriteTheSameAnswer(CodecMessages message) throws Exception {
        CodecBenchmark benchmark = benchmark(message);
        try {
            JsonNode ours = MAPPER.readTree(benchmark.ocpp4jOutbound());
            JsonNode theirs = MAPPER.readTree(benchmark.chargetimeOutbound());
            assertThat(ours.get(0).intValue()).isEqualTo(3);
            assertThat(ours.get(1).textValue()).isEqualTo(CodecMessages.MESSAGE_ID);
            assertThat(JsonEquivalence.equivalent(ours, theirs)).as("ours %s, ChargeTime %s", ours, theirs).isTrue();
        } finally {
            benchmark.tearDown();
        }
    }
}

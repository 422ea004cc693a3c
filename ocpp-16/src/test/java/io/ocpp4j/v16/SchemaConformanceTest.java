package io.ocpp4j.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import io.ocpp4j.core.validation.Violation;
import io.ocpp4j.v16.Corpus.Entry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our 1.6 schemas say what the official OCA schemas say: every message of the {@link Corpus} gets
 * the same verdict from our schema (through ocpp-core's validator) as from the official one (through
 * networknt directly), and the verdict its case intends, except the deliberate deviations of
 * {@code conformance/DEVIATIONS.md}. Skipped when the official schemas are not there.
 */
class SchemaConformanceTest {

    /** Verdicts on one message: valid or not by the official schema, and by ours. */
    private record Verdicts(boolean official, boolean ours) {
    }

    /** The deviations of DEVIATIONS.md, by corpus key, with the verdicts each schema gives. */
    private static final Map<String, Verdicts> DEVIATIONS = Map.of(
            "StopTransactionRequest /transactionData/0/sampledValue/0/unit = Hertz", new Verdicts(false, true),
            "StopTransactionRequest /transactionData/0/sampledValue empty", new Verdicts(true, false));

    private static final OfficialSchemas OFFICIAL = new OfficialSchemas();

    @TestFactory
    Stream<DynamicTest> oursAndOfficialAgree() {
        if (!OFFICIAL.present()) {
            return Stream.of(dynamicTest("official schemas", () ->
                    abort(OFFICIAL.directory() + " not found: conformance against the official schemas skipped")));
        }
        List<Entry> corpus = Corpus.withOfficial(OFFICIAL);
        DynamicTest sameMessages = dynamicTest("the official schemas describe the same 56 messages", () ->
                assertThat(OFFICIAL.messages()).containsExactlyInAnyOrderElementsOf(Corpus.messages()));
        Stream<DynamicTest> cases = corpus.stream().map(entry -> dynamicTest(name(entry), () -> {
            List<Error> official = OFFICIAL.validate(entry.message(), entry.instance());
            Optional<Violation> ours = OurSchemas.validate(entry.message(), entry.instance());
            Verdicts expected = DEVIATIONS.getOrDefault(entry.key(), new Verdicts(entry.valid(), entry.valid()));
            assertThat(new Verdicts(official.isEmpty(), ours.isEmpty()))
                    .as("%s %s: official %s, ours %s", name(entry), entry.instance(), official, ours)
                    .isEqualTo(expected);
        }));
        DynamicTest deviationsOccur = dynamicTest("every documented deviation is in the corpus", () ->
                assertThat(corpus.stream().map(Entry::key)).containsAll(DEVIATIONS.keySet()));
        return Stream.of(Stream.of(sameMessages), cases, Stream.of(deviationsOccur)).flatMap(s -> s);
    }

    private static String name(Entry entry) {
        if (DEVIATIONS.containsKey(entry.key())) {
            return entry.message() + " deviation: " + entry.description();
        }
        return entry.name();
    }
}

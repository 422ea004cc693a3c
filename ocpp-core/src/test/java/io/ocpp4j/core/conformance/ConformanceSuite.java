package io.ocpp4j.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import io.ocpp4j.core.conformance.Corpus.Entry;
import io.ocpp4j.core.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The schema conformance tests of one set of messages (a version, or an extension), the same for
 * every version module: its tests name the messages, our schemas, the official ones, the documented
 * deviations and the models, and return these dynamic tests.
 *
 * <ul>
 *   <li>{@link #agreementWithOfficial}: every message of the corpus gets the same verdict from our
 *       schema (through ocpp-core's validator) as from the official one (through networknt directly),
 *       and the verdict its case intends, except the documented deviations, which must all occur.
 *       Skipped, saying why, when the official schemas are absent.</li>
 *   <li>{@link #validMessagesRoundTrip}: every valid message binds to its model and encodes back to
 *       an {@linkplain JsonEquivalence equivalent} document: nothing added, nothing lost.</li>
 *   <li>{@link #assertEveryEnumValueOccursInAValidMessage}: the corpus exercises every enum value.</li>
 * </ul>
 */
public final class ConformanceSuite {

    private final Corpus corpus;
    private final OurSchemas ours;
    private final OfficialSchemas official;

    /**
     * A suite.
     *
     * @param messages the message names, e.g. {@link Corpus#messages} of a catalog
     * @param ours our schemas
     * @param official the official schemas, present or not
     * @param handWrittenFolder the classpath folder of hand-written cases, e.g. {@code conformance}
     */
    public ConformanceSuite(List<String> messages, OurSchemas ours, OfficialSchemas official,
                            String handWrittenFolder) {
        this.corpus = new Corpus(messages, ours, handWrittenFolder);
        this.ours = ours;
        this.official = official;
    }

    /** The corpus. @return it */
    public Corpus corpus() {
        return corpus;
    }

    /** Our schemas. @return them */
    public OurSchemas ours() {
        return ours;
    }

    /** The official schemas. @return them, present or not */
    public OfficialSchemas official() {
        return official;
    }

    /**
     * Our schemas say what the official ones say, except the deviations.
     *
     * @param deviations by corpus key ({@link Entry#key()}), the verdicts each schema gives
     * @return one test that the official folder has the same messages, one per corpus message, one
     *         that every deviation occurs; or a single aborted test when the official schemas are absent
     */
    public Stream<DynamicTest> agreementWithOfficial(Map<String, Verdicts> deviations) {
        if (!official.present()) {
            return Stream.of(dynamicTest("official schemas", () -> abort(official.absence())));
        }
        List<Entry> entries = corpus.withOfficial(official);
        DynamicTest sameMessages = dynamicTest(
                "the official schemas describe the same " + corpus.messages().size() + " messages", () ->
                        assertThat(official.messages()).containsExactlyInAnyOrderElementsOf(corpus.messages()));
        Stream<DynamicTest> cases = entries.stream().map(entry -> dynamicTest(name(entry, deviations), () -> {
            List<Error> officialErrors = official.validate(entry.message(), entry.instance());
            Optional<Violation> ourViolation = ours.validate(entry.message(), entry.instance());
            Verdicts expected = deviations.getOrDefault(entry.key(), Verdicts.both(entry.valid()));
            assertThat(new Verdicts(officialErrors.isEmpty(), ourViolation.isEmpty()))
                    .as("%s %s: official %s, ours %s", name(entry, deviations), entry.instance(), officialErrors,
                            ourViolation)
                    .isEqualTo(expected);
        }));
        DynamicTest deviationsOccur = dynamicTest("every documented deviation is in the corpus", () ->
                assertThat(entries.stream().map(Entry::key)).containsAll(deviations.keySet()));
        return Stream.of(Stream.of(sameMessages), cases, Stream.of(deviationsOccur)).flatMap(s -> s);
    }

    /**
     * Every valid message of the corpus (generated from our schemas, plus the hand-written ones) is
     * valid by our schema, binds to its model class and encodes back to an equivalent document.
     *
     * @param mapper the version's mapper
     * @param models the model class by message name, e.g. {@link Corpus#models} of a catalog
     * @return one test per valid message
     */
    public Stream<DynamicTest> validMessagesRoundTrip(ObjectMapper mapper, Map<String, Class<?>> models) {
        return corpus.ours().stream().filter(Entry::valid).map(entry -> dynamicTest(entry.name(), () -> {
            assertThat(ours.validate(entry.message(), entry.instance())).as("our verdict").isEmpty();
            Object model = mapper.treeToValue(entry.instance(), models.get(entry.message()));
            JsonNode encoded = mapper.readTree(mapper.writeValueAsString(model));
            assertThat(JsonEquivalence.equivalent(encoded, entry.instance()))
                    .as("%s: %s encodes back as %s", entry.name(), entry.instance(), encoded)
                    .isTrue();
        }));
    }

    /** Fails unless every enum value of {@code common.json} occurs in a valid message of the corpus. */
    public void assertEveryEnumValueOccursInAValidMessage() {
        Set<String> seen = new TreeSet<>();
        corpus.ours().stream().filter(Entry::valid)
                .forEach(entry -> seen.addAll(JsonEquivalence.texts(entry.instance())));
        ours.definitions().properties().forEach(definition ->
                definition.getValue().path("enum").forEach(value ->
                        assertThat(seen).as(definition.getKey()).contains(value.asText())));
    }

    private static String name(Entry entry, Map<String, Verdicts> deviations) {
        if (deviations.containsKey(entry.key())) {
            return entry.message() + " deviation: " + entry.description();
        }
        return entry.name();
    }
}

package io.ocpp4j.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.core.Action;
import io.ocpp4j.v16.Corpus.Entry;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid message of the {@link Corpus} (generated from our schemas, plus the hand-written ones)
 * binds to its generated model class with {@code Ocpp16.VERSION.mapper()} and encodes back to
 * equivalent JSON: nothing added (no defaults, no empty arrays), nothing lost, numbers and offsets kept.
 */
class ModelRoundTripTest {

    private static final ObjectMapper MAPPER = Ocpp16.VERSION.mapper();

    /**
     * Equal leaves, except that numbers compare by value ({@code 32.0} = {@code 32}) and date-times by
     * local time and offset ({@code +00:00} = {@code Z}, {@code .100} = {@code .1}).
     */
    private static final Comparator<JsonNode> EQUIVALENT_LEAVES = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isTextual() && b.isTextual() && !a.equals(b)) {
            return sameDateTime(a.textValue(), b.textValue()) ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    @TestFactory
    Stream<DynamicTest> validMessagesRoundTrip() {
        Map<String, Class<?>> models = new HashMap<>();
        for (Action<?, ?> action : Actions16.ALL) {
            models.put(action.name() + "Request", action.requestType());
            models.put(action.name() + "Response", action.responseType());
        }
        return Corpus.ours().stream().filter(Entry::valid).map(entry -> dynamicTest(entry.name(), () -> {
            assertThat(OurSchemas.validate(entry.message(), entry.instance())).as("our verdict").isEmpty();
            Object model = MAPPER.treeToValue(entry.instance(), models.get(entry.message()));
            JsonNode encoded = MAPPER.readTree(MAPPER.writeValueAsString(model));
            assertThat(encoded.equals(EQUIVALENT_LEAVES, entry.instance()))
                    .as("%s: %s encodes back as %s", entry.name(), entry.instance(), encoded)
                    .isTrue();
        }));
    }

    @Test
    void everyEnumValueOccursInAValidMessage() {
        Set<String> seen = new TreeSet<>();
        Corpus.ours().stream().filter(Entry::valid).forEach(entry -> collectText(entry.instance(), seen));
        OurSchemas.json("common").get("definitions").properties().forEach(definition ->
                definition.getValue().path("enum").forEach(value ->
                        assertThat(seen).as(definition.getKey()).contains(value.asText())));
    }

    private static boolean sameDateTime(String a, String b) {
        try {
            return OffsetDateTime.parse(a).equals(OffsetDateTime.parse(b));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void collectText(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            into.add(node.textValue());
        }
        node.forEach(child -> collectText(child, into));
    }
}

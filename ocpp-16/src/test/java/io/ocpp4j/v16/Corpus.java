package io.ocpp4j.v16;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The conformance corpus: messages generated from the schemas by {@link CorpusGenerator}, plus the
 * hand-written edge cases of {@code conformance/<Message>.json} ({@code {"valid": {description:
 * message}, "invalid": {...}}}).
 */
final class Corpus {

    /**
     * One message of the corpus.
     *
     * @param message the message name, e.g. {@code BootNotificationRequest}
     * @param description what this case exercises, unique within the message
     * @param instance the payload
     * @param valid the verdict intended by the schema or file the case comes from
     */
    record Entry(String message, String description, ObjectNode instance, boolean valid) {
        /** @return message and description, unique in the corpus */
        String key() {
            return message + " " + description;
        }

        /** @return the test name, e.g. {@code BootNotificationRequest invalid: /chargePointVendor missing} */
        String name() {
            return message + (valid ? " valid: " : " invalid: ") + description;
        }
    }

    private static final ObjectMapper MAPPER = Ocpp16.VERSION.mapper();

    private Corpus() {
    }

    /** The 56 message names, requests and responses, in catalog order. @return the names */
    static List<String> messages() {
        List<String> names = new ArrayList<>();
        for (Action<?, ?> action : Actions16.ALL) {
            names.add(action.name() + "Request");
            names.add(action.name() + "Response");
        }
        return names;
    }

    /** Messages generated from our schemas, then the hand-written ones. @return the corpus */
    static List<Entry> ours() {
        return merge(Stream.concat(generated(OurSchemas::inlined), handWritten()));
    }

    /**
     * Messages generated from the official schemas, from ours, then the hand-written ones; a case
     * that both schemas generate (same message and description) appears once.
     *
     * @param official the official schemas
     * @return the corpus
     */
    static List<Entry> withOfficial(OfficialSchemas official) {
        return merge(Stream.of(generated(official::json), generated(OurSchemas::inlined), handWritten())
                .flatMap(s -> s));
    }

    private static List<Entry> merge(Stream<Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.forEach(entry -> byKey.putIfAbsent(entry.key(), entry));
        return List.copyOf(byKey.values());
    }

    private static Stream<Entry> generated(Function<String, JsonNode> schemas) {
        return messages().stream().flatMap(message -> CorpusGenerator.generate(schemas.apply(message)).stream()
                .map(c -> new Entry(message, c.description(), c.instance(), c.valid())));
    }

    private static Stream<Entry> handWritten() {
        List<Entry> entries = new ArrayList<>();
        for (String message : messages()) {
            try (InputStream in = Corpus.class.getResourceAsStream("/conformance/" + message + ".json")) {
                if (in == null) {
                    continue;
                }
                JsonNode file = MAPPER.readTree(in);
                file.path("valid").properties().forEach(p ->
                        entries.add(new Entry(message, p.getKey(), (ObjectNode) p.getValue(), true)));
                file.path("invalid").properties().forEach(p ->
                        entries.add(new Entry(message, p.getKey(), (ObjectNode) p.getValue(), false)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries.stream();
    }
}

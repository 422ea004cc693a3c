package io.ocpp4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The conformance corpus of one set of messages: messages generated from the schemas by
 * {@link CorpusGenerator}, plus the hand-written edge cases of the classpath resources
 * {@code <folder>/<Message>.json} ({@code {"valid": {description: message}, "invalid": {...}}}).
 */
public final class Corpus {

    /**
     * One message of the corpus.
     *
     * @param message the message name, e.g. {@code BootNotificationRequest}
     * @param description what this case exercises, unique within the message
     * @param instance the payload
     * @param valid the verdict intended by the schema or file the case comes from
     */
    public record Entry(String message, String description, ObjectNode instance, boolean valid) {
        /** @return message and description, unique in the corpus */
        public String key() {
            return message + " " + description;
        }

        /** @return the test name, e.g. {@code BootNotificationRequest invalid: /chargePointVendor missing} */
        public String name() {
            return message + (valid ? " valid: " : " invalid: ") + description;
        }
    }

    private final List<String> messages;
    private final OurSchemas ours;
    private final String handWrittenFolder;

    /**
     * The corpus of some messages.
     *
     * @param messages the message names, e.g. from {@link #messages(Collection)}
     * @param ours our schemas of these messages
     * @param handWrittenFolder the classpath folder of the hand-written cases, e.g. {@code conformance}
     */
    public Corpus(List<String> messages, OurSchemas ours, String handWrittenFolder) {
        this.messages = List.copyOf(messages);
        this.ours = ours;
        this.handWrittenFolder = handWrittenFolder;
    }

    /**
     * The message names of some actions, request then response, in the given order.
     *
     * @param actions e.g. a version's catalog
     * @return e.g. {@code AuthorizeRequest, AuthorizeResponse, BootNotificationRequest, ...}
     */
    public static List<String> messages(Collection<? extends Action<?, ?>> actions) {
        List<String> names = new ArrayList<>();
        for (Action<?, ?> action : actions) {
            names.add(action.name() + "Request");
            names.add(action.name() + "Response");
        }
        return names;
    }

    /**
     * The model class of each message of some actions.
     *
     * @param actions e.g. a version's catalog
     * @return by message name, e.g. {@code AuthorizeRequest} → the class requests bind to
     */
    public static Map<String, Class<?>> models(Collection<? extends Action<?, ?>> actions) {
        Map<String, Class<?>> models = new LinkedHashMap<>();
        for (Action<?, ?> action : actions) {
            models.put(action.name() + "Request", action.requestType());
            models.put(action.name() + "Response", action.responseType());
        }
        return models;
    }

    /** The message names, in the order given. @return the names */
    public List<String> messages() {
        return messages;
    }

    /** Messages generated from our schemas, then the hand-written ones. @return the corpus */
    public List<Entry> ours() {
        return merge(Stream.concat(generated(ours::inlined), handWritten()));
    }

    /**
     * Messages generated from the official schemas, from ours, then the hand-written ones; a case
     * that both schemas generate (same message and description) appears once, with the verdict of
     * the official schema.
     *
     * @param official the official schemas
     * @return the corpus
     */
    public List<Entry> withOfficial(OfficialSchemas official) {
        return merge(Stream.of(generated(official::inlined), generated(ours::inlined), handWritten())
                .flatMap(s -> s));
    }

    private static List<Entry> merge(Stream<Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.forEach(entry -> byKey.putIfAbsent(entry.key(), entry));
        return List.copyOf(byKey.values());
    }

    private Stream<Entry> generated(Function<String, JsonNode> schemas) {
        return messages.stream().flatMap(message -> CorpusGenerator.generate(schemas.apply(message)).stream()
                .map(c -> new Entry(message, c.description(), c.instance(), c.valid())));
    }

    private Stream<Entry> handWritten() {
        List<Entry> entries = new ArrayList<>();
        for (String message : messages) {
            String resource = handWrittenFolder + "/" + message + ".json";
            InputStream in = ours.classLoader().getResourceAsStream(resource);
            if (in == null) {
                continue;
            }
            JsonNode file = Json.read(in, resource);
            file.path("valid").properties().forEach(p ->
                    entries.add(new Entry(message, p.getKey(), (ObjectNode) p.getValue(), true)));
            file.path("invalid").properties().forEach(p ->
                    entries.add(new Entry(message, p.getKey(), (ObjectNode) p.getValue(), false)));
        }
        return entries.stream();
    }
}

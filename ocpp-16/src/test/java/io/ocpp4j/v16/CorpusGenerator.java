package io.ocpp4j.v16;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives a corpus from one message schema (with {@code $ref}s already inlined): a maximal valid
 * message (every property present, strings at their maximum length), the message with only its
 * required properties, valid variants (each optional property absent, every enum value, date-time
 * spellings, empty arrays and strings, integer and decimal edge values) and one invalid mutation of
 * the maximal message per constraint the schema states at each location.
 *
 * <p>Understands the keywords the OCPP 1.6 schemas use: type, properties, required,
 * additionalProperties, items, minItems, maxLength, enum, format (date-time, uri) and multipleOf.
 */
final class CorpusGenerator {

    /** One generated message and the verdict the schema it came from gives it. */
    record Case(String description, ObjectNode instance, boolean valid) {
    }

    private static final JsonNodeFactory NODES = Ocpp16.VERSION.mapper().getNodeFactory();
    private static final String DATE_TIME = "2024-05-01T12:34:56Z";
    private static final List<Sample> VALID_DATE_TIMES = List.of(
            new Sample("fractional seconds", "2024-05-01T12:34:56.789Z"),
            new Sample("nanoseconds at +02:00", "2024-05-01T12:34:56.123456789+02:00"),
            new Sample("offset -05:30", "2024-05-01T12:34:56-05:30"),
            new Sample("offset +00:00", "2024-05-01T12:34:56+00:00"),
            new Sample("lower-case t and z", "2024-05-01t12:34:56z"));
    private static final List<Sample> INVALID_DATE_TIMES = List.of(
            new Sample("date-time without offset", "2024-05-01T12:34:56"),
            new Sample("date only", "2024-05-01"),
            new Sample("date-time with month 13", "2024-13-01T12:34:56Z"));
    private static final Set<String> KNOWN_KEYWORDS = Set.of("$schema", "javaType", "type", "properties",
            "required", "additionalProperties", "items", "minItems", "maxLength", "enum", "format", "multipleOf",
            "id", "title", "description");

    private final ObjectNode maximal;
    private final List<Case> cases = new ArrayList<>();

    private CorpusGenerator(JsonNode schema) {
        this.maximal = (ObjectNode) build(schema, false);
    }

    /**
     * The corpus of one message schema.
     *
     * @param schema the message schema, {@code $ref}s inlined
     * @return the cases, maximal message first
     */
    static List<Case> generate(JsonNode schema) {
        CorpusGenerator generator = new CorpusGenerator(schema);
        generator.cases.add(new Case("maximal", generator.maximal, true));
        ObjectNode minimal = (ObjectNode) build(schema, true);
        if (!minimal.equals(generator.maximal)) {
            generator.cases.add(new Case("required properties only", minimal, true));
        }
        generator.visit(schema, JsonPointer.empty(), Presence.ROOT);
        return generator.cases;
    }

    private enum Presence { ROOT, REQUIRED, OPTIONAL, ITEM }

    private record Sample(String description, String text) {
    }

    /** A value the schema accepts; with {@code requiredOnly}, objects carry only required properties. */
    private static JsonNode build(JsonNode schema, boolean requiredOnly) {
        checkKeywords(schema);
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = required(schema);
                schema.path("properties").properties().forEach(p -> {
                    if (!requiredOnly || required.contains(p.getKey())) {
                        object.set(p.getKey(), build(p.getValue(), requiredOnly));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int minItems = schema.path("minItems").asInt(0);
                int count = requiredOnly ? minItems : Math.max(1, minItems);
                for (int i = 0; i < count; i++) {
                    array.add(build(schema.get("items"), requiredOnly));
                }
                return array;
            }
            case "string" -> {
                if (schema.has("enum")) {
                    return schema.get("enum").get(0);
                }
                return switch (schema.path("format").asText()) {
                    case "date-time" -> NODES.textNode(DATE_TIME);
                    case "uri" -> NODES.textNode("ftp://user:secret@files.example.com/ocpp/upload");
                    default -> NODES.textNode(schema.has("maxLength") ? text(schema.get("maxLength").asInt()) : "text");
                };
            }
            case "integer" -> {
                return NODES.numberNode(7);
            }
            case "number" -> {
                return NODES.numberNode(new BigDecimal("6.5"));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> throw new IllegalArgumentException("unsupported schema " + schema);
        }
    }

    private void visit(JsonNode schema, JsonPointer at, Presence presence) {
        String type = schema.path("type").asText();
        String where = at.toString().isEmpty() ? "payload" : at.toString();
        if (presence == Presence.REQUIRED) {
            invalid(where + " missing", without(at));
        }
        if (presence == Presence.OPTIONAL) {
            valid("without " + where, without(at));
        }
        if (presence != Presence.ROOT) {
            invalid(where + " null", with(at, NODES.nullNode()));
            invalid(where + " of wrong type", with(at, wrongType(type)));
        }
        switch (type) {
            case "object" -> {
                ObjectNode extended = maximal.at(at).deepCopy();
                extended.put("unexpected", 1);
                invalid(where + " with unknown property", presence == Presence.ROOT ? extended : with(at, extended));
                Set<String> required = required(schema);
                schema.path("properties").properties().forEach(p -> visit(p.getValue(), at.appendProperty(p.getKey()),
                        required.contains(p.getKey()) ? Presence.REQUIRED : Presence.OPTIONAL));
            }
            case "array" -> {
                ObjectNode empty = with(at, NODES.arrayNode());
                if (schema.path("minItems").asInt(0) > 0) {
                    invalid(where + " empty", empty);
                } else {
                    valid(where + " empty", empty);
                }
                ArrayNode two = NODES.arrayNode().add(maximal.at(at).get(0)).add(maximal.at(at).get(0));
                valid(where + " with two items", with(at, two));
                visit(schema.get("items"), at.appendIndex(0), Presence.ITEM);
            }
            case "string" -> visitString(schema, at, where);
            case "integer" -> {
                valid(where + " = 0", with(at, NODES.numberNode(0)));
                valid(where + " = -1", with(at, NODES.numberNode(-1)));
                valid(where + " = 2147483647", with(at, NODES.numberNode(Integer.MAX_VALUE)));
                invalid(where + " = 1.5", with(at, NODES.numberNode(new BigDecimal("1.5"))));
                invalid(where + " = 7.0", with(at, NODES.numberNode(new BigDecimal("7.0"))));
            }
            case "number" -> {
                valid(where + " = 16", with(at, NODES.numberNode(16)));
                valid(where + " = 0.1", with(at, NODES.numberNode(new BigDecimal("0.1"))));
                valid(where + " = 1000000.5", with(at, NODES.numberNode(new BigDecimal("1000000.5"))));
                if (schema.has("multipleOf")) {
                    invalid(where + " not a multiple of " + schema.get("multipleOf"),
                            with(at, NODES.numberNode(new BigDecimal("6.55"))));
                }
            }
            case "boolean" -> valid(where + " = false", with(at, NODES.booleanNode(false)));
            default -> throw new IllegalArgumentException("unsupported type at " + where + ": " + schema);
        }
    }

    private void visitString(JsonNode schema, JsonPointer at, String where) {
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                valid(where + " = " + value.asText(), with(at, value));
            }
            invalid(where + " not in enum", with(at, NODES.textNode("Bogus")));
            String first = schema.get("enum").get(0).asText();
            String otherCase = first.toLowerCase(Locale.ROOT).equals(first)
                    ? first.toUpperCase(Locale.ROOT) : first.toLowerCase(Locale.ROOT);
            invalid(where + " = " + otherCase + " (enum values are case-sensitive)",
                    with(at, NODES.textNode(otherCase)));
            return;
        }
        switch (schema.path("format").asText()) {
            case "date-time" -> {
                VALID_DATE_TIMES.forEach(v -> valid(where + " " + v.description(), with(at, NODES.textNode(v.text()))));
                INVALID_DATE_TIMES.forEach(v ->
                        invalid(where + " " + v.description(), with(at, NODES.textNode(v.text()))));
            }
            case "uri" -> {
                valid(where + " https URL with query",
                        with(at, NODES.textNode("https://files.example.com/fw.bin?v=1.2")));
                invalid(where + " relative reference", with(at, NODES.textNode("ocpp/upload")));
                invalid(where + " with a space", with(at, NODES.textNode("ftp://files.example.com/my upload")));
            }
            default -> {
                valid(where + " empty string", with(at, NODES.textNode("")));
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    invalid(where + " too long (" + (max + 1) + " characters)",
                            with(at, NODES.textNode(text(max + 1))));
                }
            }
        }
    }

    private void valid(String description, ObjectNode instance) {
        cases.add(new Case(description, instance, true));
    }

    private void invalid(String description, ObjectNode instance) {
        cases.add(new Case(description, instance, false));
    }

    /** The maximal message with the value at a location replaced. */
    private ObjectNode with(JsonPointer at, JsonNode value) {
        ObjectNode copy = maximal.deepCopy();
        JsonNode parent = copy.at(at.head());
        JsonPointer last = at.last();
        if (parent instanceof ArrayNode array) {
            array.set(last.getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(last.getMatchingProperty(), value);
        }
        return copy;
    }

    /** The maximal message without the property at a location. */
    private ObjectNode without(JsonPointer at) {
        ObjectNode copy = maximal.deepCopy();
        ((ObjectNode) copy.at(at.head())).remove(at.last().getMatchingProperty());
        return copy;
    }

    private static JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> NODES.numberNode(42);
            case "integer", "boolean" -> NODES.textNode("1");
            case "number" -> NODES.textNode("6.5");
            case "object" -> NODES.arrayNode();
            case "array" -> NODES.objectNode();
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** A string of exactly {@code length} code points, not all ASCII. */
    private static String text(int length) {
        StringBuilder text = new StringBuilder("é");
        while (text.length() < length) {
            text.append((char) ('a' + text.length() % 26));
        }
        return text.substring(0, length);
    }

    /** Fails on a keyword this generator would silently ignore, so no constraint goes untested. */
    private static void checkKeywords(JsonNode schema) {
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!KNOWN_KEYWORDS.contains(keyword)) {
                throw new IllegalArgumentException("keyword not covered by the generator: " + keyword);
            }
        });
    }
}

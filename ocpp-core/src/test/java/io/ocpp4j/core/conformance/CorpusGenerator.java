package io.ocpp4j.core.conformance;

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
 * spellings, empty arrays and strings, integer and decimal edge values, arrays at their size limits,
 * vendor properties in open objects) and one invalid mutation of the maximal message per constraint
 * the schema states at each location.
 *
 * <p>Understands the keywords the OCPP 1.6, 1.6 security and 2.0.1 schemas use: type (or none: any
 * value), properties, required, additionalProperties (false, or open), items, minItems, maxItems,
 * maxLength, minimum, maximum, enum, format (date-time, uri) and multipleOf; annotations are ignored.
 * It fails on any other keyword, so that no constraint goes untested. The schema's {@code $schema}
 * decides whether {@code 7.0} is an integer (not in draft-04, yes from draft-06 on).
 */
public final class CorpusGenerator {

    /**
     * One generated message and the verdict the schema it came from gives it.
     *
     * @param description what the case exercises, unique within the message, e.g. {@code /idTag missing}
     * @param instance the payload
     * @param valid whether the schema accepts it
     */
    public record Case(String description, ObjectNode instance, boolean valid) {
    }

    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();
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
    private static final Set<String> CONSTRAINTS = Set.of("type", "properties", "required",
            "additionalProperties", "items", "minItems", "maxItems", "maxLength", "minimum", "maximum", "enum",
            "format", "multipleOf");
    /** Keywords without effect on a verdict (no-ops such as additionalItems beside a single items schema). */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "id", "title", "description",
            "comment", "default", "javaType", "existingJavaType", "additionalItems");

    private final boolean draft04;
    private final ObjectNode maximal;
    private final List<Case> cases = new ArrayList<>();

    private CorpusGenerator(JsonNode schema) {
        this.draft04 = schema.path("$schema").asText().contains("draft-04");
        this.maximal = (ObjectNode) build(schema, false);
    }

    /**
     * The corpus of one message schema.
     *
     * @param schema the message schema, {@code $ref}s inlined
     * @return the cases, maximal message first
     * @throws IllegalArgumentException if the schema uses a keyword this generator does not cover
     */
    public static List<Case> generate(JsonNode schema) {
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
        switch (type(schema)) {
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
                return NODES.numberNode(inRange(schema, BigDecimal.valueOf(7)).intValueExact());
            }
            case "number" -> {
                return NODES.numberNode(inRange(schema, new BigDecimal("6.5")));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "any" -> {
                return vendorValue();
            }
            default -> throw new IllegalArgumentException("unsupported schema " + schema);
        }
    }

    private void visit(JsonNode schema, JsonPointer at, Presence presence) {
        String type = type(schema);
        String where = at.toString().isEmpty() ? "payload" : at.toString();
        if (presence == Presence.REQUIRED) {
            invalid(where + " missing", without(at));
        }
        if (presence == Presence.OPTIONAL) {
            valid("without " + where, without(at));
        }
        if (presence != Presence.ROOT && !type.equals("any")) {
            invalid(where + " null", with(at, NODES.nullNode()));
            invalid(where + " of wrong type", with(at, wrongType(type)));
        }
        switch (type) {
            case "object" -> visitObject(schema, at, presence, where);
            case "array" -> visitArray(schema, at, where);
            case "string" -> visitString(schema, at, where);
            case "integer" -> {
                for (int value : new int[] {0, -1, Integer.MAX_VALUE}) {
                    judge(where + " = " + value, with(at, NODES.numberNode(value)),
                            inBounds(schema, BigDecimal.valueOf(value)));
                }
                invalid(where + " = 1.5", with(at, NODES.numberNode(new BigDecimal("1.5"))));
                // An integer from draft-06 on; not in draft-04.
                judge(where + " = 7.0", with(at, NODES.numberNode(new BigDecimal("7.0"))), !draft04);
                visitBounds(schema, at, where, BigDecimal.ONE);
            }
            case "number" -> {
                for (String value : new String[] {"16", "0.1", "1000000.5"}) {
                    BigDecimal number = new BigDecimal(value);
                    judge(where + " = " + value, with(at, number.scale() == 0
                            ? NODES.numberNode(number.intValueExact()) : NODES.numberNode(number)),
                            inBounds(schema, number));
                }
                if (schema.has("multipleOf")) {
                    invalid(where + " not a multiple of " + schema.get("multipleOf"),
                            with(at, NODES.numberNode(new BigDecimal("6.55"))));
                }
                visitBounds(schema, at, where, new BigDecimal("0.1"));
            }
            case "boolean" -> valid(where + " = false", with(at, NODES.booleanNode(false)));
            case "any" -> {
                valid(where + " = a string", with(at, NODES.textNode("text")));
                valid(where + " = a decimal", with(at, NODES.numberNode(new BigDecimal("1.50"))));
                valid(where + " = an array", with(at, NODES.arrayNode().add(1).add("two").addNull()));
                valid(where + " = false", with(at, NODES.booleanNode(false)));
                valid(where + " = null", with(at, NODES.nullNode()));
            }
            default -> throw new IllegalArgumentException("unsupported type at " + where + ": " + schema);
        }
    }

    private void visitObject(JsonNode schema, JsonPointer at, Presence presence, String where) {
        boolean open = !schema.path("additionalProperties").isBoolean()
                || schema.get("additionalProperties").booleanValue();
        ObjectNode extended = maximal.at(at).deepCopy();
        extended.put("unexpected", 1);
        judge(where + " with unknown property", presence == Presence.ROOT ? extended : with(at, extended), open);
        if (open) {
            ObjectNode vendor = maximal.at(at).deepCopy();
            vendor.set("vendorData", vendorValue());
            vendor.putNull("vendorNull");
            vendor.put("vendorDecimal", new BigDecimal("1.50"));
            valid(where + " with vendor properties of every JSON type",
                    presence == Presence.ROOT ? vendor : with(at, vendor));
        }
        Set<String> required = required(schema);
        schema.path("properties").properties().forEach(p -> visit(p.getValue(), at.appendProperty(p.getKey()),
                required.contains(p.getKey()) ? Presence.REQUIRED : Presence.OPTIONAL));
    }

    private void visitArray(JsonNode schema, JsonPointer at, String where) {
        int minItems = schema.path("minItems").asInt(0);
        int maxItems = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        JsonNode item = maximal.at(at).get(0);
        judge(where + " empty", with(at, NODES.arrayNode()), minItems == 0);
        judge(where + " with two items", with(at, repeat(item, 2)), maxItems >= 2);
        if (schema.has("maxItems")) {
            valid(where + " with " + maxItems + " items (maxItems)", with(at, repeat(item, maxItems)));
            invalid(where + " with " + (maxItems + 1) + " items", with(at, repeat(item, maxItems + 1)));
        }
        visit(schema.get("items"), at.appendIndex(0), Presence.ITEM);
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

    /** At the bounds a number may take, and one step beyond each. */
    private void visitBounds(JsonNode schema, JsonPointer at, String where, BigDecimal step) {
        boolean integer = type(schema).equals("integer");
        if (schema.has("minimum")) {
            BigDecimal minimum = schema.get("minimum").decimalValue();
            valid(where + " = minimum", with(at, number(minimum, integer)));
            invalid(where + " below minimum", with(at, number(minimum.subtract(step), integer)));
        }
        if (schema.has("maximum")) {
            BigDecimal maximum = schema.get("maximum").decimalValue();
            valid(where + " = maximum", with(at, number(maximum, integer)));
            invalid(where + " above maximum", with(at, number(maximum.add(step), integer)));
        }
    }

    private static JsonNode number(BigDecimal value, boolean integer) {
        return integer ? NODES.numberNode(value.intValueExact()) : NODES.numberNode(value);
    }

    private static boolean inBounds(JsonNode schema, BigDecimal value) {
        return (!schema.has("minimum") || value.compareTo(schema.get("minimum").decimalValue()) >= 0)
                && (!schema.has("maximum") || value.compareTo(schema.get("maximum").decimalValue()) <= 0);
    }

    /** The preferred sample if within the schema's bounds, else the nearest bound. */
    private static BigDecimal inRange(JsonNode schema, BigDecimal preferred) {
        if (schema.has("minimum") && preferred.compareTo(schema.get("minimum").decimalValue()) < 0) {
            return schema.get("minimum").decimalValue();
        }
        if (schema.has("maximum") && preferred.compareTo(schema.get("maximum").decimalValue()) > 0) {
            return schema.get("maximum").decimalValue();
        }
        return preferred;
    }

    /** Arbitrary vendor JSON: nested object and array, decimal, text, boolean, null. */
    private static JsonNode vendorValue() {
        ObjectNode value = NODES.objectNode();
        value.put("text", "Grüße ⚡");
        value.put("decimal", new BigDecimal("0.10"));
        value.put("big", new BigDecimal("12345678901234567890"));
        value.putArray("list").add(1).add(true).addNull().addObject().put("nested", "yes");
        value.putObject("object").putNull("nothing");
        return value;
    }

    private void judge(String description, ObjectNode instance, boolean valid) {
        cases.add(new Case(description, instance, valid));
    }

    private void valid(String description, ObjectNode instance) {
        judge(description, instance, true);
    }

    private void invalid(String description, ObjectNode instance) {
        judge(description, instance, false);
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

    private static ArrayNode repeat(JsonNode item, int count) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            array.add(item.deepCopy());
        }
        return array;
    }

    /** The schema's type; {@code any} when it states none (2.0.1 DataTransfer {@code data}). */
    private static String type(JsonNode schema) {
        return schema.has("type") ? schema.get("type").asText() : "any";
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
            if (!CONSTRAINTS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
                throw new IllegalArgumentException("keyword not covered by the generator: " + keyword);
            }
        });
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            additional.fieldNames().forEachRemaining(keyword -> {
                if (!ANNOTATIONS.contains(keyword)) {
                    throw new IllegalArgumentException("constrained additionalProperties not covered: " + schema);
                }
            });
        }
    }
}

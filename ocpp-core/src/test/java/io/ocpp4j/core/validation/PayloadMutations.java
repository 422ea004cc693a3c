package io.ocpp4j.core.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.OcppJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random mutations of a payload, for differential tests of validators: properties removed, unknown
 * properties added (names with {@code ~} and {@code /} too), values replaced by values of every JSON
 * type (integral decimals, huge numbers, malformed and offset-less date-times, URIs, surrogate pairs),
 * strings lengthened, arrays emptied or overfilled, properties reordered. One to four per payload, so
 * that several violations meet.
 */
public final class PayloadMutations {

    private static final ObjectMapper MAPPER = OcppJson.newMapper();
    private static final List<String> ODD_VALUES = List.of(
            "\"\"", "\"x\"", "\"Accepted\"", "\"accepted\"", "0", "-1", "1", "7", "1.0", "-0.0", "1.5", "0.15",
            "0.1", "6.5", "1000.5", "1e2", "2147483648", "-2147483649", "123456789012345678901234567890",
            "1E+70", "-3.5E+65", "1.0E-7", "true", "false", "null", "{}", "[]", "[\"x\"]", "{\"a\":1}",
            "\"2024-01-01T12:00:00\"", "\"2024-01-01T12:00:00.5\"", "\"2024-13-01T00:00:00Z\"",
            "\"2024-02-30T00:00:00Z\"", "\"2023-02-29T00:00:00Z\"", "\"2024-02-29T23:59:59.123456789Z\"",
            "\"2024-01-01T12:00:00.1234567891Z\"", "\"2016-12-31T23:59:60Z\"", "\"2024-01-01T12:00:60Z\"",
            "\"2024-01-01t12:00:00z\"", "\"2024-01-01 12:00:00Z\"", "\"2024-01-01T12:00:00-00:00\"",
            "\"2024-01-01T12:00:00+18:00\"", "\"2024-01-01T12:00:00+19:00\"", "\"2024-01-01T12:00Z\"",
            "\"0000-01-01T00:00:00Z\"", "\"2024-01-01\"", "\"http://example.com/a b\"", "\"https://example.com/fw.bin\"",
            "\"::\"", "\"urn:x\"", "\"a\\u0000b\"", "\"\uD83D\uDE00\uD83D\uDE00\"");
    private static final List<String> ODD_NAMES = List.of("x", "colour", "~", "a/b", "", "~1", "customData",
            "vendorId", "status", "idTag");

    private PayloadMutations() {
    }

    /**
     * A mutated copy of a payload.
     *
     * @param original the payload, left unchanged
     * @param random decides everything
     * @return the copy, mutated one to four times
     */
    public static ObjectNode mutate(ObjectNode original, Random random) {
        ObjectNode payload = original.deepCopy();
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(payload, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object) {
                mutateObject(object, random);
            } else {
                mutateArray((ArrayNode) target, random);
            }
        }
        return payload;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    private static void mutateObject(ObjectNode object, Random random) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int choice = random.nextInt(6);
        if (names.isEmpty() || choice == 0) {
            String name = ODD_NAMES.get(random.nextInt(ODD_NAMES.size()));
            object.set(name, odd(random));
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode value = object.get(name);
        switch (choice) {
            case 1 -> object.remove(name);
            case 2, 3 -> object.set(name, odd(random));
            case 4 -> {
                if (value.isTextual()) {
                    object.put(name, lengthen(value.textValue(), random));
                } else {
                    object.set(name, odd(random));
                }
            }
            default -> {
                // move the property to the end: the order of properties must not matter
                object.remove(name);
                object.set(name, value);
            }
        }
    }

    private static void mutateArray(ArrayNode array, Random random) {
        switch (random.nextInt(4)) {
            case 0 -> array.removeAll();
            case 1 -> {
                if (!array.isEmpty()) {
                    JsonNode first = array.get(0);
                    int copies = 1 + random.nextInt(6);
                    for (int i = 0; i < copies; i++) {
                        array.add(first.deepCopy());
                    }
                }
            }
            case 2 -> array.add(odd(random));
            default -> {
                if (!array.isEmpty()) {
                    array.set(random.nextInt(array.size()), odd(random));
                }
            }
        }
    }

    private static String lengthen(String text, Random random) {
        StringBuilder longer = new StringBuilder(text);
        int extra = 1 + random.nextInt(random.nextBoolean() ? 3 : 600);
        boolean surrogates = random.nextInt(3) == 0;
        for (int i = 0; i < extra; i++) {
            longer.append(surrogates ? "\uD83D\uDE00" : "a");
        }
        return longer.toString();
    }

    private static JsonNode odd(Random random) {
        try {
            return MAPPER.readTree(ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

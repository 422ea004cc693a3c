package io.ocpp4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * When an encoded message says the same as the message it was decoded from: the same structure with
 * equivalent leaves. Numbers compare by value ({@code 32.0} = {@code 32}) and date-times by local
 * time and offset ({@code +00:00} = {@code Z}, {@code .100} = {@code .1}); everything else exactly.
 */
public final class JsonEquivalence {

    /**
     * Equal leaves, up to the number and date-time spellings above; for
     * {@link JsonNode#equals(Comparator, JsonNode)}.
     */
    public static final Comparator<JsonNode> EQUIVALENT_LEAVES = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isTextual() && b.isTextual() && !a.equals(b)) {
            return sameDateTime(a.textValue(), b.textValue()) ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonEquivalence() {
    }

    /**
     * Whether two documents say the same.
     *
     * @param a one document
     * @param b another
     * @return {@code true} if they have the same structure and equivalent leaves
     */
    public static boolean equivalent(JsonNode a, JsonNode b) {
        return a.equals(EQUIVALENT_LEAVES, b);
    }

    /**
     * Every string value in a document, at any depth (not property names).
     *
     * @param node the document
     * @return the strings, sorted
     */
    public static Set<String> texts(JsonNode node) {
        Set<String> texts = new TreeSet<>();
        collectText(node, texts);
        return texts;
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

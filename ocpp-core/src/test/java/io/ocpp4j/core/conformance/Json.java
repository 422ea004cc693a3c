package io.ocpp4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.OcppJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/** Reading schemas and corpus files, and replacing {@code $ref}s by what they point to. */
final class Json {

    /** Parses as the version mappers do: decimals exact, bounded. */
    static final ObjectMapper MAPPER = OcppJson.newMapper();

    private static final String DEFINITIONS = "#/definitions/";
    private static final int MAX_DEPTH = 32;

    private Json() {
    }

    static JsonNode read(InputStream in, String what) {
        try (in) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        }
    }

    /**
     * A schema with every {@code $ref} replaced by the definition it names, recursively.
     *
     * @param schema the schema
     * @param definitions the definition of a {@code $ref} value, e.g. {@code common.json#/definitions/IdToken}
     * @return a self-contained copy, without {@code definitions}
     */
    static JsonNode inline(JsonNode schema, Function<String, JsonNode> definitions) {
        return inline(schema, definitions, 0);
    }

    private static JsonNode inline(JsonNode schema, Function<String, JsonNode> definitions, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("references nested too deeply (recursive?) at " + schema);
        }
        if (schema.has("$ref")) {
            if (schema.size() != 1) {
                throw new IllegalArgumentException("a $ref with siblings is not supported: " + schema);
            }
            String ref = schema.get("$ref").asText();
            JsonNode target = definitions.apply(ref);
            if (target == null) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
            return inline(target, definitions, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        for (Map.Entry<String, JsonNode> property : schema.properties()) {
            if (property.getKey().equals("definitions")) {
                copy.remove("definitions");
            } else {
                copy.set(property.getKey(), inline(property.getValue(), definitions, depth));
            }
        }
        return copy;
    }

    /**
     * The definition a reference names, from a {@code definitions} object.
     *
     * @param ref e.g. {@code #/definitions/IdTokenType} or {@code common.json#/definitions/IdTokenType}
     * @param prefix what precedes {@code #/definitions/} in the references accepted, e.g. {@code common.json}
     * @param definitions the {@code definitions} object
     * @return the definition, or {@code null} if the reference is of another form
     */
    static JsonNode definition(String ref, String prefix, JsonNode definitions) {
        String start = prefix + DEFINITIONS;
        if (!ref.startsWith(start)) {
            return null;
        }
        return definitions.get(ref.substring(start.length()));
    }
}

package io.ocpp4j.v16;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.NetworkntSchemaValidators;
import io.ocpp4j.core.validation.SchemaValidators;
import io.ocpp4j.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** Our schema files: judged by ocpp-core's validator, or read as JSON for tests that walk them. */
final class OurSchemas {

    private static final String COMMON_REF = "common.json#/definitions/";
    private static final SchemaValidators VALIDATORS = new NetworkntSchemaValidators();

    private OurSchemas() {
    }

    /**
     * Validates a payload strictly against our schema of a message, as the RPC layer does.
     *
     * @param message e.g. {@code BootNotificationRequest}
     * @param payload the payload, left unchanged
     * @return the violation, empty if valid
     */
    static Optional<Violation> validate(String message, ObjectNode payload) {
        return VALIDATORS.forSchema("schemas/v16/" + message + ".json").validate(payload.deepCopy(), Leniency.STRICT);
    }

    /**
     * A schema resource under {@code schemas/v16/}, parsed.
     *
     * @param name the file name without {@code .json}, e.g. {@code common}
     * @return the schema
     */
    static JsonNode json(String name) {
        try (InputStream in = OurSchemas.class.getResourceAsStream("/schemas/v16/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + name);
            }
            return Ocpp16.VERSION.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A message schema with every {@code $ref} to {@code common.json} replaced by the definition.
     *
     * @param message e.g. {@code BootNotificationRequest}
     * @return the self-contained schema
     */
    static JsonNode inlined(String message) {
        return inline(json(message), json("common").get("definitions"));
    }

    private static JsonNode inline(JsonNode schema, JsonNode definitions) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith(COMMON_REF) || schema.size() != 1) {
                throw new IllegalArgumentException("unexpected reference " + schema);
            }
            return inline(definitions.get(ref.substring(COMMON_REF.length())), definitions);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        for (Map.Entry<String, JsonNode> property : schema.properties()) {
            copy.set(property.getKey(), inline(property.getValue(), definitions));
        }
        return copy;
    }
}

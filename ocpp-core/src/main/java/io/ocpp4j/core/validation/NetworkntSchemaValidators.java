package io.ocpp4j.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectId;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import io.ocpp4j.core.ErrorCode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link SchemaValidators} on networknt's json-schema-validator, interpreting our schema files
 * from the classpath ({@code $ref}s to sibling files resolve there too). Each schema is compiled
 * once and shared. Schemas declare their draft (04, 06 or 07) with {@code $schema}; draft-07 is assumed
 * otherwise.
 * {@code format} is asserted (a malformed date-time is a violation), as OCPP requires.
 *
 * <p>Mapping to OCPP-J codes: a property the schema does not allow → format violation; a missing
 * required property, or too few or too many items → occurrence constraint violation; a wrong JSON
 * type → type constraint violation; anything else (enum, length, range, format, pattern) →
 * property constraint violation.
 */
public final class NetworkntSchemaValidators implements SchemaValidators {

    private final SchemaRegistry registry;
    private final ClassLoader classLoader;
    private final ConcurrentMap<String, PayloadValidator> compiled = new ConcurrentHashMap<>();

    /** Validators reading schemas with this class's class loader. */
    public NetworkntSchemaValidators() {
        this(NetworkntSchemaValidators.class.getClassLoader());
    }

    /**
     * Validators reading schemas with the given class loader.
     *
     * @param classLoader finds the schema resources
     */
    public NetworkntSchemaValidators(ClassLoader classLoader) {
        this.classLoader = classLoader;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        this.registry = SchemaRegistry.withDialects(
                List.of(withJavaType(Dialects.getDraft4()), withJavaType(Dialects.getDraft6()),
                        withJavaType(Dialects.getDraft7())),
                builder -> builder.defaultDialectId(DialectId.DRAFT_7).schemaRegistryConfig(config));
    }

    /** Our schema files carry {@code javaType} and {@code existingJavaType} for the model generator: known, and without effect here. */
    private static Dialect withJavaType(Dialect dialect) {
        return Dialect.builder(dialect).keyword(new NonValidationKeyword("javaType"))
                .keyword(new NonValidationKeyword("existingJavaType")).build();
    }

    @Override
    public PayloadValidator forSchema(String schemaResource) {
        return compiled.computeIfAbsent(schemaResource, this::compile);
    }

    private PayloadValidator compile(String resource) {
        if (classLoader.getResource(resource) == null) {
            throw new IllegalArgumentException("schema not found on the classpath: " + resource);
        }
        try {
            Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + resource));
            schema.initializeValidators();
            return new Compiled(schema);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot compile schema " + resource + ": " + e.getMessage(), e);
        }
    }

    /** One compiled schema. */
    private static final class Compiled implements PayloadValidator {
        private final Schema schema;

        Compiled(Schema schema) {
            this.schema = schema;
        }

        @Override
        public Optional<Violation> validate(ObjectNode payload, Leniency leniency) {
            List<Error> errors = schema.validate(payload);
            if (errors.isEmpty()) {
                return Optional.empty();
            }
            List<Violation> violations = new ArrayList<>(errors.size());
            for (Error error : errors) {
                if (!forgiven(error, payload, leniency)) {
                    violations.add(toViolation(error));
                }
            }
            return violations.stream().min((a, b) -> Integer.compare(rank(a.code()), rank(b.code())));
        }

        /** Whether the leniency forgives this error; normalises the payload where it does. */
        private static boolean forgiven(Error error, ObjectNode payload, Leniency leniency) {
            String keyword = error.getKeyword();
            if ("additionalProperties".equals(keyword)) {
                return leniency.allowUnknownProperties();
            }
            if ("format".equals(keyword) && leniency.allowDateTimeWithoutOffset()) {
                JsonNode value = error.getInstanceNode();
                if (value != null && value.isTextual() && isLocalDateTime(value.textValue())) {
                    replace(payload, error.getInstanceLocation(), TextNode.valueOf(value.textValue() + "Z"));
                    return true;
                }
            }
            return false;
        }

        private static boolean isLocalDateTime(String text) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        /** Replaces the value at a location of the payload. */
        private static void replace(ObjectNode payload, NodePath location, JsonNode value) {
            JsonNode parent = payload;
            int last = location.getNameCount() - 1;
            for (int i = 0; i < last; i++) {
                parent = step(parent, location.getElement(i));
            }
            Object key = location.getElement(last);
            if (parent instanceof ObjectNode object) {
                object.set(String.valueOf(key), value);
            } else if (parent instanceof ArrayNode array && key instanceof Integer index) {
                array.set(index, value);
            }
        }

        private static JsonNode step(JsonNode node, Object element) {
            return element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
        }

        private static Violation toViolation(Error error) {
            String keyword = error.getKeyword() == null ? "" : error.getKeyword();
            String pointer = error.getInstanceLocation().toString();
            if (pointer.equals("/")) {
                pointer = "";
            }
            String property = error.getProperty();
            ErrorCode code;
            String message;
            switch (keyword) {
                case "additionalProperties" -> {
                    code = ErrorCode.FORMAT_VIOLATION;
                    pointer = child(pointer, property);
                    message = "property not allowed";
                }
                case "required" -> {
                    code = ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION;
                    pointer = child(pointer, property);
                    message = "required property missing";
                }
                case "minItems", "maxItems", "minProperties", "maxProperties" -> {
                    code = ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION;
                    message = error.getMessage();
                }
                case "type" -> {
                    code = ErrorCode.TYPE_CONSTRAINT_VIOLATION;
                    message = error.getMessage();
                }
                default -> {
                    code = ErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
                    message = error.getMessage();
                }
            }
            return new Violation(code, pointer, describe(pointer, message));
        }

        private static String child(String pointer, String property) {
            if (property == null) {
                return pointer;
            }
            return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
        }

        /** "{pointer}: {message}", without networknt's repetition of the location. */
        private static String describe(String pointer, String message) {
            String text = message == null ? "invalid" : message;
            int colon = text.indexOf(": ");
            if (colon > 0 && (text.startsWith("/") || text.startsWith("$"))) {
                text = text.substring(colon + 2);
            }
            return (pointer.isEmpty() ? "payload" : pointer) + ": " + text;
        }

        /** Which violation to report first: structure, then presence, then type, then value. */
        private static int rank(ErrorCode code) {
            return switch (code) {
                case FORMAT_VIOLATION -> 0;
                case OCCURRENCE_CONSTRAINT_VIOLATION -> 1;
                case TYPE_CONSTRAINT_VIOLATION -> 2;
                default -> 3;
            };
        }
    }
}

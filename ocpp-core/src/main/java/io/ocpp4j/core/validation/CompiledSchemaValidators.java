package io.ocpp4j.core.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SchemaValidators} that compile each schema, once, into a tree of small Java validator
 * objects, one per keyword ({@code type}, {@code properties}, {@code additionalProperties},
 * {@code required}, {@code enum} as a hash set, {@code maxLength}, {@code minItems},
 * {@code maxItems}, {@code items}, {@code minimum}, {@code maximum}, {@code multipleOf},
 * {@code format} {@code date-time} and {@code uri}, {@code $ref} resolved once, shared definitions
 * compiled once for all schemas). A valid payload is checked in one pass without allocating; only an
 * invalid one is walked again to find the violation to report.
 *
 * <p>The verdicts are those of {@link NetworkntSchemaValidators}, the reference: the same violation
 * (code, JSON pointer, message) chosen the same way (the most structural first, then the first in
 * networknt's order), the same leniency (unknown properties ignored, date-times without offset
 * normalised to UTC in place). Drafts 04, 06 and 07 are read as networknt reads them (in draft 04 an
 * integral decimal such as {@code 1.0} is not an integer; a {@code $ref} replaces its siblings). A
 * schema that uses anything else (another keyword or format, a union type, {@code $id}, a remote
 * reference) is handed to networknt whole, so that the answer is always the reference's;
 * {@link #isCompiled} tells which schemas were compiled.
 *
 * <p>Thread-safe: schemas compile on first use (or at {@link #precompile}) and are shared.
 */
public final class CompiledSchemaValidators implements SchemaValidators {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "definitions", "javaType",
            "existingJavaType", "title", "description", "default", "examples", "$comment");

    private final ClassLoader classLoader;
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentHashMap<String, PayloadValidator> compiled = new ConcurrentHashMap<>();
    private final Set<String> interpreted = ConcurrentHashMap.newKeySet();
    // Guarded by "this": compilation happens at start-up, one schema at a time.
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, SchemaNode> nodes = new HashMap<>();
    private NetworkntSchemaValidators reference;

    /** Validators reading schemas with this class's class loader. */
    public CompiledSchemaValidators() {
        this(CompiledSchemaValidators.class.getClassLoader());
    }

    /**
     * Validators reading schemas with the given class loader.
     *
     * @param classLoader finds the schema resources
     */
    public CompiledSchemaValidators(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public PayloadValidator forSchema(String schemaResource) {
        PayloadValidator validator = compiled.get(schemaResource);
        return validator != null ? validator : compile(schemaResource);
    }

    /**
     * Whether a schema was compiled to Java validators, rather than handed to networknt because it
     * uses something the compiler does not know.
     *
     * @param schemaResource a classpath resource, e.g. {@code schemas/v16/BootNotificationRequest.json}
     * @return {@code true} if compiled
     * @throws IllegalArgumentException if the schema cannot be found or compiled at all
     */
    public boolean isCompiled(String schemaResource) {
        forSchema(schemaResource);
        return !interpreted.contains(schemaResource);
    }

    /** The compiled root of a schema, for tests of the package; {@code null} if the schema is not compiled. */
    SchemaNode root(String schemaResource) {
        return forSchema(schemaResource) instanceof Compiled compiledSchema ? compiledSchema.root : null;
    }

    private synchronized PayloadValidator compile(String resource) {
        PayloadValidator validator = compiled.get(resource);
        if (validator != null) {
            return validator;
        }
        if (classLoader.getResource(resource) == null) {
            throw new IllegalArgumentException("schema not found on the classpath: " + resource);
        }
        Map<String, SchemaNode> pending = new HashMap<>();
        try {
            Document document = document(resource);
            SchemaNode root = node(document, "", pending);
            nodes.putAll(pending);
            validator = new Compiled(root);
        } catch (Unsupported e) {
            if (reference == null) {
                reference = new NetworkntSchemaValidators(classLoader);
            }
            validator = reference.forSchema(resource);
            interpreted.add(resource);
        }
        compiled.put(resource, validator);
        return validator;
    }

    // ---- compiling ------------------------------------------------------------------------------

    /** A schema file: where it is, its JSON, and its draft. */
    private record Document(String resource, JsonNode root, int draft) {
    }

    private Document document(String resource) {
        Document document = documents.get(resource);
        if (document != null) {
            return document;
        }
        JsonNode root;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new Unsupported("no resource " + resource);
            }
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
        document = new Document(resource, root, draft(root));
        documents.put(resource, document);
        return document;
    }

    /** The draft a document declares with {@code $schema}; draft 07 when it declares none, as networknt is configured. */
    private static int draft(JsonNode root) {
        JsonNode schema = root.get("$schema");
        if (schema == null) {
            return 7;
        }
        String id = schema.asText();
        for (int draft : new int[] {4, 6, 7}) {
            String name = "json-schema.org/draft-0" + draft + "/schema";
            if (id.equals("http://" + name + "#") || id.equals("http://" + name)
                    || id.equals("https://" + name + "#") || id.equals("https://" + name)) {
                return draft;
            }
        }
        throw new Unsupported("$schema " + id);
    }

    /** The compiled node of the schema at a JSON pointer of a document. */
    private SchemaNode node(Document document, String pointer, Map<String, SchemaNode> pending) {
        String key = document.resource() + "#" + pointer;
        SchemaNode node = nodes.get(key);
        if (node == null) {
            node = pending.get(key);
        }
        if (node != null) {
            return node;
        }
        JsonNode schema = pointer.isEmpty() ? document.root() : document.root().at(pointer);
        if (schema.isMissingNode()) {
            throw new Unsupported("no schema at " + key);
        }
        if (!schema.isObject()) {
            throw new Unsupported("boolean or non-object schema at " + key);
        }
        node = new SchemaNode();
        pending.put(key, node); // before its keywords: a schema may refer to itself
        List<SchemaNode.Keyword> keywords = new ArrayList<>();
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            // Drafts 04-07: "$ref" replaces every sibling keyword.
            keywords.add(new SchemaNode.Ref(resolve(document, ref, pending)));
            node.keywords(keywords);
            return node;
        }
        // networknt evaluates "type" first, then "properties", then the rest in the file's order.
        JsonNode type = schema.get("type");
        if (type != null) {
            SchemaNode.JsonKind kind = type.isTextual() ? SchemaNode.JsonKind.named(type.textValue()) : null;
            if (kind == null) {
                throw new Unsupported("type " + type);
            }
            keywords.add(new SchemaNode.Type(kind, document.draft()));
        }
        JsonNode properties = schema.get("properties");
        Set<String> declared = new HashSet<>();
        if (properties != null) {
            if (!properties.isObject()) {
                throw new Unsupported("properties " + properties);
            }
            Map<String, SchemaNode> children = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                declared.add(property.getKey());
                children.put(property.getKey(),
                        node(document, pointer + "/properties/" + escape(property.getKey()), pending));
            }
            keywords.add(new SchemaNode.Properties(children));
        }
        boolean integerType = type != null && "integer".equals(type.asText());
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "type", "properties" -> {
                }
                case "additionalProperties" -> {
                    if (value.isBoolean()) {
                        if (!value.booleanValue()) {
                            keywords.add(new SchemaNode.AdditionalProperties(Set.copyOf(declared), null));
                        }
                    } else if (value.isObject()) {
                        SchemaNode other = node(document, pointer + "/additionalProperties", pending);
                        keywords.add(new SchemaNode.AdditionalProperties(Set.copyOf(declared), other));
                    } else {
                        throw new Unsupported(keyword + " " + value);
                    }
                }
                case "required" -> {
                    List<String> names = new ArrayList<>();
                    if (!value.isArray()) {
                        throw new Unsupported(keyword + " " + value);
                    }
                    for (JsonNode name : value) {
                        if (!name.isTextual()) {
                            throw new Unsupported(keyword + " " + value);
                        }
                        names.add(name.textValue());
                    }
                    if (!names.isEmpty()) {
                        keywords.add(new SchemaNode.Required(names));
                    }
                }
                case "enum" -> keywords.add(enumeration(value));
                case "maxLength" -> keywords.add(new SchemaNode.MaxLength(count(keyword, value)));
                case "minItems" -> keywords.add(new SchemaNode.MinItems(count(keyword, value)));
                case "maxItems" -> keywords.add(new SchemaNode.MaxItems(count(keyword, value)));
                case "items" -> {
                    if (!value.isObject()) {
                        throw new Unsupported(keyword + " " + value);
                    }
                    keywords.add(new SchemaNode.Items(node(document, pointer + "/items", pending)));
                }
                case "minimum", "maximum" -> {
                    if (!value.isNumber()) {
                        throw new Unsupported(keyword + " " + value);
                    }
                    keywords.add(new SchemaNode.Bound(keyword.equals("minimum"), value, integerType));
                }
                case "multipleOf" -> {
                    if (!value.isNumber() || value.doubleValue() == 0) {
                        throw new Unsupported(keyword + " " + value);
                    }
                    BigDecimal divisor = value.isBigDecimal() ? value.decimalValue().stripTrailingZeros()
                            : BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros();
                    keywords.add(new SchemaNode.MultipleOf(divisor));
                }
                case "format" -> {
                    String format = value.asText();
                    if (format.equals("date-time")) {
                        keywords.add(new SchemaNode.Format(true));
                    } else if (format.equals("uri")) {
                        keywords.add(new SchemaNode.Format(false));
                    } else {
                        throw new Unsupported("format " + format);
                    }
                }
                default -> {
                    if (!ANNOTATIONS.contains(keyword)) {
                        throw new Unsupported("keyword " + keyword);
                    }
                }
            }
        }
        node.keywords(keywords);
        return node;
    }

    private static SchemaNode.Keyword enumeration(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            throw new Unsupported("enum " + value);
        }
        Set<String> values = new HashSet<>();
        StringBuilder display = new StringBuilder("[");
        String separator = "";
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new Unsupported("enum " + value);
            }
            values.add(item.textValue());
            display.append(separator).append(item); // networknt shows strings as JSON
            separator = ", ";
        }
        return new SchemaNode.Enum(Set.copyOf(values), display.append(']').toString());
    }

    private static int count(String keyword, JsonNode value) {
        if (!value.isInt() || value.intValue() < 0) {
            throw new Unsupported(keyword + " " + value);
        }
        return value.intValue();
    }

    /** Resolves a {@code $ref}: a fragment of this document, or of a file next to it. */
    private SchemaNode resolve(Document document, JsonNode ref, Map<String, SchemaNode> pending) {
        if (!ref.isTextual()) {
            throw new Unsupported("$ref " + ref);
        }
        String text = ref.textValue();
        int hash = text.indexOf('#');
        String file = hash < 0 ? text : text.substring(0, hash);
        String fragment = hash < 0 ? "" : text.substring(hash + 1);
        if (file.contains(":") || file.startsWith("/") || file.contains("..") || fragment.contains("%")
                || (!fragment.isEmpty() && !fragment.startsWith("/"))) {
            throw new Unsupported("$ref " + text);
        }
        Document target = document;
        if (!file.isEmpty()) {
            String resource = document.resource();
            int slash = resource.lastIndexOf('/');
            String path = (slash < 0 ? "" : resource.substring(0, slash + 1)) + (file.startsWith("./") ? file.substring(2) : file);
            target = document(path);
        }
        return node(target, fragment, pending);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A schema this compiler hands to networknt. */
    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** One compiled schema. */
    private static final class Compiled implements BindingValidator {
        private final SchemaNode root;

        Compiled(SchemaNode root) {
            this.root = root;
        }

        @Override
        public Optional<Violation> validate(ObjectNode payload, Leniency leniency) {
            if (root.valid(payload, leniency)) {
                return Optional.empty();
            }
            SchemaNode.Walk walk = new SchemaNode.Walk(leniency);
            root.walk(payload, walk);
            return walk.finish();
        }

        @Override
        public <T> T bindIfValid(JsonParser parser, ObjectReader reader, Leniency leniency) {
            try {
                ValidatingParser validating = new ValidatingParser(parser, root, leniency);
                T value = reader.readValue(validating);
                return validating.accepted() ? value : null;
            } catch (IOException | RuntimeException e) {
                return null; // refused, not bound, or not JSON: the tree path decides
            }
        }
    }
}

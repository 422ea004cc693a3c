package io.ocpp4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectId;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One folder of the official OCA JSON schemas in {@code <shared>/ocpp-schemas/}, judged with networknt
 * directly (each file's own {@code $schema} draft, {@code format} asserted), independently of
 * ocpp-core's validator. The shared folder is the system property {@code ocpp4j.shared.dir} (the build
 * sets it), or else {@code ../shared} beside the project; tests skip, saying so, when it is absent
 * ({@link #present()}).
 */
public final class OfficialSchemas {

    /** The system property naming the shared folder. */
    public static final String SHARED_DIR_PROPERTY = "ocpp4j.shared.dir";

    private final Path directory;
    private final MessageFileNaming naming;
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OfficialSchemas(Path directory, MessageFileNaming naming) {
        this.directory = directory;
        this.naming = naming;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDialects(
                List.of(annotated(Dialects.getDraft4()), annotated(Dialects.getDraft6()),
                        annotated(Dialects.getDraft7())),
                builder -> builder.defaultDialectId(DialectId.DRAFT_4).schemaRegistryConfig(config));
    }

    /**
     * The official schemas of one folder of {@code ocpp-schemas}.
     *
     * @param folder e.g. {@code v16}, {@code v16security} or {@code v201}
     * @param naming how the folder names its files
     * @return the schemas, present or not
     */
    public static OfficialSchemas in(String folder, MessageFileNaming naming) {
        return new OfficialSchemas(sharedDirectory().resolve("ocpp-schemas").resolve(folder).normalize(), naming);
    }

    /**
     * The shared folder: {@code ocpp4j.shared.dir}, or {@code ../shared} beside the project (the
     * working directory of a module's tests is the module, one below the project).
     *
     * @return the absolute path, whether or not it exists
     */
    public static Path sharedDirectory() {
        String shared = System.getProperty(SHARED_DIR_PROPERTY);
        return shared != null ? Path.of(shared).toAbsolutePath()
                : Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolveSibling("shared");
    }

    /** OCA files carry {@code comment} (2.0.1) and {@code javaType}: known here, without effect. */
    private static Dialect annotated(Dialect dialect) {
        return Dialect.builder(dialect)
                .keyword(new NonValidationKeyword("javaType"))
                .keyword(new NonValidationKeyword("comment"))
                .build();
    }

    /** Where the official schemas are expected. @return the directory */
    public Path directory() {
        return directory;
    }

    /** Whether the official schemas are there. @return {@code true} if the directory exists */
    public boolean present() {
        return Files.isDirectory(directory);
    }

    /**
     * Why tests against these schemas are skipped.
     *
     * @return a message naming the missing directory and the property that moves it
     */
    public String absence() {
        return directory + " not found: conformance against the official schemas skipped (set -D"
                + SHARED_DIR_PROPERTY + " to the folder holding ocpp-schemas/)";
    }

    /**
     * The messages the official schemas describe, under our names.
     *
     * @return e.g. {@code BootNotificationRequest} for 1.6's {@code BootNotification.json}
     */
    public Set<String> messages() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(naming::message)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The official schema of a message, as written.
     *
     * @param message our message name, e.g. {@code BootNotificationRequest}
     * @return the parsed schema
     */
    public JsonNode json(String message) {
        Path file = directory.resolve(naming.fileName(message));
        try {
            return Json.read(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The official schema of a message with its {@code #/definitions/} references replaced by the
     * definitions.
     *
     * @param message our message name
     * @return the self-contained schema
     */
    public JsonNode inlined(String message) {
        JsonNode schema = json(message);
        JsonNode definitions = schema.path("definitions");
        return Json.inline(schema, ref -> Json.definition(ref, "", definitions));
    }

    /**
     * Validates a payload against the official schema of a message.
     *
     * @param message our message name
     * @param payload the payload
     * @return the errors, empty if valid
     */
    public List<Error> validate(String message, JsonNode payload) {
        return compiled.computeIfAbsent(message, m -> registry.getSchema(json(m))).validate(payload);
    }
}

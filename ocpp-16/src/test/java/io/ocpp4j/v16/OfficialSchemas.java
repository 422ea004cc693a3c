package io.ocpp4j.v16;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The official OCA OCPP 1.6 JSON schemas in {@code <shared>/ocpp-schemas/v16}, judged with networknt
 * directly (draft-04, {@code format} asserted). The shared folder is the system property
 * {@code ocpp4j.shared.dir}, or else {@code ../shared} beside the project.
 */
final class OfficialSchemas {

    private final Path directory;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> compiled = new HashMap<>();

    OfficialSchemas() {
        String shared = System.getProperty("ocpp4j.shared.dir");
        Path sharedDir = shared != null ? Path.of(shared)
                : Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolveSibling("shared");
        this.directory = sharedDir.resolve("ocpp-schemas").resolve("v16").normalize();
    }

    /** Where the official schemas are expected. @return the directory */
    Path directory() {
        return directory;
    }

    /** Whether the official schemas are there. @return {@code true} if the directory exists */
    boolean present() {
        return Files.isDirectory(directory);
    }

    /**
     * The messages the official schemas describe, under our names.
     *
     * @return e.g. {@code BootNotificationRequest} for {@code BootNotification.json}
     */
    Set<String> messages() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .map(name -> name.endsWith("Response") ? name : name + "Request")
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The official schema of a message, as JSON.
     *
     * @param message our message name, e.g. {@code BootNotificationRequest}
     * @return the parsed schema
     */
    JsonNode json(String message) {
        try (InputStream in = Files.newInputStream(file(message))) {
            return Ocpp16.VERSION.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a payload against the official schema of a message.
     *
     * @param message our message name
     * @param payload the payload
     * @return the errors, empty if valid
     */
    List<Error> validate(String message, JsonNode payload) {
        return compiled.computeIfAbsent(message, m -> registry.getSchema(json(m))).validate(payload);
    }

    /** OCA names a request {@code <Action>.json} and a response {@code <Action>Response.json}. */
    private Path file(String message) {
        String name = message.endsWith("Request")
                ? message.substring(0, message.length() - "Request".length()) : message;
        return directory.resolve(name + ".json");
    }
}

package io.ocpp4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.validation.CompiledSchemaValidators;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.NetworkntSchemaValidators;
import io.ocpp4j.core.validation.SchemaValidators;
import io.ocpp4j.core.validation.Violation;
import java.io.InputStream;
import java.util.Optional;

/**
 * A version module's own schema files on the classpath ({@code <directory>/<Message>.json} and the
 * shared definitions of {@code <directory>/common.json}): judged by ocpp-core's validators, as the RPC
 * layer judges payloads, or read as JSON for tests that walk them.
 *
 * <p>Every payload is judged by both implementations, the networknt reference and the compiled
 * validators the runtime uses by default, and the two must give the same answer (code, pointer and
 * message): so every conformance case is also a test that the compiled validators are exact. Every
 * schema must be compiled, not handed back to networknt.
 */
public final class OurSchemas {

    private static final String COMMON = "common.json";

    private final String directory;
    private final ClassLoader classLoader;
    private final SchemaValidators validators;
    private final CompiledSchemaValidators compiled;

    /**
     * Our schemas in a classpath directory, read with this class's class loader.
     *
     * @param directory e.g. {@code schemas/v16}
     */
    public OurSchemas(String directory) {
        this(directory, OurSchemas.class.getClassLoader());
    }

    /**
     * Our schemas in a classpath directory.
     *
     * @param directory e.g. {@code schemas/v16}
     * @param classLoader finds the schema resources
     */
    public OurSchemas(String directory, ClassLoader classLoader) {
        this.directory = directory;
        this.classLoader = classLoader;
        this.validators = new NetworkntSchemaValidators(classLoader);
        this.compiled = new CompiledSchemaValidators(classLoader);
    }

    /** The classpath directory of the schemas. @return e.g. {@code schemas/v16} */
    public String directory() {
        return directory;
    }

    /** The class loader the schemas (and the hand-written corpus files) are read with. @return it */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * Validates a payload strictly against our schema of a message, as the RPC layer does, with both
     * implementations.
     *
     * @param message e.g. {@code BootNotificationRequest}
     * @param payload the payload, left unchanged
     * @return the violation, empty if valid
     * @throws AssertionError if the compiled validators disagree with the reference, or if the schema
     *                        is not compiled
     */
    public Optional<Violation> validate(String message, ObjectNode payload) {
        String resource = resource(message);
        Optional<Violation> reference = validators.forSchema(resource).validate(payload.deepCopy(), Leniency.STRICT);
        Optional<Violation> fast = compiled.forSchema(resource).validate(payload.deepCopy(), Leniency.STRICT);
        if (!compiled.isCompiled(resource)) {
            throw new AssertionError(resource + " is not compiled: it uses something CompiledSchemaValidators does not know");
        }
        if (!reference.equals(fast)) {
            throw new AssertionError(resource + " " + payload + ": networknt says " + reference + ", compiled says " + fast);
        }
        return reference;
    }

    /**
     * A schema file, parsed.
     *
     * @param name the file name without {@code .json}, e.g. {@code common} or {@code BootNotificationRequest}
     * @return the schema
     */
    public JsonNode json(String name) {
        InputStream in = classLoader.getResourceAsStream(resource(name));
        if (in == null) {
            throw new IllegalArgumentException("no schema " + resource(name));
        }
        return Json.read(in, resource(name));
    }

    /**
     * The shared definitions of {@code common.json}.
     *
     * @return the {@code definitions} object, by definition name
     */
    public JsonNode definitions() {
        return json("common").get("definitions");
    }

    /**
     * A message schema with every {@code $ref} to {@code common.json} replaced by the definition.
     *
     * @param message e.g. {@code BootNotificationRequest}
     * @return the self-contained schema
     */
    public JsonNode inlined(String message) {
        JsonNode definitions = definitions();
        return Json.inline(json(message), ref -> Json.definition(ref, COMMON, definitions));
    }

    private String resource(String name) {
        return directory + "/" + name + ".json";
    }
}

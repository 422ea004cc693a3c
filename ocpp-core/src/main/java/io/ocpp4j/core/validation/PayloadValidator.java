package io.ocpp4j.core.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Checks payloads against one compiled schema. Thread-safe; compiled once and shared.
 *
 * <p>This is the seam between the RPC layer and the validation technique: the default
 * implementation interprets the schema with networknt's validator, and a faster one (for example
 * generated at build time from the same schema) can replace it without touching any caller.
 */
public interface PayloadValidator {

    /**
     * Validates a payload.
     *
     * <p>Where the leniency forgives a violation the payload may be normalised in place so that it
     * binds as intended: a date-time without offset gets {@code Z} appended; unknown properties are
     * left for the binder to ignore.
     *
     * @param payload the payload object, as parsed from the frame
     * @param leniency what to forgive
     * @return the most relevant violation, or empty if the payload is valid
     */
    Optional<Violation> validate(ObjectNode payload, Leniency leniency);
}

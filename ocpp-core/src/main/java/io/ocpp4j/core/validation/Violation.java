package io.ocpp4j.core.validation;

import io.ocpp4j.core.ErrorCode;
import java.util.Objects;

/**
 * The first way a payload breaks its schema, as OCPP-J reports it.
 *
 * @param code the CALLERROR code this violation maps to
 * @param pointer the JSON pointer of the offending field, e.g. {@code /idTagInfo/status}; empty for
 *                the payload itself
 * @param message a short human-readable explanation naming the field and the constraint
 */
public record Violation(ErrorCode code, String pointer, String message) {

    /** Checks that every component is present. */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}

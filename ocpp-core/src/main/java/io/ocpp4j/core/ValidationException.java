package io.ocpp4j.core;

import io.ocpp4j.core.validation.Violation;
import java.util.Objects;

/**
 * A payload broke its schema: an outgoing request or response of ours (nothing was sent), or a
 * response received from the peer (the call fails with this exception).
 */
public final class ValidationException extends OcppException {

    private final String action;
    private final transient Violation violation;

    /**
     * @param action the action whose payload is invalid
     * @param what which payload, e.g. {@code "request"} or {@code "response"}
     * @param violation what is wrong, and where
     */
    public ValidationException(String action, String what, Violation violation) {
        super(action + " " + what + " invalid: " + violation.message() + " (" + violation.code() + ")");
        this.action = action;
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    /** @return the action whose payload is invalid */
    public String action() {
        return action;
    }

    /** @return what is wrong: the OCPP-J code, the JSON pointer of the field, a message */
    public Violation violation() {
        return violation;
    }
}

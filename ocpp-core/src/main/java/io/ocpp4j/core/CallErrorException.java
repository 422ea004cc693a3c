package io.ocpp4j.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A CALLERROR: the peer answered a call with one, or a handler throws one to answer with a specific
 * code (for example {@link ErrorCode#SECURITY_ERROR}) instead of a response.
 */
public final class CallErrorException extends OcppException {

    private final ErrorCode code;
    private final String wireCode;
    private final String description;
    private final transient JsonNode details;

    /**
     * For a handler that answers with a CALLERROR.
     *
     * @param code the error code
     * @param description what was wrong, sent to the peer (keep it short; no internals)
     */
    public CallErrorException(ErrorCode code, String description) {
        this(code, null, description, JsonNodeFactory.instance.objectNode(), null);
    }

    /**
     * For a received CALLERROR.
     *
     * @param code the meaning of the received code
     * @param wireCode the code as received, or {@code null} when sending
     * @param description the received description
     * @param details the received details object
     * @param action the action of the failed call, or {@code null} if unknown
     */
    public CallErrorException(ErrorCode code, String wireCode, String description, JsonNode details, String action) {
        super((action == null ? "" : action + ": ") + "CALLERROR " + (wireCode != null ? wireCode : code)
                + (description == null || description.isEmpty() ? "" : " (" + description + ")"));
        this.code = Objects.requireNonNull(code, "code");
        this.wireCode = wireCode;
        this.description = description == null ? "" : description;
        this.details = details == null ? JsonNodeFactory.instance.objectNode() : details;
    }

    /**
     * The answer of a handler for an action it does not support: a stage failed with
     * {@code NotSupported}. Handler interfaces return it from their default methods.
     *
     * @param action the action name
     * @param <R> the response type
     * @return a failed stage
     */
    public static <R> CompletionStage<R> notSupported(String action) {
        return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.NOT_SUPPORTED, action + " is not supported"));
    }

    /** @return the error code, in any version's meaning */
    public ErrorCode code() {
        return code;
    }

    /** @return the code exactly as received, or {@code null} for an error raised locally */
    public String wireCode() {
        return wireCode;
    }

    /** @return the error description */
    public String description() {
        return description;
    }

    /** @return the error details (an object, possibly empty) */
    public JsonNode details() {
        return details;
    }
}

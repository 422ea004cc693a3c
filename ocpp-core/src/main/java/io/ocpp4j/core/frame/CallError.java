package io.ocpp4j.core.frame;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.ErrorCodeSpelling;
import java.util.Objects;

/**
 * A failed answer: {@code [4, "<messageId>", "<errorCode>", "<errorDescription>", {errorDetails}]}.
 *
 * @param messageId the id of the CALL this answers ({@code "-1"} if that id could not be read)
 * @param errorCode the code as spelled on the wire; see {@link #code()} for its meaning
 * @param errorDescription a short description, at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param errorDetails free-form details, usually empty
 */
public record CallError(String messageId, String errorCode, String errorDescription, ObjectNode errorDetails)
        implements RpcFrame {

    /** The message id of an answer to a CALL whose own id could not be read. */
    public static final String UNKNOWN_MESSAGE_ID = "-1";
    /** Longest description sent (OCPP 2.0.1 limits it to 255 characters; 1.6 sets no limit). */
    public static final int MAX_DESCRIPTION_LENGTH = 255;

    /** Checks the components. */
    public CallError {
        RpcFrame.checkMessageId(messageId);
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(errorDescription, "errorDescription");
        Objects.requireNonNull(errorDetails, "errorDetails");
    }

    /**
     * Creates a CALLERROR to send, with the code spelled as the version requires and the
     * description cut to {@value #MAX_DESCRIPTION_LENGTH} characters.
     *
     * @param messageId the id of the CALL being answered
     * @param code the error
     * @param spelling the version's spelling of error codes
     * @param description what was wrong (no stack traces)
     * @return the frame, with empty details
     */
    public static CallError of(String messageId, ErrorCode code, ErrorCodeSpelling spelling, String description) {
        String text = description == null ? "" : description;
        if (text.length() > MAX_DESCRIPTION_LENGTH) {
            int end = MAX_DESCRIPTION_LENGTH;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never split a surrogate pair
            }
            text = text.substring(0, end);
        }
        return new CallError(messageId, code.wireName(spelling), text, JsonNodeFactory.instance.objectNode());
    }

    /**
     * The meaning of {@link #errorCode()}, in any version's spelling.
     *
     * @return the code, or {@link ErrorCode#GENERIC_ERROR} for a code no version defines
     */
    public ErrorCode code() {
        return ErrorCode.fromWire(errorCode).orElse(ErrorCode.GENERIC_ERROR);
    }

    @Override
    public int messageTypeId() {
        return CALL_ERROR;
    }
}

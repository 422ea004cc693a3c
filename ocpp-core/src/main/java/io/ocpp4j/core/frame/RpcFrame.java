package io.ocpp4j.core.frame;

/**
 * One OCPP-J message: {@link Call} ({@code [2, id, action, payload]}), {@link CallResult}
 * ({@code [3, id, payload]}) or {@link CallError} ({@code [4, id, code, description, details]}).
 *
 * <p>Payloads are parsed JSON trees: a frame is read once, and its payload is bound to a class only
 * after its action is known and its schema has been checked. Frames are values; do not modify a
 * payload after handing a frame over.
 */
public sealed interface RpcFrame permits Call, CallResult, CallError {

    /** The OCPP-J message type id of a CALL. */
    int CALL = 2;
    /** The OCPP-J message type id of a CALLRESULT. */
    int CALL_RESULT = 3;
    /** The OCPP-J message type id of a CALLERROR. */
    int CALL_ERROR = 4;
    /** The longest message id OCPP-J allows. */
    int MAX_MESSAGE_ID_LENGTH = 36;

    /**
     * The id that pairs a CALL with its answer.
     *
     * @return the message id, at most {@value #MAX_MESSAGE_ID_LENGTH} characters
     */
    String messageId();

    /**
     * The OCPP-J message type id of this frame.
     *
     * @return {@link #CALL}, {@link #CALL_RESULT} or {@link #CALL_ERROR}
     */
    int messageTypeId();

    /** Checks a message id for sending. */
    static String checkMessageId(String messageId) {
        if (messageId == null || messageId.length() > MAX_MESSAGE_ID_LENGTH) {
            throw new IllegalArgumentException("message id must be a string of at most "
                    + MAX_MESSAGE_ID_LENGTH + " characters");
        }
        return messageId;
    }
}

package io.ocpp4j.core.frame;

import io.ocpp4j.core.ErrorCode;

/** Why a received text is not a valid OCPP-J frame, and the CALLERROR code that answers it. */
public enum FrameProblem {
    /** The text is not JSON, or JSON followed by more text. */
    NOT_JSON(ErrorCode.RPC_FRAMEWORK_ERROR),
    /** The JSON is not an array. */
    NOT_ARRAY(ErrorCode.RPC_FRAMEWORK_ERROR),
    /** The array has the wrong number of elements for its message type. */
    WRONG_ELEMENT_COUNT(ErrorCode.RPC_FRAMEWORK_ERROR),
    /** The first element is not an integer message type id. */
    MESSAGE_TYPE_INVALID(ErrorCode.RPC_FRAMEWORK_ERROR),
    /** The message type id is an integer but not 2, 3 or 4. */
    MESSAGE_TYPE_UNKNOWN(ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED),
    /** The message id is not a string, or longer than 36 characters. */
    MESSAGE_ID_INVALID(ErrorCode.RPC_FRAMEWORK_ERROR),
    /** The action of a CALL is not a string. */
    ACTION_INVALID(ErrorCode.RPC_FRAMEWORK_ERROR),
    /** The payload is not a JSON object, or is not well-formed within its bounds. */
    PAYLOAD_INVALID(ErrorCode.FORMAT_VIOLATION),
    /** The code, description or details of a CALLERROR have the wrong type. */
    ERROR_FIELDS_INVALID(ErrorCode.RPC_FRAMEWORK_ERROR);

    private final ErrorCode errorCode;

    FrameProblem(ErrorCode errorCode) {
        this.errorCode = errorCode;
    }

    /**
     * The code of the CALLERROR that answers a frame with this problem.
     *
     * @return the error code
     */
    public ErrorCode errorCode() {
        return errorCode;
    }
}

package io.ocpp4j.core.frame;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A successful answer: {@code [3, "<messageId>", {payload}]}.
 *
 * @param messageId the id of the CALL this answers
 * @param payload the response payload
 */
public record CallResult(String messageId, ObjectNode payload) implements RpcFrame {

    /** Checks the components. */
    public CallResult {
        RpcFrame.checkMessageId(messageId);
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public int messageTypeId() {
        return CALL_RESULT;
    }
}

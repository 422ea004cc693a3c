package io.ocpp4j.core.frame;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A request: {@code [2, "<messageId>", "<action>", {payload}]}.
 *
 * @param messageId the id its answer will carry
 * @param action the action name, e.g. {@code Heartbeat}
 * @param payload the request payload
 */
public record Call(String messageId, String action, ObjectNode payload) implements RpcFrame {

    /** Checks the components. */
    public Call {
        RpcFrame.checkMessageId(messageId);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public int messageTypeId() {
        return CALL;
    }
}

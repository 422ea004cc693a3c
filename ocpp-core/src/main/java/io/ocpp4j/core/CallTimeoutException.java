package io.ocpp4j.core;

import java.time.Duration;

/** No answer to a call arrived within the session's call timeout. */
public final class CallTimeoutException extends OcppException {

    private final String action;
    private final String messageId;

    /**
     * @param action the action of the call
     * @param messageId the message id of the call
     * @param timeout the timeout that passed
     */
    public CallTimeoutException(String action, String messageId, Duration timeout) {
        super(action + " (message " + messageId + "): no answer within " + timeout.toMillis() + " ms");
        this.action = action;
        this.messageId = messageId;
    }

    /** @return the action of the call that timed out */
    public String action() {
        return action;
    }

    /** @return the message id of the call that timed out */
    public String messageId() {
        return messageId;
    }
}

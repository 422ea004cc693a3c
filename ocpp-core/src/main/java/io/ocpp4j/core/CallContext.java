package io.ocpp4j.core;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a handler knows about the call it handles.
 *
 * @param session the session the call arrived on; its connection names the station
 * @param messageId the message id of the call
 * @param action the action name
 * @param answered completes once the answer to this call (its CALLRESULT or CALLERROR) has been handed
 *                 to the connection, or could not be because the connection had closed; it never completes
 *                 if the handler's stage never does. For follow-ups that the protocol orders after the
 *                 answer, such as a call the answer promises (CertificateSigned after an accepted
 *                 SignCertificate, a triggered message after TriggerMessage).
 */
public record CallContext(RpcSession session, String messageId, String action, CompletionStage<Void> answered) {

    /** Checks that every component is present. */
    public CallContext {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(answered, "answered");
    }

    /**
     * A context whose {@link #answered()} stage never completes (for handlers called outside a session's
     * dispatch, e.g. in tests).
     *
     * @param session the session the call arrived on
     * @param messageId the message id of the call
     * @param action the action name
     */
    public CallContext(RpcSession session, String messageId, String action) {
        this(session, messageId, action, new CompletableFuture<Void>().minimalCompletionStage());
    }

    /** @return the identity of the station at the other end (CSMS side) or of this station */
    public String stationIdentity() {
        return session.connection().stationIdentity();
    }
}

package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.LogStatusNotificationResponse;
import java.util.concurrent.CompletionStage;

/**
 * The call of the Security Whitepaper's logging group ({@link
 * io.ocpp4j.v16.security.SecurityFeatures#LOGGING}) that stations send to the CSMS: the progress of a
 * GetLog upload. Override the actions you support; the others are answered {@code NotSupported}.
 * Methods run on the handler executor, never on an I/O thread; return a completed stage to answer at
 * once. Fail the stage (or throw) with a {@link CallErrorException} to answer with a specific
 * CALLERROR.
 *
 * <p>{@link StandardSecurityHandler} implements it with certificate signing, logging and listeners.
 */
public interface LoggingHandler {

    /**
     * Answers {@code LogStatusNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<LogStatusNotificationResponse> onLogStatusNotification(
            LogStatusNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("LogStatusNotification");
    }
}

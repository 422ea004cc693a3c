package io.ocpp4j.core;

import java.util.concurrent.CompletionStage;

/**
 * Answers incoming calls of one action. Runs on the session's handler executor, never on an I/O
 * thread. Returning a stage lets a handler answer later without holding a thread; failing it (or
 * throwing) with a {@link CallErrorException} answers with that CALLERROR, anything else with
 * {@code InternalError} (the exception is logged, never sent).
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
@FunctionalInterface
public interface CallHandler<Q, R> {

    /**
     * Handles one call.
     *
     * @param request the validated, typed request
     * @param context the session and message id
     * @return the response, possibly later
     * @throws Exception to answer with a CALLERROR
     */
    CompletionStage<R> handle(Q request, CallContext context) throws Exception;
}

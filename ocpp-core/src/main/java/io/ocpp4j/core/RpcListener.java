package io.ocpp4j.core;

import io.ocpp4j.core.frame.FrameProblem;

/**
 * Receives the counters of one or more sessions, for metrics (bind it to Micrometer or anything
 * else). Every method has an empty default; implementations must be thread-safe and fast, as they
 * are called on I/O and handler threads.
 */
public interface RpcListener {

    /** The listener that ignores everything. */
    RpcListener NONE = new RpcListener() {
    };

    /** How an outgoing call ended. */
    enum Outcome {
        /** Answered with a valid CALLRESULT. */
        RESULT,
        /** Answered with a CALLERROR. */
        CALL_ERROR,
        /** Answered with a payload that broke the response schema. */
        INVALID_RESPONSE,
        /** Not answered within the call timeout. */
        TIMEOUT,
        /** The connection closed first. */
        CLOSED
    }

    /** Why a received frame was dropped without an answer. */
    enum DropReason {
        /** A CALLRESULT or CALLERROR whose message id matches no call in flight. */
        UNMATCHED_REPLY,
        /** A CALLRESULT or CALLERROR for a call that had already timed out. */
        LATE_REPLY,
        /** A malformed CALLRESULT or CALLERROR. */
        MALFORMED_REPLY
    }

    /**
     * A call was sent.
     *
     * @param action the action
     */
    default void callSent(String action) {
    }

    /**
     * An outgoing call ended.
     *
     * @param action the action
     * @param outcome how it ended
     * @param latencyNanos from sending to its end
     */
    default void callEnded(String action, Outcome outcome, long latencyNanos) {
    }

    /**
     * A call from the peer arrived (well-formed; possibly rejected after).
     *
     * @param action the action as received
     */
    default void callReceived(String action) {
    }

    /**
     * We answered a call, or a malformed frame, with a CALLERROR.
     *
     * @param code the error code
     */
    default void callErrorSent(ErrorCode code) {
    }

    /**
     * The peer answered one of our calls with a CALLERROR.
     *
     * @param action the action of the call
     * @param code the received code
     */
    default void callErrorReceived(String action, ErrorCode code) {
    }

    /**
     * A received text was not a valid OCPP-J frame.
     *
     * @param problem what was wrong
     */
    default void malformedFrame(FrameProblem problem) {
    }

    /**
     * A received frame was dropped without an answer.
     *
     * @param reason why
     */
    default void frameDropped(DropReason reason) {
    }

    /**
     * The number of our calls waiting behind the one in flight changed.
     *
     * @param depth calls queued now
     */
    default void queueDepth(int depth) {
    }
}

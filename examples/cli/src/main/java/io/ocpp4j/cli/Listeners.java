package io.ocpp4j.cli;

import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.frame.FrameProblem;

/** Small helpers for {@link RpcListener}s. */
final class Listeners {

    private Listeners() {
    }

    /**
     * @param a one listener
     * @param b another
     * @return a listener that tells both, {@code a} first
     */
    static RpcListener both(RpcListener a, RpcListener b) {
        return new RpcListener() {
            @Override
            public void callSent(String action) {
                a.callSent(action);
                b.callSent(action);
            }

            @Override
            public void callEnded(String action, Outcome outcome, long latencyNanos) {
                a.callEnded(action, outcome, latencyNanos);
                b.callEnded(action, outcome, latencyNanos);
            }

            @Override
            public void callReceived(String action) {
                a.callReceived(action);
                b.callReceived(action);
            }

            @Override
            public void callErrorSent(ErrorCode code) {
                a.callErrorSent(code);
                b.callErrorSent(code);
            }

            @Override
            public void callErrorReceived(String action, ErrorCode code) {
                a.callErrorReceived(action, code);
                b.callErrorReceived(action, code);
            }

            @Override
            public void malformedFrame(FrameProblem problem) {
                a.malformedFrame(problem);
                b.malformedFrame(problem);
            }

            @Override
            public void frameDropped(DropReason reason) {
                a.frameDropped(reason);
                b.frameDropped(reason);
            }

            @Override
            public void queueDepth(int depth) {
                a.queueDepth(depth);
                b.queueDepth(depth);
            }
        };
    }
}

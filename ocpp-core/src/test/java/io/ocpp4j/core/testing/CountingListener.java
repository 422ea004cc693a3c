package io.ocpp4j.core.testing;

import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.frame.FrameProblem;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** An {@link RpcListener} that counts everything, for assertions. */
public final class CountingListener implements RpcListener {

    public final LongAdder sent = new LongAdder();
    public final LongAdder received = new LongAdder();
    public final Map<Outcome, LongAdder> outcomes = new ConcurrentHashMap<>();
    public final Map<ErrorCode, LongAdder> errorsSent = new ConcurrentHashMap<>();
    public final Map<ErrorCode, LongAdder> errorsReceived = new ConcurrentHashMap<>();
    public final Map<FrameProblem, LongAdder> malformed = new ConcurrentHashMap<>();
    public final Map<DropReason, LongAdder> dropped = new ConcurrentHashMap<>();
    public final AtomicInteger maxQueueDepth = new AtomicInteger();

    @Override
    public void callSent(String action) {
        sent.increment();
    }

    @Override
    public void callEnded(String action, Outcome outcome, long latencyNanos) {
        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    @Override
    public void callReceived(String action) {
        received.increment();
    }

    @Override
    public void callErrorSent(ErrorCode code) {
        errorsSent.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    @Override
    public void callErrorReceived(String action, ErrorCode code) {
        errorsReceived.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    @Override
    public void malformedFrame(FrameProblem problem) {
        malformed.computeIfAbsent(problem, k -> new LongAdder()).increment();
    }

    @Override
    public void frameDropped(DropReason reason) {
        dropped.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    @Override
    public void queueDepth(int depth) {
        maxQueueDepth.accumulateAndGet(depth, Math::max);
    }

    public long outcome(Outcome outcome) {
        LongAdder adder = outcomes.get(outcome);
        return adder == null ? 0 : adder.sum();
    }

    public long dropped(DropReason reason) {
        LongAdder adder = dropped.get(reason);
        return adder == null ? 0 : adder.sum();
    }
}

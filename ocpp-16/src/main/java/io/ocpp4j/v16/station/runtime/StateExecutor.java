package io.ocpp4j.v16.station.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The runtime's state thread: runs tasks one at a time, in submission order, on the shared handler
 * executor, without a thread of its own. Every piece of the runtime's mutable state is touched only
 * from tasks run here, so none of it needs locks. The queue is bounded; a task past the bound is
 * refused with {@link RejectedExecutionException}.
 */
final class StateExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(StateExecutor.class);
    private static final String MDC_KEY = "stationIdentity";
    private static final int BATCH = 64;

    private final Executor delegate;
    private final int capacity;
    private final String identity;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;
    /** The thread draining the queue now, if any. */
    private volatile Thread drainer;

    StateExecutor(Executor delegate, int capacity, String identity) {
        this.delegate = delegate;
        this.capacity = capacity;
        this.identity = identity;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            if (tasks.size() >= capacity) {
                throw new RejectedExecutionException("the station runtime's queue is full (" + capacity + " tasks)");
            }
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            delegate.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (tasks) {
                tasks.removeLastOccurrence(task);
                running = false;
            }
            throw e;
        }
    }

    /** @return whether the caller is a task running on the state thread */
    boolean inStateThread() {
        return drainer == Thread.currentThread();
    }

    private void drain() {
        MDC.put(MDC_KEY, identity);
        drainer = Thread.currentThread();
        try {
            for (int i = 0; i < BATCH; i++) {
                Runnable next;
                synchronized (tasks) {
                    next = tasks.poll();
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                try {
                    next.run();
                } catch (RuntimeException | Error e) {
                    log.error("{}: station runtime task failed", identity, e);
                }
            }
        } finally {
            drainer = null;
            MDC.remove(MDC_KEY);
        }
        try {
            delegate.execute(this::drain); // let other work of the shared executor run in between
        } catch (RejectedExecutionException e) {
            drain();
        }
    }
}

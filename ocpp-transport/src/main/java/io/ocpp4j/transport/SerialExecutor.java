package io.ocpp4j.transport;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on the thread that drains when nothing else runs
 * (else the thread already running tasks runs them next). Bounded: submitting beyond
 * {@code capacity} waiting tasks is rejected.
 */
final class SerialExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

    private final int capacity;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void execute(Runnable task) {
        submit(task);
        drain();
    }

    /**
     * Queues a task without running it; call {@link #drain()} afterwards (outside any lock that
     * submitters hold, so tasks never run under it).
     */
    void submit(Runnable task) {
        synchronized (tasks) {
            if (tasks.size() >= capacity) {
                throw new RejectedExecutionException("more than " + capacity + " tasks waiting");
            }
            tasks.add(task);
        }
    }

    /** Runs the queued tasks, unless another thread is already running them. */
    void drain() {
        synchronized (tasks) {
            if (running || tasks.isEmpty()) {
                return;
            }
            running = true;
        }
        boolean finished = false;
        try {
            while (true) {
                Runnable next;
                synchronized (tasks) {
                    next = tasks.poll();
                    if (next == null) {
                        running = false;
                        finished = true;
                        return;
                    }
                }
                try {
                    next.run();
                } catch (RuntimeException e) {
                    log.warn("a callback failed", e);
                }
            }
        } finally {
            if (!finished) {
                synchronized (tasks) {
                    running = false;
                }
            }
        }
    }
}

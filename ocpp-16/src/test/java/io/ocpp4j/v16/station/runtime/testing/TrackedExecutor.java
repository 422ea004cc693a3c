package io.ocpp4j.v16.station.runtime.testing;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread pool that knows when it is idle: every task of a scenario (both RPC sides' handlers, the
 * in-memory links' deliveries, the station's state thread) runs here, so "idle" means the system has
 * settled and the test may look at it, or move virtual time on.
 */
public final class TrackedExecutor implements Executor, AutoCloseable {

    private final ExecutorService pool;
    private final AtomicInteger active = new AtomicInteger();
    private final Object idle = new Object();

    /** @param threads the pool's threads */
    public TrackedExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "scenario-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        active.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    if (active.decrementAndGet() == 0) {
                        synchronized (idle) {
                            idle.notifyAll();
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            active.decrementAndGet();
            throw e;
        }
    }

    /**
     * Waits until no task is queued or running.
     *
     * @param timeout the longest wait
     * @throws AssertionError if the system does not settle in time
     */
    public void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (active.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the scenario did not settle within " + timeout);
                }
                try {
                    idle.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while settling", e);
                }
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

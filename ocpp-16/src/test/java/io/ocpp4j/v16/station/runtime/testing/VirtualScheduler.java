package io.ocpp4j.v16.station.runtime.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A scheduler on virtual time: nothing runs until the test {@link #advance advances} the clock, then
 * every task due runs, in time order, on the test's thread. Between two tasks it lets the system
 * settle (runs the {@code settle} hook), so that a task that schedules the next one from another
 * thread does so before time moves on. Its {@link #clock()} reads the same virtual time.
 */
public final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task<?>> tasks = new PriorityQueue<>();
    private final Runnable settle;
    private long nowNanos;
    private long sequence;
    private boolean shutdown;

    /**
     * @param start the virtual time at creation
     * @param settle waits until everything the last task started has finished
     */
    public VirtualScheduler(Instant start, Runnable settle) {
        this.nowNanos = TimeUnit.SECONDS.toNanos(start.getEpochSecond()) + start.getNano();
        this.settle = settle;
    }

    /** @return a clock reading the virtual time */
    public Clock clock() {
        return new VirtualClock(this, ZoneOffset.UTC);
    }

    /** @return the virtual time now */
    public synchronized Instant now() {
        return Instant.ofEpochSecond(0, nowNanos);
    }

    /**
     * Moves time forward, running every task that falls due, each followed by a settle.
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
        long target;
        synchronized (this) {
            target = nowNanos + duration.toNanos();
        }
        while (true) {
            Task<?> next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.at > target) {
                    nowNanos = target;
                    break;
                }
                tasks.poll();
                nowNanos = Math.max(nowNanos, next.at);
            }
            next.run();
            if (next.period > 0 && !next.isCancelled()) {
                synchronized (this) {
                    next.at += next.period;
                    tasks.add(next);
                }
            }
            settle.run();
        }
        settle.run();
    }

    /** @return the number of tasks waiting */
    public synchronized int pending() {
        return (int) tasks.stream().filter(task -> !task.isCancelled()).count();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(Executors.callable(command, null), unit.toNanos(delay), 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, unit.toNanos(delay), 0);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(Executors.callable(command, null), unit.toNanos(initialDelay), unit.toNanos(period));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(Executors.callable(command, null), unit.toNanos(initialDelay), unit.toNanos(delay));
    }

    @Override
    public void execute(Runnable command) {
        add(Executors.callable(command, null), 0, 0);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> dropped = new ArrayList<>(tasks);
        tasks.clear();
        return dropped;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isShutdown();
    }

    private synchronized <V> Task<V> add(Callable<V> callable, long delayNanos, long periodNanos) {
        Task<V> task = new Task<>(callable, nowNanos + Math.max(0, delayNanos), periodNanos, sequence++);
        if (!shutdown) {
            tasks.add(task);
        }
        return task;
    }

    private synchronized void remove(Task<?> task) {
        tasks.remove(task);
    }

    private synchronized long nanos() {
        return nowNanos;
    }

    /** A scheduled task. */
    private final class Task<V> implements RunnableScheduledFuture<V> {
        private final Callable<V> callable;
        private final long period;
        private final long seq;
        private long at;
        private volatile boolean cancelled;
        private volatile boolean done;
        private V result;
        private Throwable failure;

        Task(Callable<V> callable, long at, long period, long seq) {
            this.callable = callable;
            this.at = at;
            this.period = period;
            this.seq = seq;
        }

        @Override
        public void run() {
            if (cancelled) {
                return;
            }
            try {
                result = callable.call();
            } catch (Exception e) {
                failure = e;
            }
            if (period == 0) {
                done = true;
            }
        }

        @Override
        public boolean isPeriodic() {
            return period > 0;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - nanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> that = (Task<?>) other;
            return at != that.at ? Long.compare(at, that.at) : Long.compare(seq, that.seq);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done) {
                return false;
            }
            cancelled = true;
            remove(this);
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public V get() throws ExecutionException {
            if (cancelled) {
                throw new CancellationException();
            }
            if (!done) {
                throw new IllegalStateException("virtual task not run yet; advance the scheduler");
            }
            if (failure != null) {
                throw new ExecutionException(failure);
            }
            return result;
        }

        @Override
        public V get(long timeout, TimeUnit unit) throws ExecutionException, TimeoutException {
            if (!isDone()) {
                throw new TimeoutException("virtual task not run yet");
            }
            return get();
        }
    }

    /** A clock on the scheduler's virtual time. */
    private static final class VirtualClock extends Clock {
        private final VirtualScheduler scheduler;
        private final ZoneId zone;

        VirtualClock(VirtualScheduler scheduler, ZoneId zone) {
            this.scheduler = scheduler;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new VirtualClock(scheduler, other);
        }

        @Override
        public Instant instant() {
            return scheduler.now();
        }
    }
}

package io.ocpp4j.core;

import io.ocpp4j.core.validation.CompiledSchemaValidators;
import io.ocpp4j.core.validation.SchemaValidators;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every session of an application shares: one timer thread, one handler executor, and the
 * compiled schema validators. Create one per application (a CSMS server, a station) and close it
 * at the end; it owns the threads it created, and never the ones it was given.
 */
public final class RpcRuntime implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final Executor handlerExecutor;
    private final SchemaValidators validators;
    private final boolean ownsScheduler;
    private final boolean ownsHandlerExecutor;

    private RpcRuntime(Builder builder) {
        this.ownsScheduler = builder.scheduler == null;
        this.ownsHandlerExecutor = builder.handlerExecutor == null;
        this.scheduler = ownsScheduler ? newScheduler(builder.name) : builder.scheduler;
        this.handlerExecutor = ownsHandlerExecutor
                ? newHandlerExecutor(builder.name, builder.handlerThreads, builder.handlerQueueCapacity)
                : builder.handlerExecutor;
        this.validators = builder.validators == null ? new CompiledSchemaValidators() : builder.validators;
    }

    /** @return a runtime with default threads and validators */
    public static RpcRuntime create() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the shared timer thread (call timeouts, pings, heartbeats) */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** @return the executor that runs handlers and completes calls */
    public Executor handlerExecutor() {
        return handlerExecutor;
    }

    /** @return the compiled schema validators */
    public SchemaValidators validators() {
        return validators;
    }

    /** Stops the threads this runtime created. Sessions still using it stop working. */
    @Override
    public void close() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        if (ownsHandlerExecutor) {
            ((ExecutorService) handlerExecutor).shutdownNow();
        }
    }

    private static ScheduledExecutorService newScheduler(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threads(name + "-timer"));
        executor.setRemoveOnCancelPolicy(true); // cancelled timeouts must not pile up
        return executor;
    }

    private static ExecutorService newHandlerExecutor(String name, int threads, int capacity) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), threads(name + "-handler"), new ThreadPoolExecutor.AbortPolicy());
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Builds an {@link RpcRuntime}. */
    public static final class Builder {
        private String name = "ocpp4j";
        private ScheduledExecutorService scheduler;
        private Executor handlerExecutor;
        private int handlerThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int handlerQueueCapacity = 65_536;
        private SchemaValidators validators;

        private Builder() {
        }

        /**
         * @param name prefix of the threads' names (default {@code ocpp4j})
         * @return this
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Uses the application's scheduler instead of creating one; it is not shut down by
         * {@link #close()}.
         *
         * @param scheduler the scheduler
         * @return this
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * Uses the application's executor for handlers instead of creating one; it is not shut
         * down by {@link #close()}.
         *
         * @param executor the executor
         * @return this
         */
        public Builder handlerExecutor(Executor executor) {
            this.handlerExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * @param threads threads of the created handler executor (default: the number of cores, at least 2)
         * @param queueCapacity tasks it holds before refusing more (default 65,536)
         * @return this
         */
        public Builder handlerThreads(int threads, int queueCapacity) {
            if (threads < 1 || queueCapacity < 1) {
                throw new IllegalArgumentException("threads and queue capacity must be positive");
            }
            this.handlerThreads = threads;
            this.handlerQueueCapacity = queueCapacity;
            return this;
        }

        /**
         * @param validators the schema validators (default: {@link CompiledSchemaValidators}, each schema
         *                   compiled on first use; {@link io.ocpp4j.core.validation.NetworkntSchemaValidators}
         *                   is the reference implementation they agree with)
         * @return this
         */
        public Builder validators(SchemaValidators validators) {
            this.validators = Objects.requireNonNull(validators, "validators");
            return this;
        }

        /** @return the runtime */
        public RpcRuntime build() {
            return new RpcRuntime(this);
        }
    }
}

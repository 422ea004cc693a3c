package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.CurrentSession;
import io.ocpp4j.v16.station.CentralSystem;
import io.ocpp4j.v16.station.runtime.hardware.ConnectorLock;
import io.ocpp4j.v16.station.runtime.hardware.Contactor;
import io.ocpp4j.v16.station.runtime.hardware.Meter;
import io.ocpp4j.v16.station.runtime.store.Store;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the runtime's parts share: the state thread, timers, the clock, configuration, the store,
 * the hardware, the link to the CSMS and whether the station may talk to it now.
 */
final class Context {

    private static final Logger log = LoggerFactory.getLogger(Context.class);

    final String identity;
    final StateExecutor state;
    final ScheduledExecutorService scheduler;
    final StationClock clock;
    final Configuration config;
    final Store store;
    final Meter meter;
    final Contactor contactor;
    /** {@code null} for fixed cables. */
    final ConnectorLock lock;
    final int connectors;
    final ConfigurationListener configurationListener;
    final ConfigurationGuard configurationGuard;
    /** Set once while the runtime is built. */
    CentralSystem central;
    /** Set once while the runtime is built: the link under {@link #central}, for extensions' actions. */
    CurrentSession link;
    /** Set once while the runtime is built. */
    Registration registration;
    private volatile boolean closed;

    Context(String identity, StateExecutor state, ScheduledExecutorService scheduler, StationClock clock,
            Configuration config, Store store, Meter meter, Contactor contactor, ConnectorLock lock, int connectors,
            ConfigurationListener configurationListener, ConfigurationGuard configurationGuard) {
        this.identity = identity;
        this.state = state;
        this.scheduler = scheduler;
        this.clock = clock;
        this.config = config;
        this.store = store;
        this.meter = meter;
        this.contactor = contactor;
        this.lock = lock;
        this.connectors = connectors;
        this.configurationListener = configurationListener;
        this.configurationGuard = configurationGuard;
    }

    /** @return whether the station may send to the CSMS now: connected and registered */
    boolean online() {
        return !closed && central.isConnected() && registration.isAccepted();
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
    }

    /** Makes the store's pending changes durable. */
    void commit() {
        store.commit();
    }

    /**
     * Runs a task on the state thread after a delay, unless cancelled or the runtime is closed.
     *
     * @return the timer, to cancel on the state thread
     */
    StateTimer schedule(Duration delay, Runnable task) {
        StateTimer timer = new StateTimer();
        timer.bind(scheduler.schedule(() -> {
            try {
                state.execute(() -> {
                    if (!timer.isCancelled() && !closed) {
                        task.run();
                    }
                });
            } catch (RejectedExecutionException e) {
                log.error("{}: timer task refused: {}", identity, e.getMessage());
            }
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS));
        return timer;
    }

    /** Runs a task on the state thread, now. */
    void run(Runnable task) {
        state.execute(() -> {
            if (!closed) {
                task.run();
            }
        });
    }

    /** Computes a value on the state thread. */
    <T> CompletionStage<T> supply(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, state);
    }
}

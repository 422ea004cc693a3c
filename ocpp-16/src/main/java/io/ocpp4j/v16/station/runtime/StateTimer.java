package io.ocpp4j.v16.station.runtime;

import java.util.concurrent.ScheduledFuture;

/**
 * A task scheduled to run on the state thread later. Cancelling it on the state thread is final:
 * even if the timer already fired and its task waits in the state queue, the task will not run.
 */
final class StateTimer {

    private ScheduledFuture<?> future;
    private boolean cancelled;

    void bind(ScheduledFuture<?> scheduled) {
        this.future = scheduled;
    }

    /** Cancels the task (state thread only). */
    void cancel() {
        cancelled = true;
        if (future != null) {
            future.cancel(false);
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** Cancels a timer that may be {@code null}; returns {@code null} for assigning back. */
    static StateTimer cancel(StateTimer timer) {
        if (timer != null) {
            timer.cancel();
        }
        return null;
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ClientState;
import io.ocpp4j.transport.ClientStateChange;
import io.ocpp4j.transport.ReconnectingClient;
import io.ocpp4j.v16.station.runtime.StationRuntime;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's connection to its CSMS: one {@link ReconnectingClient} at a time, built from the
 * settings of the security profile in use. New settings (a higher profile, a new station certificate,
 * a new password) are tried in a <em>trial</em>: if the station cannot connect with them within a
 * number of attempts, it goes back to the settings it had. Client events are handled on the runtime's
 * state thread; every method is called there.
 */
final class CsmsConnection {

    private static final Logger log = LoggerFactory.getLogger(CsmsConnection.class);

    /** New settings on probation, and what to do when they are judged. */
    private record Trial(ReconnectingClient client, ClientConfig fallback, Consumer<Boolean> outcome) {
    }

    private final StationRuntime runtime;
    private final BackoffPolicy backoff;
    private final int trialAttempts;
    private final BiConsumer<Integer, Throwable> connectFailed;
    private final Runnable connected;
    private ReconnectingClient client;
    private Trial trial;
    private boolean stopped;

    /**
     * @param trialAttempts failed attempts after which new settings are given up
     * @param connectFailed hears each failed attempt (attempt number since the last connection, cause)
     * @param connected hears each new connection
     */
    CsmsConnection(StationRuntime runtime, BackoffPolicy backoff, int trialAttempts,
                   BiConsumer<Integer, Throwable> connectFailed, Runnable connected) {
        this.runtime = runtime;
        this.backoff = backoff;
        this.trialAttempts = trialAttempts;
        this.connectFailed = connectFailed;
        this.connected = connected;
    }

    /** Connects (and keeps connecting) with these settings, closing any current connection. */
    void connect(ClientConfig config) {
        trial = null;
        replaceClient(config);
    }

    /**
     * Disconnects and connects with new settings; if {@code trialAttempts} attempts fail before one
     * succeeds, connects with {@code fallback} again.
     *
     * @param outcome told on the state thread: {@code true} once connected with the new settings,
     *                {@code false} after falling back
     */
    void tryNew(ClientConfig candidate, ClientConfig fallback, Consumer<Boolean> outcome) {
        if (trial != null) {
            trial.outcome().accept(false);
        }
        ReconnectingClient started = replaceClient(candidate);
        trial = started == null ? null : new Trial(started, fallback, outcome);
    }

    /** @return whether new settings are on probation */
    boolean inTrial() {
        return trial != null;
    }

    void stop() {
        stopped = true;
        trial = null;
        if (client != null) {
            client.stop();
            client = null;
        }
    }

    private ReconnectingClient replaceClient(ClientConfig config) {
        if (stopped) {
            return null;
        }
        if (client != null) {
            client.stop();
        }
        ReconnectingClient[] self = new ReconnectingClient[1];
        self[0] = new ReconnectingClient(config, backoff, runtime::attach,
                change -> runtime.onStateThread(() -> {
                    changed(self[0], change);
                    return null;
                }));
        client = self[0];
        log.info("station: connecting to {}", config);
        client.start();
        return client;
    }

    private void changed(ReconnectingClient source, ClientStateChange change) {
        if (source != client || stopped) {
            return;
        }
        if (change.to() == ClientState.CONNECTED) {
            connected.run();
            if (trial != null && trial.client() == source) {
                Trial done = trial;
                trial = null;
                done.outcome().accept(true);
            }
        } else if (change.to() == ClientState.WAITING_TO_RECONNECT) {
            connectFailed.accept(change.attempt(), change.cause().orElse(null));
            if (trial != null && trial.client() == source && change.attempt() + 1 >= trialAttempts) {
                Trial failed = trial;
                trial = null;
                log.warn("station: the new connection settings failed {} times; falling back", change.attempt() + 1);
                replaceClient(failed.fallback());
                failed.outcome().accept(false);
            }
        }
    }
}

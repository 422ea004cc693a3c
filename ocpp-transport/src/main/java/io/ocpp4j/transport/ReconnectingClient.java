package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a station connected to its CSMS: connects, and after every failed attempt or lost
 * connection waits as its {@link BackoffPolicy} says and tries again, until {@link #stop()}.
 *
 * <p>Never more than one connection or attempt at a time: the next attempt starts only after the
 * previous one failed or its connection closed. Timers run on one scheduler (the configuration's, or
 * the client's own single thread); each attempt's socket threads end with its socket. Every state
 * change is reported to the {@link ClientStateListener}, and every new connection to the
 * {@link ConnectionHandler}, one at a time and in order.
 *
 * <pre>{@code
 * ReconnectingClient client = new ReconnectingClient(config, BackoffPolicy.ofSeconds(3, 10, 5),
 *         connection -> startSession(connection),
 *         change -> log.info("{} -> {}", change.from(), change.to()));
 * client.start();
 * ...
 * client.stop();
 * }</pre>
 */
public final class ReconnectingClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReconnectingClient.class);

    private final ClientConfig config;
    private final BackoffPolicy backoff;
    private final ConnectionHandler handler;
    private final ClientStateListener listener;
    private final RandomGenerator random;
    private final ScheduledExecutorService ownScheduler;
    private final ScheduledExecutorService scheduler;
    private final SSLContext sslContext;
    private final SerialExecutor callbacks = new SerialExecutor(64);
    private final Object lock = new Object();
    private ClientState state = ClientState.IDLE;
    private int attempt;
    private ClientEndpoint pendingAttempt;
    private WebSocketConnection current;
    private ScheduledFuture<?> retryTimer;

    /**
     * Creates a stopped client; call {@link #start()}.
     *
     * @param config the connection settings
     * @param backoff the reconnection delays
     * @param handler receives every new connection (attach a listener there)
     * @param listener receives every state change
     */
    public ReconnectingClient(ClientConfig config, BackoffPolicy backoff, ConnectionHandler handler,
                              ClientStateListener listener) {
        this(config, backoff, handler, listener, new Random());
    }

    ReconnectingClient(ClientConfig config, BackoffPolicy backoff, ConnectionHandler handler,
                       ClientStateListener listener, RandomGenerator random) {
        this.config = Objects.requireNonNull(config, "config");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.random = random;
        this.ownScheduler = config.scheduler().isPresent()
                ? null : OcppWebSocketServer.newScheduler("ocpp-station-timer");
        this.scheduler = config.scheduler().orElse(ownScheduler);
        this.sslContext = config.tls().map(TlsConfig::newSslContext).orElse(null);
    }

    /**
     * Starts connecting. Never blocks.
     *
     * @throws IllegalStateException if already started
     */
    public void start() {
        synchronized (lock) {
            if (state != ClientState.IDLE) {
                throw new IllegalStateException("the client was already started");
            }
            transition(ClientState.CONNECTING, Duration.ZERO, null);
            connectNow();
        }
        callbacks.drain();
    }

    /**
     * Stops for good: cancels a pending attempt, closes the open connection with 1000. Idempotent;
     * never blocks.
     */
    public void stop() {
        WebSocketConnection toClose;
        ClientEndpoint toAbort;
        synchronized (lock) {
            if (state == ClientState.STOPPED) {
                return;
            }
            if (retryTimer != null) {
                retryTimer.cancel(false);
            }
            toClose = current;
            toAbort = pendingAttempt;
            current = null;
            pendingAttempt = null;
            transition(ClientState.STOPPED, Duration.ZERO, null);
        }
        callbacks.drain();
        if (toAbort != null) {
            toAbort.abort("station stopping");
        }
        if (toClose != null) {
            toClose.close(Connection.CLOSE_NORMAL, "station stopping");
            if (ownScheduler != null) {
                toClose.closedFuture().whenComplete((v, e) -> ownScheduler.shutdown());
            }
        } else if (ownScheduler != null) {
            ownScheduler.shutdown();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * The current state.
     *
     * @return the state
     */
    public ClientState state() {
        synchronized (lock) {
            return state;
        }
    }

    /**
     * The open connection.
     *
     * @return the connection, or empty while not connected
     */
    public Optional<Connection> connection() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    // called with the lock held
    private void connectNow() {
        ClientEndpoint endpoint;
        try {
            endpoint = new ClientEndpoint(config, sslContext, scheduler);
        } catch (RuntimeException e) {
            retryLater(e);
            return;
        }
        pendingAttempt = endpoint;
        endpoint.result().whenComplete((connection, error) -> attemptDone(endpoint,
                (WebSocketConnection) connection, error));
        endpoint.begin();
    }

    private void attemptDone(ClientEndpoint endpoint, WebSocketConnection connection, Throwable error) {
        synchronized (lock) {
            if (pendingAttempt != endpoint) {
                if (connection != null) {
                    connection.close(Connection.CLOSE_NORMAL, "station stopping");
                }
                return;
            }
            pendingAttempt = null;
            if (error == null) {
                current = connection;
                attempt = 0;
                transition(ClientState.CONNECTED, Duration.ZERO, null);
                callbacks.submit(() -> handler.onConnect(connection));
            } else {
                retryLater(error);
            }
        }
        callbacks.drain();
        if (error != null) {
            return;
        }
        connection.closedFuture().whenComplete((v, e) -> connectionLost(connection));
    }

    private void connectionLost(WebSocketConnection connection) {
        synchronized (lock) {
            if (current != connection) {
                return;
            }
            current = null;
            retryLater(new ConnectFailedException("the connection to " + config.endpointUri() + " was lost", -1,
                    null));
        }
        callbacks.drain();
    }

    // called with the lock held
    private void retryLater(Throwable cause) {
        if (state == ClientState.STOPPED) {
            return;
        }
        int next = attempt;
        Duration delay = backoff.delay(next, random);
        attempt = next == Integer.MAX_VALUE ? next : next + 1;
        transition(ClientState.WAITING_TO_RECONNECT, next, delay, cause);
        try {
            retryTimer = scheduler.schedule(this::retryNow, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("station: the scheduler is stopped; {} will not reconnect", config.stationIdentity());
        }
    }

    private void retryNow() {
        synchronized (lock) {
            if (state != ClientState.WAITING_TO_RECONNECT) {
                return;
            }
            transition(ClientState.CONNECTING, Duration.ZERO, null);
            connectNow();
        }
        callbacks.drain();
    }

    // called with the lock held
    private void transition(ClientState to, Duration delay, Throwable cause) {
        transition(to, attempt, delay, cause);
    }

    // called with the lock held
    private void transition(ClientState to, int attemptNumber, Duration delay, Throwable cause) {
        ClientStateChange change = new ClientStateChange(state, to, attemptNumber, delay, Optional.ofNullable(cause));
        state = to;
        if (to == ClientState.WAITING_TO_RECONNECT) {
            log.info("station: {} reconnects to {} in {} ms (attempt {})", config.stationIdentity(),
                    config.endpointUri(), delay.toMillis(), attemptNumber);
        }
        callbacks.submit(() -> listener.onStateChange(change));
    }
}

package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSMS side of the transport: one WebSocket port that many stations connect to, at
 * {@code ws[s]://host:port/<pathPrefix>/<stationIdentity>}.
 *
 * <p>For each upgrade request the server checks, in order: the path and identity (HTTP 404 outside
 * the prefix, 400 for a bad identity), whether it is stopping (503), a duplicate identity under
 * {@link DuplicateConnectionPolicy#REFUSE} (409), the client certificate in profile 3 (its CN must be
 * the identity; 401), the {@link Authenticator} (401, or 404/401 for unknown stations) and the
 * connection limit (503). The subprotocol is the first of the server's preferences the station
 * offers; a station that offers none gets, as OCPP-J prescribes, a completed handshake without
 * {@code Sec-WebSocket-Protocol} that is closed at once (1002). Accepted connections go to the
 * {@link ConnectionHandler}.
 *
 * <pre>{@code
 * try (OcppWebSocketServer server = OcppWebSocketServer.start(config, connection ->
 *         connection.listen(myListener))) {
 *     ...
 * }
 * }</pre>
 */
public final class OcppWebSocketServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OcppWebSocketServer.class);
    private static final long START_TIMEOUT_SECONDS = 30;

    private final ServerConfig config;
    private final ServerEndpoint endpoint;
    private final ScheduledExecutorService ownScheduler;

    private OcppWebSocketServer(ServerConfig config, ServerEndpoint endpoint, ScheduledExecutorService ownScheduler) {
        this.config = config;
        this.endpoint = endpoint;
        this.ownScheduler = ownScheduler;
    }

    /**
     * Binds the port and starts accepting stations; returns once the port is bound.
     *
     * @param config the settings
     * @param handler receives each accepted connection (on an I/O thread)
     * @return the running server
     * @throws TransportException if the port cannot be bound
     */
    public static OcppWebSocketServer start(ServerConfig config, ConnectionHandler handler) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(handler, "handler");
        ScheduledExecutorService ownScheduler = config.scheduler().isPresent() ? null : newScheduler("ocpp-csms-timer");
        ScheduledExecutorService scheduler = config.scheduler().orElse(ownScheduler);
        ServerEndpoint endpoint = new ServerEndpoint(config, handler, scheduler);
        OcppWebSocketServer server = new OcppWebSocketServer(config, endpoint, ownScheduler);
        endpoint.start();
        try {
            endpoint.started().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
            throw new TransportException("interrupted while starting the server");
        } catch (ExecutionException | TimeoutException e) {
            server.stop();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new TransportException("cannot start the server on " + config.host() + ":" + config.port(), cause);
        }
        log.info("csms: listening on {}://{}:{}{}/<stationIdentity> (security profile {}, subprotocols {})",
                config.securityProfile().scheme(), config.host(), server.port(), config.pathPrefix(),
                config.securityProfile().number(), config.subprotocols());
        return server;
    }

    static ScheduledExecutorService newScheduler(String name) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return scheduler;
    }

    /**
     * The port the server listens on (the bound one when the configuration said 0).
     *
     * @return the port
     */
    public int port() {
        return endpoint.getPort();
    }

    /**
     * The address the server listens on.
     *
     * @return the bound address
     */
    public InetSocketAddress address() {
        return new InetSocketAddress(config.host(), port());
    }

    /**
     * The open connection of a station.
     *
     * @param stationIdentity the identity
     * @return its connection, or empty if it is not connected
     */
    public Optional<Connection> connection(String stationIdentity) {
        return endpoint.connection(stationIdentity);
    }

    /**
     * The identities of the connected stations.
     *
     * @return a snapshot
     */
    public Set<String> connectedStations() {
        return endpoint.stationIdentities();
    }

    /**
     * The server's counters.
     *
     * @return a snapshot
     */
    public ServerStats stats() {
        return endpoint.stats();
    }

    /** For diagnostics in tests. */
    java.util.List<String> describeSockets() {
        return endpoint.describeSockets();
    }

    /**
     * The configuration the server runs with.
     *
     * @return the configuration
     */
    public ServerConfig config() {
        return config;
    }

    /**
     * Stops gracefully: no new sockets, every connection closed with 1001 (their sessions fail
     * pending calls when they see the close), up to the configured close timeout for the closing
     * handshakes, then whatever is left is dropped. Idempotent. Blocks; do not call it from a
     * connection's listener.
     */
    public void stop() {
        endpoint.shutdown(config.connectionSettings().closeTimeout().toMillis());
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}

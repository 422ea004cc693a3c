package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLContext;

/**
 * The station side of the transport, one connection at a time. For a station that should stay
 * connected, use {@link ReconnectingClient}.
 *
 * <pre>{@code
 * Connection connection = OcppWebSocketClient.connect(config).get(30, TimeUnit.SECONDS);
 * connection.listen(myListener);
 * }</pre>
 */
public final class OcppWebSocketClient {

    private OcppWebSocketClient() {
    }

    /**
     * Opens one connection to the CSMS. Never blocks: the TCP connection, TLS handshake and upgrade
     * run on the transport's own threads.
     *
     * @param config the settings
     * @return completes with the open connection, or with a {@link ConnectFailedException} (its
     *     {@code httpStatus()} holds the CSMS's answer, e.g. 401) after at most the handshake timeout
     */
    public static CompletableFuture<Connection> connect(ClientConfig config) {
        Objects.requireNonNull(config, "config");
        ScheduledExecutorService own = config.scheduler().isPresent()
                ? null : OcppWebSocketServer.newScheduler("ocpp-station-timer");
        ScheduledExecutorService scheduler = config.scheduler().orElse(own);
        SSLContext sslContext = config.tls().map(TlsConfig::newSslContext).orElse(null);
        ClientEndpoint endpoint = open(config, sslContext, scheduler);
        if (own != null) {
            endpoint.result().whenComplete((connection, error) -> {
                if (error != null) {
                    own.shutdownNow();
                } else {
                    ((WebSocketConnection) connection).closedFuture().whenComplete((v, e) -> own.shutdown());
                }
            });
        }
        return endpoint.result();
    }

    /** Starts one attempt with a shared TLS context and scheduler. */
    static ClientEndpoint open(ClientConfig config, SSLContext sslContext, ScheduledExecutorService scheduler) {
        ClientEndpoint endpoint = new ClientEndpoint(config, sslContext, scheduler);
        endpoint.begin();
        return endpoint;
    }
}

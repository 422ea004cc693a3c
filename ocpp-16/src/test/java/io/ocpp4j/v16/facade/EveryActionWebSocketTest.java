package io.ocpp4j.v16.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.Connection;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.station.Station16;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * Every 1.6 action of every feature profile, in each direction, through the facades over a real
 * WebSocket on 127.0.0.1: security profile 1 (ws:// with HTTP Basic), ephemeral port.
 */
class EveryActionWebSocketTest extends EveryActionContract {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final byte[] PASSWORD = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private OcppWebSocketServer server;
    private Connection stationConnection;

    @Override
    protected void link(Csms16 csms, Station16 station) throws Exception {
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(identity -> identity.equals(identity()) ? PASSWORD.clone() : null))
                .build(), csms::accept);
        stationConnection = OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(identity())
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password(PASSWORD.clone())
                .build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(stationConnection.tlsSession()).isEmpty();
        station.attach(stationConnection);
        // The server hands the connection to the CSMS on its own I/O thread, possibly after the client saw the 101.
        await().atMost(WAIT).until(() -> csms.chargePoint(identity()).isPresent());
    }

    @AfterEach
    void stopTransport() {
        if (stationConnection != null) {
            stationConnection.close(Connection.CLOSE_NORMAL, "test over");
        }
        if (server != null) {
            server.stop();
        }
    }
}

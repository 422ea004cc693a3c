package io.ocpp4j.v201.facade;

import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.conformance.OurSchemas;
import io.ocpp4j.core.testing.EveryActionSuite;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v201.Ocpp201;
import io.ocpp4j.v201.csms.Csms201;
import io.ocpp4j.v201.station.Station201;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every OCPP 2.0.1 action, each direction, by functional block, over a real WebSocket (security profile 1). */
class EveryActionWebSocketTest {

    private static final String IDENTITY = "CS-WS-201";
    private static final String PASSWORD = "0123456789abcdef-ws";

    private final RpcRuntime runtime = RpcRuntime.builder().name("every-action-ws-201").build();
    private OcppWebSocketServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        runtime.close();
    }

    @TestFactory
    Stream<DynamicNode> everyActionByFunctionalBlockOverWebSocket() throws Exception {
        EveryActionSuite suite = new EveryActionSuite(Ocpp201.VERSION, new OurSchemas("schemas/v201"), IDENTITY);
        Csms201 csms = suite.answerEverything(Csms201.builder(runtime)).build();
        Station201 station = suite.answerEverything(Station201.builder(runtime)).build();
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .subprotocols("ocpp2.0.1")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(id -> IDENTITY.equals(id) ? PASSWORD.getBytes(StandardCharsets.UTF_8) : null))
                .build(), csms::accept);
        OcppWebSocketClient.connect(ClientConfig.builder()
                        .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
                        .stationIdentity(IDENTITY)
                        .subprotocols("ocpp2.0.1")
                        .securityProfile(SecurityProfile.BASIC_AUTH)
                        .password(PASSWORD)
                        .build())
                .thenAccept(station::attach).get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> csms.station(IDENTITY).isPresent());
        return suite.tests(csms.station(IDENTITY).orElseThrow(), station.csms());
    }
}

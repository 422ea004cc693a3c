package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.Connection;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Upgrade requests the CSMS refuses, and the HTTP status each gets on the wire. */
class HandshakeRefusalTest {

    private OcppWebSocketServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private OcppWebSocketServer start(ServerConfig config) {
        server = OcppWebSocketServer.start(config, new Fixtures.Accepted());
        return server;
    }

    @Test
    void wrongPasswordGets401WithAChallenge() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).build());
        try (RawHttp.Response response = RawHttp.upgrade(server.port(), "/ocpp/CS1",
                RawHttp.basic("CS1", "wrong"), "Sec-WebSocket-Protocol: ocpp1.6")) {
            assertThat(response.head()).startsWith("HTTP/1.1 401 Unauthorized\r\n");
            assertThat(response.hasHeader("WWW-Authenticate")).isTrue();
            assertThat(response.hasHeader("Sec-WebSocket-Accept")).isFalse();
            assertThat(new String(RawHttp.readToEnd(response.socket()), StandardCharsets.UTF_8))
                    .isEqualTo("401 Unauthorized\n");
        }
        ConnectFailedException failure = Fixtures.connectFailure(Fixtures.client(server, "CS1",
                SecurityProfile.BASIC_AUTH).password("wrong").build());
        assertThat(failure.httpStatus()).hasValue(401);
        assertThat(failure.getMessage()).doesNotContain("wrong");
        assertThat(server.stats().connections()).isZero();
        assertThat(server.stats().refused()).isEqualTo(2);
    }

    @Test
    void missingCredentialsAndAnotherStationsNameGet401() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).build());
        try (RawHttp.Response response = RawHttp.upgrade(server.port(), "/ocpp/CS1",
                "Sec-WebSocket-Protocol: ocpp1.6")) {
            assertThat(response.status()).isEqualTo(401);
        }
        try (RawHttp.Response response = RawHttp.upgrade(server.port(), "/ocpp/CS1",
                RawHttp.basic("CS2", "password-of-CS2"), "Sec-WebSocket-Protocol: ocpp1.6")) {
            assertThat(response.status()).isEqualTo(401);
        }
    }

    @Test
    void unknownStationGets404OrAsConfigured401() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).build());
        assertThat(Fixtures.connectFailure(Fixtures.client(server, "XX-unknown", SecurityProfile.BASIC_AUTH).build())
                .httpStatus()).hasValue(404);
        server.stop();
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).unknownStationStatus(401).build());
        assertThat(Fixtures.connectFailure(Fixtures.client(server, "XX-unknown", SecurityProfile.BASIC_AUTH).build())
                .httpStatus()).hasValue(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ocpp/CS:1", "/ocpp/CS%3A1", "/ocpp/", "/ocpp/CS%2F1", "/ocpp/CS%001", "/ocpp/CS%G1",
            "/ocpp/CS01234567890123456789012345678901234567890123456"})
    void badIdentityGets400BeforeTheUpgrade(String path) throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).build());
        try (RawHttp.Response response = RawHttp.upgrade(server.port(), path, RawHttp.basic("CS1", "password-of-CS1"),
                "Sec-WebSocket-Protocol: ocpp1.6")) {
            assertThat(response.head()).startsWith("HTTP/1.1 400 Bad Request\r\n");
            assertThat(RawHttp.readToEnd(response.socket())).isNotEmpty();
        }
    }

    @Test
    void pathOutsideThePrefixGets404() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).build());
        try (RawHttp.Response response = RawHttp.upgrade(server.port(), "/other/CS1",
                RawHttp.basic("CS1", "password-of-CS1"), "Sec-WebSocket-Protocol: ocpp1.6")) {
            assertThat(response.status()).isEqualTo(404);
        }
    }

    @Test
    void noCommonSubprotocolCompletesWithoutOneAndClosesAtOnce() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).build());
        try (RawHttp.Response response = RawHttp.upgrade(server.port(), "/ocpp/CS1",
                RawHttp.basic("CS1", "password-of-CS1"), "Sec-WebSocket-Protocol: ocpp1.5, ocpp3.0")) {
            assertThat(response.status()).isEqualTo(101);
            assertThat(response.hasHeader("Sec-WebSocket-Protocol")).isFalse();
            byte[] rest = RawHttp.readToEnd(response.socket());
            assertThat(rest[0] & 0xff).as("a close frame").isEqualTo(0x88);
            assertThat(((rest[2] & 0xff) << 8) | (rest[3] & 0xff)).isEqualTo(1002);
        }
        ConnectFailedException failure = Fixtures.connectFailure(Fixtures.client(server, "CS1",
                SecurityProfile.BASIC_AUTH).subprotocols("ocpp1.5").build());
        assertThat(failure.httpStatus()).isEmpty();
        assertThat(server.stats().connections()).isZero();
        assertThat(server.stats().accepted()).isZero();
    }

    @Test
    void secondConnectionIsRefusedWith409UnderTheRefusePolicy() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).duplicatePolicy(DuplicateConnectionPolicy.REFUSE).build());
        Connection first = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build());
        first.listen(new RecordingListener());
        assertThat(Fixtures.connectFailure(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build())
                .httpStatus()).hasValue(409);
        assertThat(first.isOpen()).isTrue();
        first.close(1000, "");
    }

    @Test
    void connectionsBeyondTheLimitGet503() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).maxConnections(2).build());
        Connection one = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build());
        Connection two = Fixtures.connect(Fixtures.client(server, "CS2", SecurityProfile.BASIC_AUTH).build());
        one.listen(new RecordingListener());
        RecordingListener twoListener = new RecordingListener();
        two.listen(twoListener);
        assertThat(Fixtures.connectFailure(Fixtures.client(server, "CS3", SecurityProfile.BASIC_AUTH).build())
                .httpStatus()).hasValue(503);
        two.close(1000, "make room");
        twoListener.awaitClose();
        org.awaitility.Awaitility.await().atMost(Fixtures.WAIT).until(() -> server.stats().connections() == 1);
        Connection three = Fixtures.connect(Fixtures.client(server, "CS3", SecurityProfile.BASIC_AUTH).build());
        assertThat(three.isOpen()).isTrue();
        three.close(1000, "");
        one.close(1000, "");
    }

    @Test
    void aFailingAuthenticatorRefusesWith503AndTheServerKeepsServing() throws Exception {
        start(Fixtures.server(SecurityProfile.BASIC_AUTH).authenticator(request -> {
            if (request.stationIdentity().equals("CS-BOOM")) {
                throw new IllegalStateException("database down");
            }
            return AuthDecision.ACCEPT;
        }).build());
        assertThat(Fixtures.connectFailure(Fixtures.client(server, "CS-BOOM", SecurityProfile.BASIC_AUTH).build())
                .httpStatus()).hasValue(503);
        Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build()).close(1000, "");
    }
}

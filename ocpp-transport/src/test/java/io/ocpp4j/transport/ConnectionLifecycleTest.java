package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionClosedException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replacing a station's connection, and stopping the server gracefully. */
class ConnectionLifecycleTest {

    @Test
    void aSecondConnectionOfAStationReplacesTheFirst() throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.TLS_CLIENT_CERTIFICATE).build(), accepted)) {
            ClientConfig config = Fixtures.client(server, "CS1", SecurityProfile.TLS_CLIENT_CERTIFICATE).build();
            Connection first = Fixtures.connect(config);
            RecordingListener firstListener = new RecordingListener();
            first.listen(firstListener);
            Fixtures.Accepted.Entry firstOnServer = accepted.next();

            Connection second = Fixtures.connect(config);
            RecordingListener secondListener = new RecordingListener();
            second.listen(secondListener);
            Fixtures.Accepted.Entry secondOnServer = accepted.next();

            assertThat(firstListener.awaitClose())
                    .isEqualTo(new RecordingListener.Close(1000, "replaced by a new connection", true));
            assertThat(firstOnServer.listener().awaitClose().code()).isEqualTo(1000);
            assertThat(server.connection("CS1")).containsSame(secondOnServer.connection());
            assertThat(server.stats().connections()).isEqualTo(1);
            secondOnServer.connection().send("still here");
            assertThat(secondListener.nextFrame()).isEqualTo("still here");
            second.close(1000, "");
            await().atMost(Fixtures.WAIT).until(() -> server.connection("CS1").isEmpty());
        }
    }

    @Test
    void stopClosesEveryConnectionWith1001AndReleasesThePort() throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.BASIC_AUTH)
                .connectionSettings(ConnectionSettings.defaults().withCloseTimeout(Duration.ofSeconds(2))).build(),
                accepted);
        List<RecordingListener> stations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS" + i, SecurityProfile.BASIC_AUTH).build());
            RecordingListener listener = new RecordingListener();
            station.listen(listener);
            stations.add(listener);
        }
        List<Fixtures.Accepted.Entry> csms = List.of(accepted.next(), accepted.next(), accepted.next());
        // and one station that will never answer the closing handshake
        RawHttp.Response deaf = RawHttp.upgrade(server.port(), "/ocpp/CS-deaf",
                RawHttp.basic("CS-deaf", "password-of-CS-deaf"), "Sec-WebSocket-Protocol: ocpp1.6");
        Fixtures.Accepted.Entry deafOnServer = accepted.next();

        long start = System.nanoTime();
        server.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));

        for (RecordingListener station : stations) {
            assertThat(station.awaitClose()).isEqualTo(new RecordingListener.Close(1001, "server is stopping", true));
        }
        for (Fixtures.Accepted.Entry entry : csms) {
            assertThat(entry.listener().awaitClose().code()).isEqualTo(1001);
            assertThatThrownBy(() -> entry.connection().send("[]")).isInstanceOf(ConnectionClosedException.class);
        }
        assertThat(deafOnServer.listener().awaitClose()).isNotNull();
        assertThat(deafOnServer.listener().closeCount).hasValue(1);
        deaf.close();
        assertThat(server.stats().connections()).isZero();
        assertThat(server.stats().sockets()).isZero();
        try (ServerSocket rebind = new ServerSocket(server.port())) {
            assertThat(rebind.getLocalPort()).isEqualTo(server.port());
        }
        server.stop(); // idempotent
        assertThat(Fixtures.connectFailure(Fixtures.client(server, "CS9", SecurityProfile.BASIC_AUTH).build())
                .httpStatus()).isEmpty();
    }
}

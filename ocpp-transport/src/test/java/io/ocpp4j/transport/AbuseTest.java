package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.management.UnixOperatingSystemMXBean;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.core.ConnectionListener;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Peers that misbehave: oversize frames, idle sockets, floods of connections, peers that do not read. */
class AbuseTest {

    private static final ConnectionListener IGNORE = new ConnectionListener() {
        @Override
        public void onText(String text) {
        }

        @Override
        public void onClose(int code, String reason, boolean byPeer) {
        }
    };

    @Test
    void oversizeFrameFromTheStationClosesWith1009() throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.BASIC_AUTH).maxFrameSize(1_024).build(), accepted)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build());
            RecordingListener stationListener = new RecordingListener();
            station.listen(stationListener);
            Fixtures.Accepted.Entry csms = accepted.next();
            station.send("x".repeat(1_024));
            assertThat(csms.listener().nextFrame()).hasSize(1_024);
            station.send("x".repeat(1_025));
            assertThat(stationListener.awaitClose().code()).isEqualTo(Connection.CLOSE_TOO_BIG);
            assertThat(csms.listener().awaitClose().code()).isEqualTo(Connection.CLOSE_TOO_BIG);
            assertThat(csms.listener().frames).isEmpty();
        }
    }

    @Test
    void oversizeFrameFromTheCsmsClosesWith1009() throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.TLS_BASIC_AUTH).build(), accepted)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH)
                    .maxFrameSize(4_096).build());
            RecordingListener stationListener = new RecordingListener();
            station.listen(stationListener);
            Fixtures.Accepted.Entry csms = accepted.next();
            csms.connection().send("y".repeat(10_000));
            assertThat(stationListener.awaitClose().code()).isEqualTo(Connection.CLOSE_TOO_BIG);
            // the station closes with unread bytes in its socket, so TCP may reset before the close frame lands
            assertThat(csms.listener().awaitClose().code()).isIn(Connection.CLOSE_TOO_BIG, 1006);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SecurityProfile.class, names = {"BASIC_AUTH", "TLS_BASIC_AUTH"})
    void socketThatNeverCompletesTheHandshakeIsClosedAfterTheTimeout(SecurityProfile profile) throws Exception {
        try (OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(profile)
                .handshakeTimeout(Duration.ofMillis(300)).build(), new Fixtures.Accepted())) {
            try (Socket idle = new Socket(); Socket slow = new Socket()) {
                long start = System.nanoTime();
                idle.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                slow.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                byte[] partial = profile.usesTls()
                        ? new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01} // the start of a ClientHello record
                        : "GET /ocpp/CS1 HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII);
                slow.getOutputStream().write(partial);
                await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 2);
                assertClosedByServer(idle);
                assertClosedByServer(slow);
                long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(elapsedMillis).isBetween(250L, 5_000L);
                await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
            }
        }
    }

    private static void assertClosedByServer(Socket socket) throws IOException {
        socket.setSoTimeout((int) Fixtures.WAIT.toMillis());
        InputStream in = socket.getInputStream();
        try {
            in.readAllBytes(); // returns at end of stream, when the server closed the socket
        } catch (java.net.SocketException reset) {
            // closed with a reset: closed all the same
        }
    }

    @ParameterizedTest
    @EnumSource(value = SecurityProfile.class, names = {"BASIC_AUTH", "TLS_BASIC_AUTH"})
    void aThousandConnectionsOpeningAndDroppingAtOnceLeakNothing(SecurityProfile profile) throws Exception {
        CompletableFuture<Void> firstAccepted = new CompletableFuture<>();
        if (profile.usesTls()) {
            firstAccepted.complete(null); // raw sockets cannot complete a TLS upgrade
        }
        try (OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(profile)
                .authenticator(Authenticators.acceptAll()).build(), connection -> {
                    connection.listen(IGNORE);
                    firstAccepted.complete(null);
                })) {
            roundTrip(server, profile); // warm up: workers, buffers, classes
            await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
            int threadsBefore = liveThreads();
            long descriptorsBefore = openFileDescriptors();

            List<Socket> sockets = new ArrayList<>(1_000);
            try {
                for (int i = 0; i < 1_000; i++) {
                    Socket socket = new Socket();
                    sockets.add(socket);
                    socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                    switch (i % 4) {
                        case 0, 1 -> socket.getOutputStream().write(RawHttp.upgradeRequest(server.port(),
                                "/ocpp/CS-flood-" + i, RawHttp.basic("CS-flood-" + i, "x"),
                                "Sec-WebSocket-Protocol: ocpp1.6").getBytes(StandardCharsets.US_ASCII));
                        case 2 -> socket.getOutputStream().write(profile.usesTls()
                                ? new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01}
                                : "GET /ocpp/CS".getBytes(StandardCharsets.US_ASCII));
                        default -> {
                            // TCP only
                        }
                    }
                }
                firstAccepted.get(10, TimeUnit.SECONDS);
            } finally {
                for (int i = 0; i < sockets.size(); i++) {
                    if (i % 2 == 0) {
                        sockets.get(i).setSoLinger(true, 0); // drop with a reset
                    }
                    sockets.get(i).close();
                }
            }

            try {
                await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
            } catch (Throwable t) {
                server.describeSockets().forEach(System.out::println);
                throw t;
            }
            await().atMost(Fixtures.WAIT).untilAsserted(() -> {
                assertThat(server.stats().sockets()).isZero();
                assertThat(server.stats().connections()).isZero();
                assertThat(server.connectedStations()).isEmpty();
            });
            assertThat(server.stats().accepted()).isBetween(profile.usesTls() ? 1L : 2L, 501L);
            roundTrip(server, profile);
            await().atMost(Fixtures.WAIT).untilAsserted(() -> {
                assertThat(liveThreads()).as("threads: %s", Thread.getAllStackTraces().keySet())
                        .isLessThanOrEqualTo(threadsBefore);
                assertThat(openFileDescriptors()).isLessThanOrEqualTo(descriptorsBefore + 5);
                assertThat(server.stats().sockets()).isZero();
            });
        }
    }

    private static void roundTrip(OcppWebSocketServer server, SecurityProfile profile) throws Exception {
        Connection station = Fixtures.connect(Fixtures.client(server, "CS-probe", profile).build());
        RecordingListener listener = new RecordingListener();
        station.listen(listener);
        Connection csms = await().atMost(Fixtures.WAIT).until(() -> server.connection("CS-probe"),
                java.util.Optional::isPresent).orElseThrow();
        csms.send("ping");
        assertThat(listener.nextFrame()).isEqualTo("ping");
        station.close(1000, "");
        listener.awaitClose();
    }

    /** Live threads, without Awaitility's own poller (alive only while it polls). */
    private static int liveThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.getName().toLowerCase().contains("awaitility"))
                .count();
    }

    private static long openFileDescriptors() {
        return ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getOpenFileDescriptorCount();
    }

    @Test
    void tooManyFramesBeforeListenCloseWith1008() throws Exception {
        CompletableFuture<Connection> accepted = new CompletableFuture<>();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.BASIC_AUTH)
                .connectionSettings(ConnectionSettings.defaults().withMaxPendingFrames(5)).build(), accepted::complete)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build());
            RecordingListener stationListener = new RecordingListener();
            station.listen(stationListener);
            for (int i = 0; i < 6; i++) {
                station.send("frame-" + i);
            }
            assertThat(stationListener.awaitClose().code()).isEqualTo(Connection.CLOSE_POLICY_VIOLATION);
            RecordingListener late = new RecordingListener();
            accepted.get(10, TimeUnit.SECONDS).listen(late);
            assertThat(late.awaitClose().code()).isEqualTo(Connection.CLOSE_POLICY_VIOLATION);
            assertThat(late.frames).containsExactly("frame-0", "frame-1", "frame-2", "frame-3", "frame-4");
        }
    }

    @Test
    void aPeerThatDoesNotReadFillsTheBoundedSendQueueAndIsDropped() throws Exception {
        CompletableFuture<Connection> accepted = new CompletableFuture<>();
        RecordingListener csmsListener = new RecordingListener();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.BASIC_AUTH)
                .connectionSettings(ConnectionSettings.defaults().withMaxQueuedOutgoingFrames(10)
                        .withCloseTimeout(Duration.ofMillis(500)))
                .build(), connection -> {
                    connection.listen(csmsListener);
                    accepted.complete(connection);
                })) {
            try (RawHttp.Response deaf = RawHttp.upgrade(server.port(), "/ocpp/CS1",
                    RawHttp.basic("CS1", "password-of-CS1"), "Sec-WebSocket-Protocol: ocpp1.6")) {
                assertThat(deaf.status()).isEqualTo(101);
                Connection csms = accepted.get(10, TimeUnit.SECONDS);
                String megabyte = "z".repeat(1 << 20);
                assertThatThrownBy(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        csms.send(megabyte);
                    }
                }).isInstanceOf(ConnectionClosedException.class).hasMessageContaining("send queue");
                assertThat(csmsListener.awaitClose().code()).isIn(Connection.CLOSE_POLICY_VIOLATION, 1006);
                await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
            }
        }
    }
}

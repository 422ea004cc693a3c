package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.Connection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Pings at the configured interval, and closes a link whose peer stopped answering. */
class KeepAliveTest {

    private static final ConnectionSettings FAST_PING = ConnectionSettings.defaults()
            .withPing(Duration.ofMillis(150), Duration.ofMillis(300));

    @Test
    void serverClosesAStationThatStopsAnsweringPings() throws Exception {
        CompletableFuture<RecordingListener> accepted = new CompletableFuture<>();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.BASIC_AUTH)
                .connectionSettings(FAST_PING).build(), connection -> {
                    RecordingListener listener = new RecordingListener();
                    connection.listen(listener);
                    accepted.complete(listener);
                })) {
            // a station that completes the upgrade and then never reads again
            try (RawHttp.Response deaf = RawHttp.upgrade(server.port(), "/ocpp/CS1",
                    RawHttp.basic("CS1", "password-of-CS1"), "Sec-WebSocket-Protocol: ocpp1.6")) {
                assertThat(deaf.status()).isEqualTo(101);
                long start = System.nanoTime();
                RecordingListener.Close close = accepted.get(10, TimeUnit.SECONDS).awaitClose();
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(close.code()).isEqualTo(1006);
                assertThat(close.byPeer()).as("a dead link counts as closed by the network").isTrue();
                assertThat(elapsed).isBetween(400L, 5_000L);
                await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
            }
        }
    }

    @Test
    void linksWithLivePeersStayOpenAcrossManyPingIntervals() throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.TLS_BASIC_AUTH)
                .connectionSettings(FAST_PING).build(), accepted)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH)
                    .connectionSettings(FAST_PING).build());
            station.listen(new RecordingListener());
            Connection csms = accepted.next().connection();
            await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(5))
                    .until(() -> station.isOpen() && csms.isOpen());
            station.close(1000, "");
        }
    }

    @Test
    void stationClosesALinkWhoseCsmsStopsAnsweringPings() throws Exception {
        try (ServerSocket fake = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> peer = CompletableFuture.supplyAsync(() -> acceptAndUpgrade(fake));
            ClientConfig config = ClientConfig.builder()
                    .csmsUrl(URI.create("ws://127.0.0.1:" + fake.getLocalPort() + "/ocpp"))
                    .stationIdentity("CS1")
                    .subprotocols("ocpp1.6")
                    .securityProfile(SecurityProfile.BASIC_AUTH)
                    .password("password-of-CS1")
                    .connectionSettings(FAST_PING)
                    .build();
            Connection station = Fixtures.connect(config);
            RecordingListener listener = new RecordingListener();
            station.listen(listener);
            Socket silentCsms = peer.get(10, TimeUnit.SECONDS);
            try {
                RecordingListener.Close close = listener.awaitClose();
                assertThat(close.code()).isEqualTo(1006);
                assertThat(close.byPeer()).isTrue();
            } finally {
                silentCsms.close();
            }
        }
    }

    /** A CSMS that answers the upgrade and then goes silent. */
    private static Socket acceptAndUpgrade(ServerSocket server) {
        try {
            Socket socket = server.accept();
            socket.setSoTimeout((int) Fixtures.WAIT.toMillis());
            String request = readHead(socket.getInputStream());
            Matcher key = Pattern.compile("Sec-WebSocket-Key: (\\S+)", Pattern.CASE_INSENSITIVE).matcher(request);
            if (!key.find()) {
                throw new IllegalStateException("no key in " + request);
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
                    (key.group(1) + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
            socket.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n"
                    + "Sec-WebSocket-Protocol: ocpp1.6\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return socket;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}

package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link ClientConfig.Builder#unsecured()}: "security profile 0", ws:// without an Authorization header. */
class UnsecuredClientTest {

    private static ClientConfig.Builder unsecured(int port) {
        return ClientConfig.builder().csmsUrl(URI.create("ws://127.0.0.1:" + port + "/ocpp")).stationIdentity("CS0")
                .subprotocols("ocpp1.6").securityProfile(SecurityProfile.BASIC_AUTH).unsecured()
                .handshakeTimeout(Duration.ofSeconds(5));
    }

    @Test
    void sendsNoAuthorizationHeader() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> head = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = listener.accept()) {
                    socket.setSoTimeout((int) Fixtures.WAIT.toMillis());
                    InputStream in = socket.getInputStream();
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    while (!bytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                        int b = in.read();
                        if (b < 0) {
                            break;
                        }
                        bytes.write(b);
                    }
                    return bytes.toString(StandardCharsets.ISO_8859_1); // then close: the upgrade fails
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            CompletableFuture<?> attempt = OcppWebSocketClient.connect(unsecured(listener.getLocalPort()).build());
            String request = head.get(Fixtures.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(request).startsWith("GET /ocpp/CS0 ").containsIgnoringCase("Sec-WebSocket-Protocol: ocpp1.6")
                    .doesNotContainIgnoringCase("Authorization");
            assertThatThrownBy(() -> attempt.get(Fixtures.WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @Test
    void connectsToACsmsThatAcceptsAnyStationAndIsRefusedByOneThatWantsBasicAuth() throws Exception {
        BlockingQueue<Optional<BasicCredentials>> seen = new LinkedBlockingQueue<>();
        OcppWebSocketServer open = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.BASIC_AUTH)
                .authenticator(request -> {
                    seen.add(request.credentials());
                    return AuthDecision.ACCEPT;
                }).build(), new Fixtures.Accepted());
        try {
            Fixtures.connect(unsecured(open.port()).build()).close(1000, "done");
            assertThat(seen.poll(Fixtures.WAIT.toSeconds(), TimeUnit.SECONDS)).isEmpty();
        } finally {
            open.stop();
        }
        OcppWebSocketServer basic = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.BASIC_AUTH).build(),
                new Fixtures.Accepted());
        try {
            assertThat(Fixtures.connectFailure(unsecured(basic.port()).build()).httpStatus()).hasValue(401);
        } finally {
            basic.stop();
        }
    }

    @Test
    void isOnlyForWsWithoutAPassword() {
        assertThat(unsecured(8180).build().credentials()).isEmpty();
        assertThat(unsecured(8180).build().toString()).contains("security profile 0");
        assertThatThrownBy(() -> unsecured(8180).password("0123456789abcdef").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("security profile 0");
        assertThatThrownBy(() -> ClientConfig.builder().csmsUrl(URI.create("wss://127.0.0.1:8180/ocpp"))
                .stationIdentity("CS0").subprotocols("ocpp1.6").securityProfile(SecurityProfile.TLS_BASIC_AUTH)
                .unsecured().build()).isInstanceOf(IllegalArgumentException.class);
        // Without unsecured(), profile 1 still needs its password.
        assertThatThrownBy(() -> ClientConfig.builder().csmsUrl(URI.create("ws://127.0.0.1:8180/ocpp"))
                .stationIdentity("CS0").subprotocols("ocpp1.6").securityProfile(SecurityProfile.BASIC_AUTH).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a password");
    }
}

package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.Connection;
import io.ocpp4j.transport.pki.CertificateBuilder;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerOnlyTlsAuthentication;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the TLS profiles refuse: bad client certificates, old protocols, plain text, wrong hosts. */
class TlsRefusalTest {

    private OcppWebSocketServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void start(SecurityProfile profile) {
        server = OcppWebSocketServer.start(Fixtures.server(profile).build(), new Fixtures.Accepted());
    }

    private ClientConfig profile3Client(String identity, CertifiedKey key) {
        return Fixtures.client(server, identity, SecurityProfile.TLS_CLIENT_CERTIFICATE)
                .tls(TestPki.stationTls().keyMaterial(key).build())
                .build();
    }

    @Test
    void profile3RefusesACertificateForAnotherStationWith401() throws Exception {
        start(SecurityProfile.TLS_CLIENT_CERTIFICATE);
        ConnectFailedException failure = Fixtures.connectFailure(profile3Client("CS1", Fixtures.stationKey("CS2")));
        assertThat(failure.httpStatus()).hasValue(401);
        assertThat(server.stats().accepted()).isZero();
    }

    @Test
    void profile3RefusesAnExpiredCertificateInTheTlsHandshake() throws Exception {
        start(SecurityProfile.TLS_CLIENT_CERTIFICATE);
        Instant past = Instant.now().minus(Duration.ofDays(10));
        CertifiedKey expired = Pki.station(TestPki.STATION_CA, "CS1", KeyAlgorithm.EC_P256,
                CertificateBuilder.create().validFrom(past).validUntil(past.plus(Duration.ofDays(1))));
        ConnectFailedException failure = Fixtures.connectFailure(profile3Client("CS1", expired));
        assertThat(failure.httpStatus()).isEmpty();
        assertThat(server.stats().accepted()).isZero();
        assertThat(server.stats().refused()).as("refused by TLS, before any upgrade").isZero();
        Awaitility.await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
    }

    @Test
    void profile3RefusesACertificateFromAnUnknownCa() throws Exception {
        start(SecurityProfile.TLS_CLIENT_CERTIFICATE);
        CertifiedKey rogueRoot = Pki.rootCa("rogue root", KeyAlgorithm.EC_P256);
        ConnectFailedException failure = Fixtures.connectFailure(
                profile3Client("CS1", Pki.station(rogueRoot, "CS1", KeyAlgorithm.EC_P256)));
        assertThat(failure.httpStatus()).isEmpty();
        assertThat(server.stats().accepted()).isZero();
    }

    @Test
    void profile3RefusesAStationWithoutCertificate() throws Exception {
        start(SecurityProfile.TLS_CLIENT_CERTIFICATE);
        ClientConfig noCertificate = Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH)
                .password("password-of-CS1")
                .build();
        assertThat(Fixtures.connectFailure(noCertificate).httpStatus()).isEmpty();
        assertThat(server.stats().accepted()).isZero();
    }

    @Test
    void profile3AcceptsTheRightCertificateAfterRefusals() throws Exception {
        start(SecurityProfile.TLS_CLIENT_CERTIFICATE);
        Fixtures.connectFailure(profile3Client("CS1", Fixtures.stationKey("CS2")));
        Connection connection = Fixtures.connect(profile3Client("CS1", Fixtures.stationKey("CS1")));
        assertThat(connection.isOpen()).isTrue();
        connection.close(1000, "");
    }

    @Test
    void tls11IsRefused() throws Exception {
        start(SecurityProfile.TLS_BASIC_AUTH);
        assertThat(handshakeWith(ProtocolVersion.TLSv12)).as("control: TLS 1.2 from the same client works").isNull();
        IOException refusal = handshakeWith(ProtocolVersion.TLSv11);
        assertThat(refusal).as("the TLS 1.1 handshake fails").isNotNull();
        if (refusal instanceof TlsFatalAlertReceived alert) {
            assertThat(alert.getAlertDescription())
                    .isIn(AlertDescription.protocol_version, AlertDescription.handshake_failure);
        }
        Awaitility.await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
        Connection tls = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH).build());
        assertThat(tls.isOpen()).as("the server keeps serving").isTrue();
        tls.close(1000, "");
    }

    /**
     * Runs a TLS handshake with Bouncy Castle's low-level client, which offers exactly one version.
     *
     * @return {@code null} if it succeeds, else the failure: an alert from the server, or the server
     *     closing the connection
     */
    private IOException handshakeWith(ProtocolVersion version) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout((int) Fixtures.WAIT.toMillis());
            TlsClientProtocol protocol = new TlsClientProtocol(socket.getInputStream(), socket.getOutputStream());
            try {
                protocol.connect(new DefaultTlsClient(new BcTlsCrypto(new SecureRandom())) {
                    @Override
                    protected ProtocolVersion[] getSupportedVersions() {
                        return version.only();
                    }

                    @Override
                    public TlsAuthentication getAuthentication() {
                        return new ServerOnlyTlsAuthentication() {
                            @Override
                            public void notifyServerCertificate(TlsServerCertificate certificate) {
                                // the test only checks the protocol version
                            }
                        };
                    }
                });
                protocol.close();
                return null;
            } catch (java.net.SocketTimeoutException e) {
                throw new AssertionError("the server neither answered nor closed", e);
            } catch (IOException e) {
                return e;
            }
        }
    }

    @Test
    void plainTextClientOnTheTlsPortIsDropped() throws Exception {
        start(SecurityProfile.TLS_BASIC_AUTH);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout((int) Fixtures.WAIT.toMillis());
            socket.getOutputStream().write(RawHttp.upgradeRequest(server.port(), "/ocpp/CS1",
                    RawHttp.basic("CS1", "password-of-CS1")).getBytes(StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readAllBytes(); // returns once the server closes
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("HTTP/1.1");
        }
        ClientConfig plain = ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity("CS1")
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password("password-of-CS1")
                .build();
        assertThat(Fixtures.connectFailure(plain).httpStatus()).isEmpty();
        Awaitility.await().atMost(Fixtures.WAIT).until(() -> server.stats().sockets() == 0);
        Connection tls = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH).build());
        assertThat(tls.isOpen()).as("the server keeps serving").isTrue();
        tls.close(1000, "");
    }

    @Test
    void stationChecksTheCsmsCertificate() throws Exception {
        CertifiedKey otherHost = Pki.csmsServer(TestPki.EC_ROOT, KeyAlgorithm.EC_P256, "csms.example.com");
        server = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.TLS_BASIC_AUTH)
                .tls(TlsConfig.builder().keyMaterial(otherHost).build()).build(), new Fixtures.Accepted());
        ClientConfig.Builder client = Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH);
        assertThat(Fixtures.connectFailure(client.build()).getCause()).isNotNull();
        ClientConfig untrusted = client.tls(TlsConfig.builder()
                .trustAnchors(Pki.rootCa("some other root", KeyAlgorithm.EC_P256).certificate())
                .hostnameVerification(false).build()).build();
        Fixtures.connectFailure(untrusted);
        ClientConfig noHostnameCheck = client.tls(TestPki.stationTls().hostnameVerification(false).build()).build();
        Connection connection = Fixtures.connect(noHostnameCheck);
        connection.close(1000, "");
    }

    @Test
    void onlyTls12AndNewerCanBeConfigured() {
        assertThatThrownBy(() -> TlsConfig.builder().protocols("TLSv1.1", "TLSv1.2").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsConfig.builder().protocols("SSLv3").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionClosedException;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each security profile end to end, with raw OCPP-J frames through {@link Connection}. */
class ProfilesEndToEndTest {

    @ParameterizedTest
    @EnumSource(SecurityProfile.class)
    void framesFlowBothWaysInEachProfile(SecurityProfile profile) throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(Fixtures.server(profile).build(), accepted)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS-P" + profile.number(), profile).build());
            RecordingListener stationListener = new RecordingListener();
            station.listen(stationListener);
            Fixtures.Accepted.Entry csms = accepted.next();

            assertThat(station.subprotocol()).isEqualTo("ocpp1.6");
            assertThat(csms.connection().subprotocol()).isEqualTo("ocpp1.6");
            assertThat(csms.connection().stationIdentity()).isEqualTo("CS-P" + profile.number());
            assertThat(csms.connection().remoteAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(server.connectedStations()).containsExactly("CS-P" + profile.number());
            assertThat(station.tlsSession().isPresent()).isEqualTo(profile.usesTls());
            assertThat(csms.connection().tlsSession().isPresent()).isEqualTo(profile.usesTls());
            if (profile.usesTls()) {
                assertThat(station.tlsSession().orElseThrow().getProtocol()).isIn("TLSv1.2", "TLSv1.3");
            }
            if (profile.usesClientCertificate()) {
                X509Certificate peer = (X509Certificate) csms.connection().tlsSession().orElseThrow()
                        .getPeerCertificates()[0];
                assertThat(peer.getSubjectX500Principal().getName()).isEqualTo("CN=CS-P3");
            }

            for (int i = 0; i < 20; i++) {
                station.send("[2,\"s" + i + "\",\"Heartbeat\",{}]");
                csms.connection().send("[2,\"c" + i + "\",\"GetVariables\",{}]");
            }
            for (int i = 0; i < 20; i++) {
                assertThat(csms.listener().nextFrame()).isEqualTo("[2,\"s" + i + "\",\"Heartbeat\",{}]");
                assertThat(stationListener.nextFrame()).isEqualTo("[2,\"c" + i + "\",\"GetVariables\",{}]");
            }

            station.close(Connection.CLOSE_NORMAL, "done");
            assertThat(stationListener.awaitClose()).isEqualTo(new RecordingListener.Close(1000, "done", false));
            assertThat(csms.listener().awaitClose()).isEqualTo(new RecordingListener.Close(1000, "done", true));
            assertThat(stationListener.closeCount).hasValue(1);
            assertThat(csms.listener().closeCount).hasValue(1);
            assertThatThrownBy(() -> station.send("[]")).isInstanceOf(ConnectionClosedException.class);
            assertThatThrownBy(() -> csms.connection().send("[]")).isInstanceOf(ConnectionClosedException.class);
            assertThat(station.isOpen()).isFalse();
            station.close(1000, "again"); // idempotent
            assertThat(stationListener.closeCount).hasValue(1);
        }
    }

    @Test
    void framesReceivedBeforeListenAreHeldAndDeliveredInOrder() throws Exception {
        CompletableFuture<Connection> accepted = new CompletableFuture<>();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.BASIC_AUTH).build(), accepted::complete)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build());
            station.listen(new RecordingListener());
            Connection csms = accepted.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 50; i++) {
                station.send("frame-" + i);
            }
            station.close(1000, "sent everything");
            RecordingListener late = new RecordingListener();
            org.awaitility.Awaitility.await().atMost(Fixtures.WAIT).until(() -> !csms.isOpen());
            csms.listen(late);
            for (int i = 0; i < 50; i++) {
                assertThat(late.nextFrame()).isEqualTo("frame-" + i);
            }
            assertThat(late.awaitClose().code()).isEqualTo(1000);
            assertThatThrownBy(() -> csms.listen(new RecordingListener())).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void serverPicksItsOwnFirstPreferenceAmongTheOffers() throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.BASIC_AUTH).build(), accepted)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH)
                    .subprotocols("ocpp1.6", "ocpp2.0.1").build());
            assertThat(station.subprotocol()).isEqualTo("ocpp2.0.1");
            assertThat(accepted.next().connection().subprotocol()).isEqualTo("ocpp2.0.1");
            station.close(1000, "");
        }
    }

    @Test
    void listenerCallbacksNeverOverlapAndComeFromTheTransport() throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.BASIC_AUTH).build(), accepted)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).build());
            RecordingListener stationListener = new RecordingListener();
            station.listen(stationListener);
            Fixtures.Accepted.Entry csms = accepted.next();
            Thread[] senders = new Thread[4];
            for (int t = 0; t < senders.length; t++) {
                int id = t;
                senders[t] = new Thread(() -> {
                    for (int i = 0; i < 250; i++) {
                        csms.connection().send(id + ":" + i);
                    }
                });
                senders[t].start();
            }
            for (Thread sender : senders) {
                sender.join(Fixtures.WAIT.toMillis());
            }
            for (int i = 0; i < 1_000; i++) {
                stationListener.nextFrame();
            }
            assertThat(stationListener.overlaps).hasValue(0);
            assertThat(stationListener.threads).allMatch(name -> name.startsWith("WebSocketConnectReadThread"));
            assertThat(csms.listener().overlaps).hasValue(0);
            station.close(1000, "");
        }
    }
}

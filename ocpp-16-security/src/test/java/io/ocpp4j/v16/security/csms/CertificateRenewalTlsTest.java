package io.ocpp4j.v16.security.csms;

import static io.ocpp4j.v16.security.csms.RecordingListener.WAIT;
import static io.ocpp4j.v16.security.csms.RecordingListener.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.security.csms.CertificateSigningOutcome.Result;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Certificate renewal under security profile 3 (TC_074_CSMS, then TC_087_CSMS with the new certificate):
 * the station connects over mutual TLS with its factory certificate, the CSMS asks it to renew
 * (ExtendedTriggerMessage SignChargePointCertificate), signs its CSR with the example CA and sends
 * CertificateSigned; the station reconnects with the new key and chain, and the CSMS sees the new
 * certificate in the TLS session. Keys and certificates are generated in the test; TLS on 127.0.0.1.
 */
class CertificateRenewalTlsTest {

    /** Bouncy Castle's JSSE logs every handshake through java.util.logging; held so the level sticks. */
    private static final Logger BOUNCY_CASTLE = Logger.getLogger("org.bouncycastle");

    static {
        BOUNCY_CASTLE.setLevel(Level.SEVERE);
    }

    private static final String IDENTITY = "CP-SEC-TLS";

    @Test
    void tc074_stationRenewsItsCertificateAndReconnectsWithIt() throws Exception {
        ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().build();
        CertifiedKey factoryKey = Pki.station(ca.issuer(), IDENTITY, KeyAlgorithm.EC_P256);
        RecordingListener heard = new RecordingListener();
        RpcRuntime runtime = RpcRuntime.builder().name("sec-tls").build();
        Csms16 csms = Csms16.builder(runtime)
                .extension(SecurityCsmsExtension.builder().all(StandardSecurityHandler.builder()
                        .certificateSigning(CertificateSigning.builder(ca).listener(heard).build())
                        .listener(heard)
                        .build()).build())
                .build();
        OcppWebSocketServer server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE)
                .tls(TlsConfig.builder()
                        .keyMaterial(ca.serverCertificate(KeyAlgorithm.EC_P256, "127.0.0.1"))
                        .trustAnchors(ca.rootCertificate())
                        .build())
                .authenticator(Authenticators.clientCertificate(IDENTITY::equals))
                .build(), csms::accept);
        ScriptedStation station = new ScriptedStation(runtime, IDENTITY);
        Connection first = null;
        Connection second = null;
        try {
            first = connect(server, ca, factoryKey);
            station.attach(first);
            await().atMost(WAIT).until(() -> csms.chargePoint(IDENTITY).isPresent());
            assertThat(peerCertificate(csms)).isEqualTo(factoryKey.certificate());

            var trigger = SecurityChargePoint.of(csms.chargePoint(IDENTITY).orElseThrow())
                    .extendedTriggerMessage(new ExtendedTriggerMessageRequest()
                            .withRequestedMessage(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE))
                    .toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(trigger.getStatus()).isEqualTo(TriggerMessageStatusEnum.ACCEPTED);
            CertificateSigningOutcome outcome = next(heard.outcomes);
            assertThat(outcome.result()).as(outcome.detail()).isEqualTo(Result.CHAIN_ACCEPTED);

            // The station installs what it received with the key it generated, and reconnects with it.
            List<X509Certificate> chain = Pem.readCertificates(station.chains.get(0));
            CertifiedKey renewed = new CertifiedKey(station.csrKeys.get().getPrivate(), chain);
            first.close(Connection.CLOSE_NORMAL, "reconnecting with the new certificate");
            Connection closed = first;
            await().atMost(WAIT).until(() -> csms.chargePoint(IDENTITY).isEmpty() || !closed.isOpen());
            second = connect(server, ca, renewed);
            station.attach(second);

            await().atMost(WAIT).untilAsserted(() -> assertThat(csms.chargePoint(IDENTITY)).isPresent()
                    .get().satisfies(cp -> assertThat(cp.session().connection()).isNotSameAs(closed)));
            X509Certificate presented = peerCertificate(csms);
            assertThat(presented).isEqualTo(chain.get(0)).isNotEqualTo(factoryKey.certificate());
            assertThat(presented.getSerialNumber()).isNotEqualTo(factoryKey.certificate().getSerialNumber());
            assertThat(presented.getSubjectX500Principal().getName()).startsWith("CN=" + IDENTITY);
            SecurityCsmsWebSocketTest.verifiesAgainstTheRoot(chain, ca);
        } finally {
            if (second != null) {
                second.close(Connection.CLOSE_NORMAL, "test over");
            }
            if (first != null) {
                first.close(Connection.CLOSE_NORMAL, "test over");
            }
            server.stop();
            runtime.close();
        }
    }

    private static Connection connect(OcppWebSocketServer server, ExampleCertificateAuthority ca, CertifiedKey key)
            throws Exception {
        return OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("wss://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(IDENTITY)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE)
                .tls(TlsConfig.builder().keyMaterial(key).trustAnchors(ca.rootCertificate()).build())
                .build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static X509Certificate peerCertificate(Csms16 csms) throws Exception {
        return (X509Certificate) csms.chargePoint(IDENTITY).orElseThrow().session().connection().tlsSession()
                .orElseThrow().getPeerCertificates()[0];
    }
}

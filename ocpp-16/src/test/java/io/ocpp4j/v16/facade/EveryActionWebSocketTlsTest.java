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
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.station.Station16;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * Every 1.6 action of every feature profile, in each direction, over security profile 3: wss:// with
 * mutual TLS, the station's certificate (CN = its identity) issued by a station CA generated for the
 * test, the CSMS's by the same root.
 */
class EveryActionWebSocketTlsTest extends EveryActionContract {

    static {
        BouncyCastleLogging.quiet();
    }

    private static final CertifiedKey ROOT = Pki.rootCa("ocpp-16 test root", KeyAlgorithm.EC_P256);
    private static final CertifiedKey STATION_CA = Pki.subCa(ROOT, "ocpp-16 test station CA", KeyAlgorithm.EC_P256);
    private static final CertifiedKey CSMS = Pki.csmsServer(ROOT, KeyAlgorithm.EC_P256, "localhost", "127.0.0.1");

    private OcppWebSocketServer server;
    private Connection stationConnection;

    @Override
    protected String identity() {
        return "CP-EVERY-TLS";
    }

    @Override
    protected void link(Csms16 csms, Station16 station) throws Exception {
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE)
                .tls(TlsConfig.builder().keyMaterial(CSMS).trustAnchors(ROOT.certificate()).build())
                .authenticator(Authenticators.clientCertificate(identity()::equals))
                .build(), csms::accept);
        stationConnection = OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("wss://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(identity())
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE)
                .tls(TlsConfig.builder()
                        .keyMaterial(Pki.station(STATION_CA, identity(), KeyAlgorithm.EC_P256))
                        .trustAnchors(ROOT.certificate())
                        .build())
                .build()).get(EveryActionWebSocketTest.WAIT.toSeconds(), TimeUnit.SECONDS);
        station.attach(stationConnection);
        await().atMost(EveryActionWebSocketTest.WAIT).until(() -> csms.chargePoint(identity()).isPresent());

        Connection atCsms = csms.chargePoint(identity()).orElseThrow().session().connection();
        assertThat(stationConnection.tlsSession().orElseThrow().getProtocol()).isIn("TLSv1.2", "TLSv1.3");
        X509Certificate presented = (X509Certificate) atCsms.tlsSession().orElseThrow().getPeerCertificates()[0];
        assertThat(presented.getSubjectX500Principal().getName()).isEqualTo("CN=" + identity());
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

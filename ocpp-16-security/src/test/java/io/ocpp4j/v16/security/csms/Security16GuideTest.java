package io.ocpp4j.v16.security.csms;

import static io.ocpp4j.v16.security.csms.RecordingListener.WAIT;
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
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.csms.CoreHandler;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The minimal CSMS of docs/security16.md, as written there except for the address (127.0.0.1, any free
 * port) and what it prints (kept for the assertions), with a scripted station renewing its certificate.
 */
class Security16GuideTest {

    private static final Logger BOUNCY_CASTLE = Logger.getLogger("org.bouncycastle");

    static {
        BOUNCY_CASTLE.setLevel(Level.SEVERE);
    }

    @Test
    void theGuidesCsmsRenewsAStationsCertificate() throws Exception {
        List<String> printed = new CopyOnWriteArrayList<>();
        CompletableFuture<CertificateSigningOutcome> done = new CompletableFuture<>();
        CoreHandler myCoreHandler = new CoreHandler() {
        };

        // ---- as in the guide ----
        RpcRuntime runtime = RpcRuntime.create();
        ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().build();   // tests and development only

        SecurityListener listener = new SecurityListener() {
            @Override
            public void securityEvent(SecurityEvent event) {
                printed.add(event.stationIdentity() + ": " + event.type() + (event.isCritical() ? " (critical)" : ""));
            }

            @Override
            public void certificateSigning(CertificateSigningOutcome outcome) {
                printed.add(outcome.stationIdentity() + ": certificate " + outcome.result());
                done.complete(outcome);
            }
        };
        StandardSecurityHandler security = StandardSecurityHandler.builder()
                .certificateSigning(CertificateSigning.builder(ca)
                        .policy(CsrPolicy.builder().organization("ACME CPO").build())   // the stations' CpoName
                        .listener(listener)
                        .build())
                .listener(listener)
                .build();
        Csms16 csms = Csms16.builder(runtime)
                .core(myCoreHandler)
                .extension(SecurityCsmsExtension.builder().all(security).build())
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
                .authenticator(Authenticators.clientCertificate(identity -> true))
                .build(), csms::accept);
        // ---- end of the guide's setup ----

        ScriptedStation station = new ScriptedStation(runtime, "CP-1");
        Connection connection = OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("wss://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity("CP-1")
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE)
                .tls(TlsConfig.builder().keyMaterial(Pki.station(ca.issuer(), "CP-1", KeyAlgorithm.EC_P256))
                        .trustAnchors(ca.rootCertificate()).build())
                .build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        try {
            station.attach(connection);
            await().atMost(WAIT).until(() -> csms.chargePoint("CP-1").isPresent());

            // ---- as in the guide ----
            csms.chargePoint("CP-1").map(SecurityChargePoint::of).ifPresent(cp -> cp.extendedTriggerMessage(
                    new ExtendedTriggerMessageRequest().withRequestedMessage(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE)));

            assertThat(done.get(WAIT.toSeconds(), TimeUnit.SECONDS).result())
                    .isEqualTo(CertificateSigningOutcome.Result.CHAIN_ACCEPTED);
            assertThat(printed).containsExactly("CP-1: certificate CHAIN_ACCEPTED");
        } finally {
            connection.close(Connection.CLOSE_NORMAL, "test over");
            server.stop();
            runtime.close();
        }
    }
}

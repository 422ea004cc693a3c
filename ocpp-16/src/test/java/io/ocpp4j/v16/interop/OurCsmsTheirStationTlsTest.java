package io.ocpp4j.v16.interop;

import static io.ocpp4j.v16.interop.Interop.WAIT;
import static io.ocpp4j.v16.interop.Interop.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.RegistrationStatus;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * Security profile 2 across the two implementations: ChargeTime's charge point (the JDK's own TLS,
 * through their {@code enableWSS(SSLContext)}) connects over {@code wss://} with Basic auth to our CSMS
 * (Bouncy Castle's TLS, an EC certificate generated for the test).
 */
class OurCsmsTheirStationTlsTest {

    /** Bouncy Castle's JSSE logs every handshake through java.util.logging; held so the level sticks. */
    private static final Logger BOUNCY_CASTLE = Logger.getLogger("org.bouncycastle");

    static {
        BOUNCY_CASTLE.setLevel(Level.SEVERE);
    }

    private static final String IDENTITY = "CP-IOP-CT-TLS";
    private static final String PASSWORD = "s3cret-iop-pass-16";

    @Test
    void theirStationBootsOverTlsWithBasicAuth() throws Exception {
        Set<Thread> threadsBefore = Interop.liveThreads();
        ExecutorService theirRequests = Interop.installTheirRequestExecutor();
        CertifiedKey root = Pki.rootCa("interop root", KeyAlgorithm.EC_P256);
        CertifiedKey csmsKey = Pki.csmsServer(root, KeyAlgorithm.EC_P256, "127.0.0.1");
        CompletableFuture<BootNotificationRequest> received = new CompletableFuture<>();
        RpcRuntime runtime = RpcRuntime.builder().name("iop-tls").build();
        Csms16 csms = Csms16.builder(runtime)
                .core(new io.ocpp4j.v16.csms.CoreHandler() {
                    @Override
                    public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request,
                                                                                        CallContext context) {
                        received.complete(request);
                        return CompletableFuture.completedFuture(new BootNotificationResponse()
                                .withStatus(RegistrationStatus.PENDING)
                                .withCurrentTime(OffsetDateTime.parse("2026-11-21T10:15:31.5+01:00"))
                                .withInterval(60));
                    }
                })
                .build();
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);
        OcppWebSocketServer server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_BASIC_AUTH)
                .tls(TlsConfig.builder().keyMaterial(csmsKey).build())
                .authenticator(Authenticators.basicAuth(identity -> identity.equals(IDENTITY) ? password.clone() : null))
                .build(), csms::accept);
        JSONClient theirStation = null;
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("root", root.certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);

            ClientCoreProfile core = new ClientCoreProfile(nothingToHandle());
            JSONClient client = new JSONClient(core, IDENTITY, JSONConfiguration.get()
                    .setParameter(JSONConfiguration.USERNAME_PARAMETER, IDENTITY)
                    .setParameter(JSONConfiguration.PASSWORD_PARAMETER, PASSWORD)
                    .setParameter(JSONConfiguration.CONNECT_TIMEOUT_IN_MS_PARAMETER, (int) WAIT.toMillis()));
            client.enableWSS(tls);
            theirStation = client;
            assertTimeoutPreemptively(WAIT, () -> client.connect("wss://127.0.0.1:" + server.port() + "/ocpp",
                    new ClientEvents() {
                        @Override
                        public void connectionOpened() {
                        }

                        @Override
                        public void connectionClosed() {
                        }
                    }));
            assertThat(client.isClosed()).as("ChargeTime's client connected").isFalse();
            await().atMost(WAIT).until(() -> csms.chargePoint(IDENTITY).isPresent());
            Connection atCsms = csms.chargePoint(IDENTITY).orElseThrow().session().connection();
            assertThat(atCsms.tlsSession().orElseThrow().getProtocol()).isIn("TLSv1.2", "TLSv1.3");

            var boot = core.createBootNotificationRequest("ACME Charging", "X1-Pro 22kW");
            boot.setFirmwareVersion("2.4.1");
            var confirmation = (BootNotificationConfirmation) result(client.send(boot));

            assertThat(received.get().getChargePointVendor()).isEqualTo("ACME Charging");
            assertThat(received.get().getFirmwareVersion()).isEqualTo("2.4.1");
            assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.RegistrationStatus.Pending);
            assertThat(confirmation.getInterval()).isEqualTo(60);
        } finally {
            if (theirStation != null) {
                assertTimeoutPreemptively(WAIT, theirStation::disconnect);
            }
            server.stop();
            runtime.close();
            theirRequests.shutdownNow();
        }
        Interop.assertThreadsEnded(threadsBefore);
    }

    /** This test's station receives no calls: every handler method fails. */
    private static ClientCoreEventHandler nothingToHandle() {
        return (ClientCoreEventHandler) Proxy.newProxyInstance(ClientCoreEventHandler.class.getClassLoader(),
                new Class<?>[] {ClientCoreEventHandler.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

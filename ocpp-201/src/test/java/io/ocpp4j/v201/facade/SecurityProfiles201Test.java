package io.ocpp4j.v201.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ConnectFailedException;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v201.BasicAuthPassword;
import io.ocpp4j.v201.csms.Csms201;
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.HeartbeatResponse;
import io.ocpp4j.v201.model.ResetEnum;
import io.ocpp4j.v201.model.ResetRequest;
import io.ocpp4j.v201.model.ResetResponse;
import io.ocpp4j.v201.model.ResetStatusEnum;
import io.ocpp4j.v201.station.Station201;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OCPP 2.0.1 over security profiles 1, 2 and 3 of ocpp-transport: a CALL each way, and the identity checks. */
class SecurityProfiles201Test {

    private static final CertifiedKey ROOT = Pki.rootCa("ocpp4j 2.0.1 test root", KeyAlgorithm.EC_P256);
    private static final CertifiedKey CSMS_KEY = Pki.csmsServer(ROOT, KeyAlgorithm.EC_P256, "localhost", "127.0.0.1");
    private static final String IDENTITY = "CS-SEC-201";
    private static final String PASSWORD = "s3cret-password-201";

    private final RpcRuntime runtime = RpcRuntime.builder().name("sec201").build();
    private OcppWebSocketServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        runtime.close();
    }

    @ParameterizedTest
    @EnumSource(SecurityProfile.class)
    void aCallEachWayInEveryProfile(SecurityProfile profile) throws Exception {
        Csms201 csms = Csms201.builder(runtime)
                .availability(new io.ocpp4j.v201.csms.AvailabilityHandler() {
                    @Override
                    public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
                        return CompletableFuture.completedFuture(new HeartbeatResponse().withCurrentTime(OffsetDateTime.now()));
                    }
                })
                .build();
        Station201 station = Station201.builder(runtime)
                .provisioning(new io.ocpp4j.v201.station.ProvisioningHandler() {
                    @Override
                    public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
                        return CompletableFuture.completedFuture(new ResetResponse().withStatus(ResetStatusEnum.ACCEPTED));
                    }
                })
                .build();
        server = OcppWebSocketServer.start(server(profile), csms::accept);
        OcppWebSocketClient.connect(client(profile, IDENTITY, stationKey(IDENTITY))).thenAccept(station::attach)
                .get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> csms.station(IDENTITY).isPresent());

        assertThat(station.csms().heartbeat(new HeartbeatRequest()).toCompletableFuture().get(10, TimeUnit.SECONDS)
                .getCurrentTime()).isNotNull();
        assertThat(csms.station(IDENTITY).orElseThrow().reset(new ResetRequest().withType(ResetEnum.IMMEDIATE))
                .toCompletableFuture().get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(ResetStatusEnum.ACCEPTED);
        if (profile.usesTls()) {
            assertThat(csms.station(IDENTITY).orElseThrow().session().connection().tlsSession()).isPresent();
        }
    }

    @Test
    void profile3RefusesACertificateIssuedForAnotherStation() throws Exception {
        Csms201 csms = Csms201.builder(runtime).build();
        server = OcppWebSocketServer.start(server(SecurityProfile.TLS_CLIENT_CERTIFICATE), csms::accept);
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> OcppWebSocketClient.connect(client(SecurityProfile.TLS_CLIENT_CERTIFICATE, IDENTITY,
                        stationKey("CS-SOMEONE-ELSE"))).get(10, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOf(ConnectFailedException.class);
        assertThat(csms.stations()).isEmpty();
    }

    @Test
    void basicAuthPasswordsFollowThe201Rule() {
        assertThat(BasicAuthPassword.isValid(PASSWORD)).isTrue();
        assertThat(BasicAuthPassword.isValid("x".repeat(16))).isTrue();
        assertThat(BasicAuthPassword.isValid("x".repeat(40))).isTrue();
        assertThat(BasicAuthPassword.isValid("x".repeat(15))).isFalse();
        assertThat(BasicAuthPassword.isValid("x".repeat(41))).isFalse();
        assertThat(BasicAuthPassword.isValid("sixteen chars ok")).as("no spaces").isFalse();
        assertThat(BasicAuthPassword.isValid("0123456789abcdef\n")).isFalse();
        assertThat(BasicAuthPassword.isValid(null)).isFalse();
        assertThatThrownBy(() -> BasicAuthPassword.require("short-secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short-secret");
    }

    private static CertifiedKey stationKey(String identity) {
        return Pki.station(ROOT, identity, KeyAlgorithm.EC_P256);
    }

    private static ServerConfig server(SecurityProfile profile) {
        ServerConfig.Builder builder = ServerConfig.builder().host("127.0.0.1").subprotocols("ocpp2.0.1")
                .securityProfile(profile);
        if (profile.usesTls()) {
            builder.tls(TlsConfig.builder().keyMaterial(CSMS_KEY).trustAnchors(ROOT.certificate()).build());
        }
        return builder.authenticator(profile.usesBasicAuth()
                ? Authenticators.basicAuth(id -> IDENTITY.equals(id) ? PASSWORD.getBytes(StandardCharsets.UTF_8) : null)
                : Authenticators.clientCertificate(IDENTITY::equals)).build();
    }

    private ClientConfig client(SecurityProfile profile, String identity, CertifiedKey key) {
        ClientConfig.Builder builder = ClientConfig.builder()
                .csmsUrl(URI.create(profile.scheme() + "://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(identity)
                .subprotocols("ocpp2.0.1")
                .securityProfile(profile);
        if (profile.usesBasicAuth()) {
            builder.password(BasicAuthPassword.require(PASSWORD));
        }
        if (profile.usesClientCertificate()) {
            builder.tls(TlsConfig.builder().trustAnchors(ROOT.certificate()).keyMaterial(key).build());
        } else if (profile.usesTls()) {
            builder.tls(TlsConfig.builder().trustAnchors(ROOT.certificate()).build());
        }
        return builder.build();
    }
}

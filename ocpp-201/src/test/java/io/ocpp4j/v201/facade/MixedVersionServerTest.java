package io.ocpp4j.v201.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.core.SubprotocolRouter;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.station.Station16;
import io.ocpp4j.v201.csms.ConnectedStation;
import io.ocpp4j.v201.csms.Csms201;
import io.ocpp4j.v201.model.BootReasonEnum;
import io.ocpp4j.v201.model.ChargingStation;
import io.ocpp4j.v201.model.RegistrationStatusEnum;
import io.ocpp4j.v201.station.Station201;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One CSMS port and path serving a 1.6 and a 2.0.1 station at once, each with its version's handlers. */
class MixedVersionServerTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.UTC);

    private final RpcRuntime runtime = RpcRuntime.builder().name("mixed").build();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private OcppWebSocketServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        runtime.close();
    }

    @Test
    void oneServerServesBothVersions() throws Exception {
        Csms16 csms16 = Csms16.builder(runtime)
                .core(new io.ocpp4j.v16.csms.CoreHandler() {
                    @Override
                    public CompletionStage<io.ocpp4j.v16.model.BootNotificationResponse> onBootNotification(
                            io.ocpp4j.v16.model.BootNotificationRequest request, CallContext context) {
                        seen.add("1.6 boot from " + context.stationIdentity() + " " + context.session().version());
                        return CompletableFuture.completedFuture(new io.ocpp4j.v16.model.BootNotificationResponse()
                                .withStatus(io.ocpp4j.v16.model.RegistrationStatus.ACCEPTED)
                                .withCurrentTime(NOW).withInterval(300));
                    }
                })
                .listener(new SessionListener<ChargePoint>() {
                    @Override
                    public void connected(ChargePoint station) {
                        seen.add("1.6 connected " + station.identity());
                    }
                })
                .build();
        Csms201 csms201 = Csms201.builder(runtime)
                .provisioning(new io.ocpp4j.v201.csms.ProvisioningHandler() {
                    @Override
                    public CompletionStage<io.ocpp4j.v201.model.BootNotificationResponse> onBootNotification(
                            io.ocpp4j.v201.model.BootNotificationRequest request, CallContext context) {
                        seen.add("2.0.1 boot from " + context.stationIdentity() + " " + context.session().version());
                        return CompletableFuture.completedFuture(new io.ocpp4j.v201.model.BootNotificationResponse()
                                .withStatus(RegistrationStatusEnum.ACCEPTED).withCurrentTime(NOW).withInterval(300));
                    }
                })
                .listener(new SessionListener<ConnectedStation>() {
                    @Override
                    public void connected(ConnectedStation station) {
                        seen.add("2.0.1 connected " + station.identity());
                    }
                })
                .build();
        SubprotocolRouter router = SubprotocolRouter.builder()
                .route("ocpp2.0.1", csms201::accept)
                .route("ocpp1.6", csms16::accept)
                .build();
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .subprotocols(router.subprotocols().toArray(String[]::new))
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(identity -> ("secret-of-" + identity).getBytes(StandardCharsets.UTF_8)))
                .build(), router::accept);

        Station16 old = Station16.builder(runtime).build();
        Station201 modern = Station201.builder(runtime).build();
        OcppWebSocketClient.connect(client("CP-16", "ocpp1.6")).thenAccept(old::attach).get(30, TimeUnit.SECONDS);
        OcppWebSocketClient.connect(client("CS-201", "ocpp2.0.1")).thenAccept(modern::attach).get(30, TimeUnit.SECONDS);

        io.ocpp4j.v16.model.BootNotificationResponse boot16 = old.centralSystem().bootNotification(
                new io.ocpp4j.v16.model.BootNotificationRequest().withChargePointVendor("ACME").withChargePointModel("Old"))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        io.ocpp4j.v201.model.BootNotificationResponse boot201 = modern.csms().bootNotification(
                new io.ocpp4j.v201.model.BootNotificationRequest().withReason(BootReasonEnum.POWER_UP)
                        .withChargingStation(new ChargingStation().withVendorName("ACME").withModel("New")))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(boot16.getStatus()).isEqualTo(io.ocpp4j.v16.model.RegistrationStatus.ACCEPTED);
        assertThat(boot201.getStatus()).isEqualTo(RegistrationStatusEnum.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == 4);
        assertThat(seen).contains("1.6 connected CP-16", "2.0.1 connected CS-201",
                "1.6 boot from CP-16 ocpp1.6", "2.0.1 boot from CS-201 ocpp2.0.1");
        assertThat(csms16.chargePoints()).extracting(ChargePoint::identity).containsExactly("CP-16");
        assertThat(csms201.stations()).extracting(ConnectedStation::identity).containsExactly("CS-201");
    }

    private ClientConfig client(String identity, String subprotocol) {
        return ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(identity)
                .subprotocols(subprotocol)
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password("secret-of-" + identity)
                .build();
    }
}

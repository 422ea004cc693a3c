package io.ocpp4j.transport;

import static io.ocpp4j.core.testing.TestCatalog.BOOT_NOTIFICATION;
import static io.ocpp4j.core.testing.TestCatalog.SET_LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.testing.TestCatalog;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationRequest;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationResponse;
import io.ocpp4j.core.testing.TestCatalog.Limit;
import io.ocpp4j.core.testing.TestCatalog.SetLimitsRequest;
import io.ocpp4j.core.testing.TestCatalog.SetLimitsResponse;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An {@link RpcSession} on each side of a real WebSocket link, in each security profile: a CALL each way. */
class RpcEndToEndTest {

    private static final RpcRuntime RUNTIME = RpcRuntime.builder().name("transport-e2e").build();
    private static final OffsetDateTime NOON = OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String SUBPROTOCOL = TestCatalog.V201_STYLE.subprotocol();

    @AfterAll
    static void stopRuntime() {
        RUNTIME.close();
    }

    @ParameterizedTest
    @EnumSource(SecurityProfile.class)
    void aCallEachWay(SecurityProfile profile) throws Exception {
        CompletableFuture<RpcSession> csmsSession = new CompletableFuture<>();
        Handlers csmsHandlers = Handlers.builder()
                .on(BOOT_NOTIFICATION, (request, context) -> new BootNotificationResponse(
                        request.chargePointVendor().equals("ACME") ? "Accepted" : "Rejected", NOON, 300))
                .build();
        OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(profile).subprotocols(SUBPROTOCOL).build(),
                connection -> csmsSession.complete(RpcSession.builder(connection, TestCatalog.V201_STYLE, Role.CSMS)
                        .runtime(RUNTIME).handlers(csmsHandlers).build()));
        try {
            Connection connection = Fixtures.connect(Fixtures.client(server, "CS-RPC" + profile.number(), profile)
                    .subprotocols(SUBPROTOCOL).build());
            RpcSession station = RpcSession.builder(connection, TestCatalog.V201_STYLE, Role.STATION)
                    .runtime(RUNTIME)
                    .handlers(Handlers.builder()
                            .on(SET_LIMITS, (request, context) -> new SetLimitsResponse(
                                    request.limits().size() == 1 ? "Accepted" : "Rejected"))
                            .build())
                    .build();

            BootNotificationResponse boot = station.call(BOOT_NOTIFICATION, new BootNotificationRequest("ACME", "X1"))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(boot).isEqualTo(new BootNotificationResponse("Accepted", NOON, 300));

            RpcSession csms = csmsSession.get(10, TimeUnit.SECONDS);
            assertThat(csms.connection().stationIdentity()).isEqualTo("CS-RPC" + profile.number());
            SetLimitsResponse limits = csms.call(SET_LIMITS,
                            new SetLimitsRequest(1, List.of(new Limit(new BigDecimal("16.5"), "A"))))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(limits).isEqualTo(new SetLimitsResponse("Accepted"));

            // a graceful stop of the CSMS fails what the station still waits for
            server.stop();
            station.closeFuture().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> station.call(BOOT_NOTIFICATION, new BootNotificationRequest("ACME", "X1"))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ConnectionClosedException.class);
        } finally {
            server.stop();
        }
    }
}

package io.ocpp4j.v16.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStartTransactionResponse;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.station.CentralSystem;
import io.ocpp4j.v16.station.Station16;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 1.6 CSMS and station facades, wired over in-memory links. */
class FacadeTest {

    private final RpcRuntime runtime = RpcRuntime.builder().name("facade").build();
    private final ExecutorService io = Executors.newFixedThreadPool(2);
    private final List<String> events = new CopyOnWriteArrayList<>();

    private final Csms16 csms = Csms16.builder(runtime)
            .core(new io.ocpp4j.v16.csms.CoreHandler() {
                @Override
                public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request,
                                                                                    CallContext context) {
                    BootNotificationResponse response = new BootNotificationResponse();
                    response.setStatus(RegistrationStatus.ACCEPTED);
                    response.setCurrentTime(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
                    response.setInterval(300);
                    return CompletableFuture.completedFuture(response);
                }
            })
            .listener(new SessionListener<ChargePoint>() {
                @Override
                public void connected(ChargePoint chargePoint) {
                    events.add("connected " + chargePoint.identity());
                }

                @Override
                public void disconnected(ChargePoint chargePoint) {
                    events.add("disconnected " + chargePoint.identity());
                }
            })
            .build();

    private final Station16 station = Station16.builder(runtime)
            .core(new io.ocpp4j.v16.station.CoreHandler() {
                @Override
                public CompletionStage<RemoteStartTransactionResponse> onRemoteStartTransaction(
                        RemoteStartTransactionRequest request, CallContext context) {
                    RemoteStartTransactionResponse response = new RemoteStartTransactionResponse();
                    response.setStatus("TAG-1".equals(request.getIdTag())
                            ? RemoteStartStopStatus.ACCEPTED : RemoteStartStopStatus.REJECTED);
                    return CompletableFuture.completedFuture(response);
                }
            })
            .build();

    @AfterEach
    void stop() {
        io.shutdownNow();
        runtime.close();
    }

    private InMemoryConnection.Pair connect(String identity, String subprotocol) {
        InMemoryConnection.Pair pair = InMemoryConnection.pair(subprotocol, identity, io, io, 1000);
        csms.accept(pair.csms());
        station.attach(pair.station());
        return pair;
    }

    private static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void stationAndCsmsTalkTyped() throws Exception {
        connect("CP-1", "ocpp1.6");
        CentralSystem centralSystem = station.centralSystem();
        BootNotificationRequest boot = new BootNotificationRequest();
        boot.setChargePointVendor("ACME");
        boot.setChargePointModel("X1");
        assertThat(result(centralSystem.bootNotification(boot)).getStatus()).isEqualTo(RegistrationStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(5)).until(() -> csms.chargePoint("CP-1").isPresent());
        ChargePoint chargePoint = csms.chargePoint("CP-1").orElseThrow();
        RemoteStartTransactionRequest start = new RemoteStartTransactionRequest();
        start.setIdTag("TAG-1");
        assertThat(result(chargePoint.remoteStartTransaction(start)).getStatus()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(csms.chargePoints()).extracting(ChargePoint::identity).containsExactly("CP-1");
    }

    @Test
    void unhandledActionsAreNotSupported() throws Exception {
        connect("CP-1", "ocpp1.6");
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> result(station.centralSystem().heartbeat(new HeartbeatRequest())));
        assertThat(failure.getCause()).isInstanceOf(CallErrorException.class);
        assertThat(((CallErrorException) failure.getCause()).code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
        assertThat(((CallErrorException) failure.getCause()).wireCode()).isEqualTo("NotSupported");

        ResetRequest reset = new ResetRequest();
        reset.setType(ResetType.SOFT);
        ChargePoint chargePoint = csms.chargePoint("CP-1").orElseThrow();
        failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> result(chargePoint.reset(reset)));
        assertThat(((CallErrorException) failure.getCause()).code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
    }

    @Test
    void connectAndDisconnectAreReportedInOrder() {
        InMemoryConnection.Pair pair = connect("CP-7", "ocpp1.6");
        pair.station().close(1000, "bye");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 2);
        assertThat(events).containsExactly("connected CP-7", "disconnected CP-7");
        assertThat(csms.chargePoint("CP-7")).isEmpty();
        assertThat(station.centralSystem().isConnected()).isFalse();
    }

    @Test
    void aNewConnectionReplacesTheOldOneInTheRegistry() {
        InMemoryConnection.Pair first = connect("CP-2", "ocpp1.6");
        ChargePoint before = csms.chargePoint("CP-2").orElseThrow();
        connect("CP-2", "ocpp1.6");
        first.csms().close(1000, "replaced");
        await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("disconnected CP-2"));
        assertThat(csms.chargePoint("CP-2")).get().isNotSameAs(before);
        assertThat(csms.chargePoint("CP-2").orElseThrow().isConnected()).isTrue();
    }

    @Test
    void callsWhileOfflineFailAtOnce() {
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> result(station.centralSystem().heartbeat(new HeartbeatRequest())));
        assertThat(failure.getCause()).isInstanceOf(ConnectionClosedException.class);
    }

    @Test
    void aConnectionOfAnotherVersionIsRefused() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp2.0.1", "CP-9", io, io, 10);
        assertThatThrownBy(() -> csms.accept(pair.csms())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ocpp2.0.1");
        assertThat(pair.csms().isOpen()).isFalse();
        assertThat(csms.chargePoint("CP-9")).isEmpty();
    }

    @Test
    void sessionOptionsApplyPerStation() {
        List<String> configured = new CopyOnWriteArrayList<>();
        Csms16 custom = Csms16.builder(runtime)
                .sessionOptions(session -> configured.add(session.connection().stationIdentity()))
                .build();
        custom.accept(InMemoryConnection.pair("ocpp1.6", "CP-A", io, io, 10).csms());
        custom.accept(InMemoryConnection.pair("ocpp1.6", "CP-B", io, io, 10).csms());
        assertThat(configured).containsExactly("CP-A", "CP-B");
        RpcSession session = custom.chargePoint("CP-A").orElseThrow().session();
        assertThat(session.version().subprotocol()).isEqualTo("ocpp1.6");
    }
}

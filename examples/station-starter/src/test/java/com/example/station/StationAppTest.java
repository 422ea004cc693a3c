package com.example.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v16.csms.CoreHandler;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The starter station against a small CSMS over a real WebSocket on 127.0.0.1. */
class StationAppTest {

    private final RpcRuntime runtime = RpcRuntime.create();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> heartbeat = new CompletableFuture<>();
    private final CompletableFuture<String> started = new CompletableFuture<>();
    private final CompletableFuture<Integer> stopped = new CompletableFuture<>();
    private final Csms16 csms = Csms16.builder(runtime).core(new CoreHandler() {
        @Override
        public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest r, CallContext c) {
            seen.add("boot " + r.getChargePointModel());
            return done(new BootNotificationResponse().withStatus(RegistrationStatus.ACCEPTED)
                    .withCurrentTime(OffsetDateTime.now()).withInterval(1));
        }

        @Override
        public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest r, CallContext c) {
            heartbeat.complete(null);
            return done(new HeartbeatResponse().withCurrentTime(OffsetDateTime.now()));
        }

        @Override
        public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest r, CallContext c) {
            seen.add(r.getStatus().value());
            return done(new StatusNotificationResponse());
        }

        @Override
        public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest r, CallContext c) {
            return done(new AuthorizeResponse().withIdTagInfo(new IdTagInfo().withStatus(
                    r.getIdTag().equals("GOOD") ? AuthorizationStatus.ACCEPTED : AuthorizationStatus.INVALID)));
        }

        @Override
        public CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest r, CallContext c) {
            seen.add("start " + r.getIdTag());
            started.complete(r.getIdTag());
            return done(new StartTransactionResponse().withTransactionId(42)
                    .withIdTagInfo(new IdTagInfo().withStatus(AuthorizationStatus.ACCEPTED)));
        }

        @Override
        public CompletionStage<StopTransactionResponse> onStopTransaction(StopTransactionRequest r, CallContext c) {
            seen.add("stop " + r.getReason().value() + " " + r.getMeterStop());
            stopped.complete(r.getTransactionId());
            return done(new StopTransactionResponse());
        }
    }).build();
    private final OcppWebSocketServer server = OcppWebSocketServer.start(ServerConfig.builder()
            .host("127.0.0.1").port(0).pathPrefix("/ocpp").subprotocols("ocpp1.6")
            .securityProfile(SecurityProfile.BASIC_AUTH)
            .authenticator(Authenticators.basicAuth(id -> "secret-0123456789".getBytes(StandardCharsets.UTF_8)))
            .build(), csms::accept);
    private final StationApp station = new StationApp(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"),
            "CP-1", "secret-0123456789");

    @AfterEach
    void stop() {
        station.close();
        server.stop();
        runtime.close();
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private static <T> T within10s(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void bootsSendsHeartbeatsAndChargesFromHardwareEvents() throws Exception {
        station.start();
        within10s(station.accepted());
        within10s(heartbeat); // the CSMS asked for one every second

        assertThat(within10s(station.cardPresented("BAD"))).isNull();
        station.meterWh(1_000);
        assertThat(within10s(station.cardPresented("GOOD"))).isEqualTo(42);
        station.meterWh(9_000);
        within10s(station.cableUnplugged());

        assertThat(seen).containsSubsequence("boot Starter", "Available", "Preparing", "start GOOD", "Charging",
                "stop EVDisconnected 9000", "Available");
    }

    @Test
    void theCsmsStartsAndStopsRemotely() throws Exception {
        station.start();
        within10s(station.accepted());
        var chargePoint = csms.chargePoint("CP-1").orElseThrow();
        assertThat(within10s(chargePoint.remoteStartTransaction(new RemoteStartTransactionRequest().withIdTag("GOOD")))
                .getStatus()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(within10s(started)).isEqualTo("GOOD"); // the station starts right after answering
        assertThat(within10s(chargePoint.remoteStopTransaction(new io.ocpp4j.v16.model.RemoteStopTransactionRequest()
                .withTransactionId(42))).getStatus()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(within10s(stopped)).isEqualTo(42);
    }
}

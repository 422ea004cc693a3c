package io.ocpp4j.v201.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.ReconnectingClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v201.csms.ConnectedStation;
import io.ocpp4j.v201.csms.Csms201;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootNotificationResponse;
import io.ocpp4j.v201.model.BootReasonEnum;
import io.ocpp4j.v201.model.ChargingStation;
import io.ocpp4j.v201.model.GetVariableData;
import io.ocpp4j.v201.model.GetVariableResult;
import io.ocpp4j.v201.model.GetVariableStatusEnum;
import io.ocpp4j.v201.model.GetVariablesRequest;
import io.ocpp4j.v201.model.GetVariablesResponse;
import io.ocpp4j.v201.model.Component;
import io.ocpp4j.v201.model.RegistrationStatusEnum;
import io.ocpp4j.v201.model.Variable;
import io.ocpp4j.v201.station.Station201;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The code of docs/ocpp201.md, run over real sockets so the guide stays true. */
class Ocpp201GuideTest {

    @Test
    void theGuideWorks() throws Exception {
        try (RpcRuntime runtime = RpcRuntime.create()) {
            // --- docs/ocpp201.md: a minimal CSMS
            Csms201 csms = Csms201.builder(runtime)
                    .provisioning(new io.ocpp4j.v201.csms.ProvisioningHandler() {
                        @Override
                        public CompletionStage<BootNotificationResponse> onBootNotification(
                                BootNotificationRequest request, CallContext context) {
                            return CompletableFuture.completedFuture(new BootNotificationResponse()
                                    .withStatus(RegistrationStatusEnum.ACCEPTED)
                                    .withCurrentTime(OffsetDateTime.now(ZoneOffset.UTC))
                                    .withInterval(300));
                        }
                    })
                    .build();
            OcppWebSocketServer server = OcppWebSocketServer.start(ServerConfig.builder()
                    .host("127.0.0.1").port(0).pathPrefix("/ocpp")
                    .subprotocols("ocpp2.0.1")
                    .securityProfile(SecurityProfile.BASIC_AUTH)
                    .authenticator(Authenticators.basicAuth(identity -> "CS-1".equals(identity)
                            ? "a-password-of-16+chars".getBytes(StandardCharsets.UTF_8) : null))
                    .build(), csms::accept);

            // --- docs/ocpp201.md: a minimal station
            Station201 station = Station201.builder(runtime)
                    .provisioning(new io.ocpp4j.v201.station.ProvisioningHandler() {
                        @Override
                        public CompletionStage<GetVariablesResponse> onGetVariables(GetVariablesRequest request,
                                                                                    CallContext context) {
                            List<GetVariableResult> results = request.getGetVariableData().stream()
                                    .map(data -> new GetVariableResult()
                                            .withComponent(data.getComponent())
                                            .withVariable(data.getVariable())
                                            .withAttributeStatus(GetVariableStatusEnum.UNKNOWN_VARIABLE))
                                    .toList();
                            return CompletableFuture.completedFuture(new GetVariablesResponse().withGetVariableResult(results));
                        }
                    })
                    .build();
            ReconnectingClient client = new ReconnectingClient(ClientConfig.builder()
                    .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
                    .stationIdentity("CS-1")
                    .subprotocols("ocpp2.0.1")
                    .securityProfile(SecurityProfile.BASIC_AUTH)
                    .password("a-password-of-16+chars")
                    .build(), BackoffPolicy.ofSeconds(10, 10, 3), station::attach, change -> { });
            client.start();
            // ---
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> station.csms().isConnected());
                BootNotificationResponse boot = station.csms().bootNotification(new BootNotificationRequest()
                                .withReason(BootReasonEnum.POWER_UP)
                                .withChargingStation(new ChargingStation().withVendorName("ACME").withModel("X2")))
                        .toCompletableFuture().get(10, TimeUnit.SECONDS);
                assertThat(boot.getStatus()).isEqualTo(RegistrationStatusEnum.ACCEPTED);

                ConnectedStation connected = csms.station("CS-1").orElseThrow();
                GetVariablesResponse variables = connected.getVariables(new GetVariablesRequest().withGetVariableData(List.of(
                                new GetVariableData().withComponent(new Component().withName("OCPPCommCtrlr"))
                                        .withVariable(new Variable().withName("HeartbeatInterval")))))
                        .toCompletableFuture().get(10, TimeUnit.SECONDS);
                assertThat(variables.getGetVariableResult()).singleElement()
                        .extracting(GetVariableResult::getAttributeStatus).isEqualTo(GetVariableStatusEnum.UNKNOWN_VARIABLE);
            } finally {
                client.close();
                server.close();
            }
        }
    }
}

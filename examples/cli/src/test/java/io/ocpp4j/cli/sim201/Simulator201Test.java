package io.ocpp4j.cli.sim201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.v201.Ocpp201;
import io.ocpp4j.v201.csms.AuthorizationHandler;
import io.ocpp4j.v201.csms.AvailabilityHandler;
import io.ocpp4j.v201.csms.ConnectedStation;
import io.ocpp4j.v201.csms.Csms201;
import io.ocpp4j.v201.csms.MeterValuesHandler;
import io.ocpp4j.v201.csms.ProvisioningHandler;
import io.ocpp4j.v201.csms.TransactionsHandler;
import io.ocpp4j.v201.model.AttributeEnum;
import io.ocpp4j.v201.model.AuthorizationStatusEnum;
import io.ocpp4j.v201.model.AuthorizeRequest;
import io.ocpp4j.v201.model.AuthorizeResponse;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootNotificationResponse;
import io.ocpp4j.v201.model.BootReasonEnum;
import io.ocpp4j.v201.model.Component;
import io.ocpp4j.v201.model.ConnectorStatusEnum;
import io.ocpp4j.v201.model.GetVariableData;
import io.ocpp4j.v201.model.GetVariableResult;
import io.ocpp4j.v201.model.GetVariableStatusEnum;
import io.ocpp4j.v201.model.GetVariablesRequest;
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.HeartbeatResponse;
import io.ocpp4j.v201.model.IdToken;
import io.ocpp4j.v201.model.IdTokenEnum;
import io.ocpp4j.v201.model.IdTokenInfo;
import io.ocpp4j.v201.model.MeasurandEnum;
import io.ocpp4j.v201.model.MessageTriggerEnum;
import io.ocpp4j.v201.model.MeterValuesRequest;
import io.ocpp4j.v201.model.MeterValuesResponse;
import io.ocpp4j.v201.model.ReadingContextEnum;
import io.ocpp4j.v201.model.ReasonEnum;
import io.ocpp4j.v201.model.RegistrationStatusEnum;
import io.ocpp4j.v201.model.RequestStartStopStatusEnum;
import io.ocpp4j.v201.model.RequestStartTransactionRequest;
import io.ocpp4j.v201.model.RequestStopTransactionRequest;
import io.ocpp4j.v201.model.ResetEnum;
import io.ocpp4j.v201.model.ResetRequest;
import io.ocpp4j.v201.model.ResetStatusEnum;
import io.ocpp4j.v201.model.SampledValue;
import io.ocpp4j.v201.model.SetVariableData;
import io.ocpp4j.v201.model.SetVariableResult;
import io.ocpp4j.v201.model.SetVariableStatusEnum;
import io.ocpp4j.v201.model.SetVariablesRequest;
import io.ocpp4j.v201.model.StatusNotificationRequest;
import io.ocpp4j.v201.model.StatusNotificationResponse;
import io.ocpp4j.v201.model.TransactionEventEnum;
import io.ocpp4j.v201.model.TransactionEventRequest;
import io.ocpp4j.v201.model.TransactionEventResponse;
import io.ocpp4j.v201.model.TriggerMessageRequest;
import io.ocpp4j.v201.model.TriggerMessageStatusEnum;
import io.ocpp4j.v201.model.TriggerReasonEnum;
import io.ocpp4j.v201.model.Variable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated 2.0.1 station driven by an in-process {@link Csms201} over an in-memory link: boot and
 * heartbeats, GetVariables/SetVariables, Authorize, RequestStart → TransactionEvent Started / Updated /
 * Ended, RequestStop, MeterValues, Reset. Waits are bounded; timers run in real time only where the
 * behaviour is a timer (heartbeat and TxUpdatedInterval at 1 s).
 */
class Simulator201Test {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ID = "SIM-201";
    private static final String GOOD = "04A1B2C3";
    private static final String BLOCKED = "DEADBEEF";

    private RpcRuntime runtime;
    private ExecutorService stationIo;
    private ExecutorService csmsIo;
    private Csms201 csms;
    private Simulator201 sim;
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();
    private volatile int heartbeatInterval = 3600;

    @BeforeEach
    void start() {
        runtime = RpcRuntime.create();
        stationIo = Executors.newSingleThreadExecutor();
        csmsIo = Executors.newSingleThreadExecutor();
        Handlers handlers = new Handlers();
        csms = Csms201.builder(runtime).provisioning(handlers).authorization(handlers).transactions(handlers)
                .availability(handlers).meterValues(handlers).listener(new SessionListener<ConnectedStation>() {
                    @Override
                    public void disconnected(ConnectedStation peer) {
                        disconnects.add(peer.identity());
                    }
                }).build();
        sim = new Simulator201(new Simulator201.Settings("Joint", "EVM002", "1.0", 2, false, 3, 32,
                List.of("Energy.Active.Import.Register", "Power.Active.Import", "Current.Import"),
                List.of("Energy.Active.Import.Register", "Power.Active.Import", "Current.Import", "Voltage"),
                Set.of("A", "W"), true, 0, 86_400, 0, true), ID, runtime, new RpcListener() { });
    }

    @AfterEach
    void stop() {
        sim.close();
        csms.closeAll();
        stationIo.shutdownNow();
        csmsIo.shutdownNow();
        runtime.close();
    }

    private void connect() {
        InMemoryConnection.Pair pair = InMemoryConnection.pair(Ocpp201.VERSION.subprotocol(), ID, stationIo, csmsIo, 1000);
        csms.accept(pair.csms());
        sim.attach(pair.station());
    }

    private ConnectedStation bootedStation() throws Exception {
        connect();
        BootNotificationRequest boot = next(BootNotificationRequest.class, b -> true);
        assertThat(boot.getReason()).isEqualTo(BootReasonEnum.POWER_UP);
        assertThat(boot.getChargingStation().getModel()).isEqualTo("EVM002");
        sim.booted().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return csms.station(ID).orElseThrow();
    }

    @Test
    void bootsReportsEachEvseAndHeartbeatsAtTheAcceptedInterval() throws Exception {
        heartbeatInterval = 1;
        bootedStation();
        List<Integer> reported = new ArrayList<>();
        reported.add(next(StatusNotificationRequest.class, s -> true).getEvseId());
        reported.add(next(StatusNotificationRequest.class, s -> true).getEvseId());
        assertThat(reported).containsExactlyInAnyOrder(1, 2);
        assertThat(sim.variables().intValue("OCPPCommCtrlr", "HeartbeatInterval")).isEqualTo(1);
        next(HeartbeatRequest.class, h -> true); // sent by the timer, about a second after the boot
    }

    @Test
    void answersGetVariablesAndSetVariablesOnItsDeviceModel() throws Exception {
        ConnectedStation station = bootedStation();

        List<GetVariableResult> got = await(station.getVariables(new GetVariablesRequest().withGetVariableData(List.of(
                get("OCPPCommCtrlr", "HeartbeatInterval", null),
                get("AuthCtrlr", "Enabled", null),
                get("DeviceDataCtrlr", "ItemsPerMessage", "GetVariables"),
                get("NoSuchCtrlr", "HeartbeatInterval", null),
                get("TxCtrlr", "NoSuchVariable", null),
                get("OCPPCommCtrlr", "HeartbeatInterval", null).withAttributeType(AttributeEnum.TARGET))))).getGetVariableResult();
        assertThat(got).extracting(GetVariableResult::getAttributeStatus).containsExactly(GetVariableStatusEnum.ACCEPTED,
                GetVariableStatusEnum.ACCEPTED, GetVariableStatusEnum.ACCEPTED, GetVariableStatusEnum.UNKNOWN_COMPONENT,
                GetVariableStatusEnum.UNKNOWN_VARIABLE, GetVariableStatusEnum.NOT_SUPPORTED_ATTRIBUTE_TYPE);
        assertThat(got).extracting(GetVariableResult::getAttributeValue).startsWith("3600", "true", "20");

        List<SetVariableResult> set = await(station.setVariables(new SetVariablesRequest().withSetVariableData(List.of(
                set("OCPPCommCtrlr", "HeartbeatInterval", "120"),
                set("TxCtrlr", "EVConnectionTimeOut", "90"),
                set("AuthCtrlr", "Enabled", "maybe"),
                set("SampledDataCtrlr", "TxUpdatedInterval", "-1"),
                set("SampledDataCtrlr", "TxUpdatedMeasurands", "Voltage,Energy.Active.Import.Register"),
                set("SampledDataCtrlr", "TxUpdatedMeasurands", "SoC"),
                set("SecurityCtrlr", "SecurityProfile", "3"),
                set("NoSuchCtrlr", "X", "1"),
                set("TxCtrlr", "NoSuchVariable", "1"))))).getSetVariableResult();
        assertThat(set).extracting(SetVariableResult::getAttributeStatus).containsExactly(SetVariableStatusEnum.ACCEPTED,
                SetVariableStatusEnum.ACCEPTED, SetVariableStatusEnum.REJECTED, SetVariableStatusEnum.REJECTED,
                SetVariableStatusEnum.ACCEPTED, SetVariableStatusEnum.REJECTED, SetVariableStatusEnum.REJECTED,
                SetVariableStatusEnum.UNKNOWN_COMPONENT, SetVariableStatusEnum.UNKNOWN_VARIABLE);
        assertThat(set.get(6).getAttributeStatusInfo().getReasonCode()).isEqualTo("ReadOnly");
        assertThat(set.get(3).getAttributeStatusInfo().getReasonCode()).isEqualTo("ValueOutOfRange");

        List<GetVariableResult> after = await(station.getVariables(new GetVariablesRequest().withGetVariableData(List.of(
                get("OCPPCommCtrlr", "HeartbeatInterval", null), get("TxCtrlr", "EVConnectionTimeOut", null),
                get("AuthCtrlr", "Enabled", null), get("SampledDataCtrlr", "TxUpdatedMeasurands", null),
                get("SecurityCtrlr", "SecurityProfile", null))))).getGetVariableResult();
        assertThat(after).extracting(GetVariableResult::getAttributeValue)
                .containsExactly("120", "90", "true", "Voltage,Energy.Active.Import.Register", "0");

        List<GetVariableData> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(get("AuthCtrlr", "Enabled", null));
        }
        assertThatThrownBy(() -> await(station.getVariables(new GetVariablesRequest().withGetVariableData(tooMany))))
                .isInstanceOfSatisfying(CallErrorException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION));
    }

    @Test
    void remoteStartSendsStartedUpdatedAndEndedWithSequenceNumbersAndMeterValues() throws Exception {
        ConnectedStation station = bootedStation();
        CompletableFuture<String> started = sim.nextStart(2);

        assertThat(await(station.requestStartTransaction(new RequestStartTransactionRequest().withEvseId(2)
                .withRemoteStartId(7).withIdToken(token(GOOD)))).getStatus()).isEqualTo(RequestStartStopStatusEnum.ACCEPTED);
        assertThat(next(StatusNotificationRequest.class, s -> s.getConnectorStatus() == ConnectorStatusEnum.OCCUPIED)
                .getEvseId()).isEqualTo(2);
        TransactionEventRequest start = next(TransactionEventRequest.class, e -> true);
        assertThat(start.getEventType()).isEqualTo(TransactionEventEnum.STARTED);
        assertThat(start.getSeqNo()).isZero();
        assertThat(start.getTriggerReason()).isEqualTo(TriggerReasonEnum.REMOTE_START);
        assertThat(start.getTransactionInfo().getRemoteStartId()).isEqualTo(7);
        assertThat(start.getIdToken().getIdToken()).isEqualTo(GOOD);
        assertThat(start.getEvse().getId()).isEqualTo(2);
        assertThat(start.getMeterValue().get(0).getSampledValue()).extracting(SampledValue::getContext)
                .containsOnly(ReadingContextEnum.TRANSACTION_BEGIN);
        String transactionId = started.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(start.getTransactionInfo().getTransactionId()).isEqualTo(transactionId);
        assertThat(await(station.requestStartTransaction(new RequestStartTransactionRequest().withEvseId(2)
                .withRemoteStartId(8).withIdToken(token(GOOD)))).getStatus())
                .as("EVSE 2 is busy").isEqualTo(RequestStartStopStatusEnum.REJECTED);

        // Periodic Updated events every TxUpdatedInterval, once the CSMS sets it.
        assertThat(await(station.setVariables(new SetVariablesRequest().withSetVariableData(List.of(
                set("SampledDataCtrlr", "TxUpdatedInterval", "1"))))).getSetVariableResult().get(0).getAttributeStatus())
                .isEqualTo(SetVariableStatusEnum.ACCEPTED);
        TransactionEventRequest updated = next(TransactionEventRequest.class, e -> true);
        assertThat(updated.getEventType()).isEqualTo(TransactionEventEnum.UPDATED);
        assertThat(updated.getSeqNo()).isEqualTo(1);
        assertThat(updated.getTriggerReason()).isEqualTo(TriggerReasonEnum.METER_VALUE_PERIODIC);
        assertThat(updated.getMeterValue().get(0).getSampledValue()).extracting(SampledValue::getMeasurand)
                .contains(MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER, MeasurandEnum.POWER_ACTIVE_IMPORT);
        await(station.setVariables(new SetVariablesRequest().withSetVariableData(List.of(
                set("SampledDataCtrlr", "TxUpdatedInterval", "0")))));

        assertThat(await(station.requestStopTransaction(new RequestStopTransactionRequest().withTransactionId("nope")))
                .getStatus()).isEqualTo(RequestStartStopStatusEnum.REJECTED);
        CompletableFuture<String> stopped = sim.nextStop(2);
        assertThat(await(station.requestStopTransaction(new RequestStopTransactionRequest().withTransactionId(transactionId)))
                .getStatus()).isEqualTo(RequestStartStopStatusEnum.ACCEPTED);
        TransactionEventRequest ended = next(TransactionEventRequest.class, e -> e.getEventType() == TransactionEventEnum.ENDED);
        assertThat(ended.getTriggerReason()).isEqualTo(TriggerReasonEnum.REMOTE_STOP);
        assertThat(ended.getTransactionInfo().getStoppedReason()).isEqualTo(ReasonEnum.REMOTE);
        assertThat(ended.getTransactionInfo().getTransactionId()).isEqualTo(transactionId);
        assertThat(ended.getSeqNo()).isGreaterThan(updated.getSeqNo());
        assertThat(ended.getMeterValue().get(0).getSampledValue()).extracting(SampledValue::getContext)
                .containsOnly(ReadingContextEnum.TRANSACTION_END);
        assertThat(stopped.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(transactionId);
        assertThat(next(StatusNotificationRequest.class, s -> s.getConnectorStatus() == ConnectorStatusEnum.AVAILABLE)
                .getEvseId()).isEqualTo(2);
        assertThat(sim.charging(2)).isFalse();
    }

    @Test
    void authorizesLocallyStartedSessionsAndSendsMeterValuesWhenTriggered() throws Exception {
        ConnectedStation station = bootedStation();
        assertThat(sim.presentTag(BLOCKED).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
        assertThat(sim.presentTag(GOOD).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(next(AuthorizeRequest.class, a -> true).getIdToken().getIdToken()).isEqualTo(BLOCKED);
        assertThat(next(AuthorizeRequest.class, a -> true).getIdToken().getIdToken()).isEqualTo(GOOD);

        String transactionId = sim.startCharging(1, GOOD).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(next(TransactionEventRequest.class, e -> true).getTriggerReason()).isEqualTo(TriggerReasonEnum.AUTHORIZED);
        sim.sendMeterValues(1).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(next(TransactionEventRequest.class, e -> true).getSeqNo()).isEqualTo(1);

        assertThat(await(station.triggerMessage(new TriggerMessageRequest()
                .withRequestedMessage(MessageTriggerEnum.METER_VALUES))).getStatus()).isEqualTo(TriggerMessageStatusEnum.ACCEPTED);
        MeterValuesRequest meterValues = next(MeterValuesRequest.class, m -> true);
        assertThat(meterValues.getMeterValue().get(0).getSampledValue()).extracting(SampledValue::getContext)
                .containsOnly(ReadingContextEnum.TRIGGER);

        sim.stopCharging(1).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        TransactionEventRequest ended = next(TransactionEventRequest.class, e -> true);
        assertThat(ended.getEventType()).isEqualTo(TransactionEventEnum.ENDED);
        assertThat(ended.getSeqNo()).isEqualTo(2);
        assertThat(ended.getTransactionInfo().getTransactionId()).isEqualTo(transactionId);
        assertThat(ended.getTransactionInfo().getStoppedReason()).isEqualTo(ReasonEnum.LOCAL);

        // With authorization off, a token is not checked with the CSMS.
        sim.variables().put("AuthCtrlr", "Enabled", "false");
        assertThat(sim.presentTag(BLOCKED).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(received.stream().filter(AuthorizeRequest.class::isInstance)).isEmpty();
    }

    @Test
    void resetEndsTransactionsThenRebootsWithReasonRemoteReset() throws Exception {
        ConnectedStation station = bootedStation();
        CompletableFuture<String> started = sim.nextStart(1);
        await(station.requestStartTransaction(new RequestStartTransactionRequest().withEvseId(1).withRemoteStartId(1)
                .withIdToken(token(GOOD))));
        String transactionId = started.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(await(station.reset(new ResetRequest().withType(ResetEnum.ON_IDLE))).getStatus())
                .as("OnIdle while charging").isEqualTo(ResetStatusEnum.SCHEDULED);
        assertThat(await(station.reset(new ResetRequest().withType(ResetEnum.IMMEDIATE))).getStatus())
                .isEqualTo(ResetStatusEnum.ACCEPTED);
        TransactionEventRequest ended = next(TransactionEventRequest.class, e -> e.getEventType() == TransactionEventEnum.ENDED);
        assertThat(ended.getTransactionInfo().getTransactionId()).isEqualTo(transactionId);
        assertThat(ended.getTriggerReason()).isEqualTo(TriggerReasonEnum.RESET_COMMAND);
        assertThat(ended.getTransactionInfo().getStoppedReason()).isEqualTo(ReasonEnum.IMMEDIATE_RESET);

        CompletableFuture<BootNotificationResponse> rebooted = sim.nextBoot();
        awaitDisconnected();
        connect(); // the station's link comes back after the reboot
        assertThat(next(BootNotificationRequest.class, b -> true).getReason()).isEqualTo(BootReasonEnum.REMOTE_RESET);
        assertThat(rebooted.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).getStatus()).isEqualTo(RegistrationStatusEnum.ACCEPTED);
        assertThat(sim.accepted()).isTrue();
        assertThat(sim.charging(1)).isFalse();
    }

    // ---- the CSMS ------------------------------------------------------------------------------

    private final class Handlers implements ProvisioningHandler, AuthorizationHandler, TransactionsHandler,
            AvailabilityHandler, MeterValuesHandler {

        @Override
        public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request,
                                                                            CallContext context) {
            received.add(request);
            return CompletableFuture.completedFuture(new BootNotificationResponse()
                    .withStatus(RegistrationStatusEnum.ACCEPTED).withCurrentTime(now()).withInterval(heartbeatInterval));
        }

        @Override
        public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
            received.add(request);
            return CompletableFuture.completedFuture(new AuthorizeResponse().withIdTokenInfo(info(request.getIdToken())));
        }

        @Override
        public CompletionStage<TransactionEventResponse> onTransactionEvent(TransactionEventRequest request,
                                                                            CallContext context) {
            received.add(request);
            TransactionEventResponse response = new TransactionEventResponse();
            if (request.getIdToken() != null) {
                response.setIdTokenInfo(info(request.getIdToken()));
            }
            return CompletableFuture.completedFuture(response);
        }

        @Override
        public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
            received.add(request);
            return CompletableFuture.completedFuture(new HeartbeatResponse().withCurrentTime(now()));
        }

        @Override
        public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request,
                                                                                CallContext context) {
            received.add(request);
            return CompletableFuture.completedFuture(new StatusNotificationResponse());
        }

        @Override
        public CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
            received.add(request);
            return CompletableFuture.completedFuture(new MeterValuesResponse());
        }

        private IdTokenInfo info(IdToken token) {
            return new IdTokenInfo().withStatus(token.getIdToken().equals(BLOCKED) ? AuthorizationStatusEnum.BLOCKED
                    : AuthorizationStatusEnum.ACCEPTED);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** @return the next message of that type the CSMS received that matches; others of the type before it are skipped */
    private <T> T next(Class<T> type, Predicate<T> matching) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Object> seen = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Object message = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no matching " + type.getSimpleName() + " within " + WAIT + "; saw " + seen);
            }
            if (type.isInstance(message) && matching.test(type.cast(message))) {
                return type.cast(message);
            }
            seen.add(message.getClass().getSimpleName());
        }
    }

    private void awaitDisconnected() throws InterruptedException {
        assertThat(disconnects.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("the station drops its link after Reset").isEqualTo(ID);
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        try {
            return stage.toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static GetVariableData get(String component, String variable, String instance) {
        return new GetVariableData().withComponent(new Component().withName(component))
                .withVariable(new Variable().withName(variable).withInstance(instance));
    }

    private static SetVariableData set(String component, String variable, String value) {
        return new SetVariableData().withComponent(new Component().withName(component))
                .withVariable(new Variable().withName(variable)).withAttributeValue(value);
    }

    private static IdToken token(String id) {
        return new IdToken().withIdToken(id).withType(IdTokenEnum.ISO_14443);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

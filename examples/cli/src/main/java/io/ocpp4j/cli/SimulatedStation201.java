package io.ocpp4j.cli;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.core.frame.FrameProblem;
import io.ocpp4j.v201.Ocpp201;
import io.ocpp4j.v201.model.AuthorizationStatusEnum;
import io.ocpp4j.v201.model.AuthorizeRequest;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootNotificationResponse;
import io.ocpp4j.v201.model.BootReasonEnum;
import io.ocpp4j.v201.model.ChangeAvailabilityRequest;
import io.ocpp4j.v201.model.ChangeAvailabilityResponse;
import io.ocpp4j.v201.model.ChangeAvailabilityStatusEnum;
import io.ocpp4j.v201.model.ChargingProfile;
import io.ocpp4j.v201.model.ChargingProfilePurposeEnum;
import io.ocpp4j.v201.model.ChargingProfileStatusEnum;
import io.ocpp4j.v201.model.ChargingRateUnitEnum;
import io.ocpp4j.v201.model.ChargingSchedule;
import io.ocpp4j.v201.model.ChargingStateEnum;
import io.ocpp4j.v201.model.ChargingStation;
import io.ocpp4j.v201.model.ConnectorStatusEnum;
import io.ocpp4j.v201.model.EVSE;
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.IdToken;
import io.ocpp4j.v201.model.IdTokenEnum;
import io.ocpp4j.v201.model.IdTokenInfo;
import io.ocpp4j.v201.model.MeasurandEnum;
import io.ocpp4j.v201.model.MeterValue;
import io.ocpp4j.v201.model.ReadingContextEnum;
import io.ocpp4j.v201.model.ReasonEnum;
import io.ocpp4j.v201.model.RegistrationStatusEnum;
import io.ocpp4j.v201.model.RequestStartStopStatusEnum;
import io.ocpp4j.v201.model.RequestStartTransactionRequest;
import io.ocpp4j.v201.model.RequestStartTransactionResponse;
import io.ocpp4j.v201.model.RequestStopTransactionRequest;
import io.ocpp4j.v201.model.RequestStopTransactionResponse;
import io.ocpp4j.v201.model.ResetRequest;
import io.ocpp4j.v201.model.ResetResponse;
import io.ocpp4j.v201.model.ResetStatusEnum;
import io.ocpp4j.v201.model.SampledValue;
import io.ocpp4j.v201.model.SetChargingProfileRequest;
import io.ocpp4j.v201.model.SetChargingProfileResponse;
import io.ocpp4j.v201.model.StatusNotificationRequest;
import io.ocpp4j.v201.model.Transaction;
import io.ocpp4j.v201.model.TransactionEventEnum;
import io.ocpp4j.v201.model.TransactionEventRequest;
import io.ocpp4j.v201.model.TriggerMessageRequest;
import io.ocpp4j.v201.model.TriggerMessageResponse;
import io.ocpp4j.v201.model.TriggerMessageStatusEnum;
import io.ocpp4j.v201.model.TriggerReasonEnum;
import io.ocpp4j.v201.model.UnitOfMeasure;
import io.ocpp4j.v201.station.AvailabilityHandler;
import io.ocpp4j.v201.station.ProvisioningHandler;
import io.ocpp4j.v201.station.RemoteControlHandler;
import io.ocpp4j.v201.station.SmartChargingHandler;
import io.ocpp4j.v201.station.Station201;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated OCPP 2.0.1 charging station with in-memory hardware, on the {@link Station201} facade:
 * boot, connector status, heartbeats, Authorize, transactions as TransactionEvent Started / Updated /
 * Ended with meter values, remote start and stop, TxProfile limits within the profile's charging rate
 * units, reset, availability and triggers. One connector per EVSE. Like {@link SimulatedStation16} it
 * is small on purpose (no device model beyond what the CSMS cannot do without, no offline queue); a
 * 2.0.1 station runtime is meant to replace its internals.
 */
final class SimulatedStation201 implements SimulatedStation {

    private static final int SIMULATED_SAMPLE_SECONDS = 300;

    private final StationProfile profile;
    private final String identity;
    private final RpcRuntime runtime;
    private final Station201 station;
    private final boolean periodicMeterValues;
    private final Evse[] evses;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final CompletableFuture<BootNotificationResponse> booted = new CompletableFuture<>();
    private final AtomicInteger transactionNumbers = new AtomicInteger();
    private final Object lock = new Object();
    private volatile RegistrationStatusEnum registration;
    private volatile ScheduledFuture<?> heartbeat;
    private volatile int sampleInterval;
    private volatile int connects;
    private volatile boolean closed;
    private CompletableFuture<Void> nextConnect; // guarded by lock

    SimulatedStation201(StationProfile profile, String identity, RpcRuntime runtime, RpcListener listener,
                        int connectors, boolean periodicMeterValues) {
        if (!profile.ocpp().equals("2.0.1")) {
            throw new IllegalArgumentException("profile " + profile.name() + " is an OCPP " + profile.ocpp() + " station");
        }
        this.profile = profile;
        this.identity = identity;
        this.runtime = runtime;
        this.periodicMeterValues = periodicMeterValues;
        this.sampleInterval = profile.meterValueSampleInterval();
        int count = connectors > 0 ? connectors : profile.connectors();
        this.evses = new Evse[count + 1];
        for (int i = 1; i <= count; i++) {
            evses[i] = new Evse(i, 500_000L * i + 7_777L * identity.length());
        }
        RpcListener problemListener = new RpcListener() {
            @Override
            public void callEnded(String action, Outcome outcome, long latencyNanos) {
                if (outcome == Outcome.CALL_ERROR || outcome == Outcome.INVALID_RESPONSE || outcome == Outcome.TIMEOUT) {
                    problems.add(action + ": " + outcome.name().toLowerCase().replace('_', ' ') + " from the CSMS");
                }
            }

            @Override
            public void malformedFrame(FrameProblem problem) {
                problems.add("malformed frame from the CSMS (" + problem + ")");
            }
        };
        Handlers handlers = new Handlers();
        Station201.Builder builder = Station201.builder(runtime)
                .sessionOptions(session -> session.listener(SimulatedStation16.both(listener, problemListener)))
                .listener(new SessionListener<RpcSession>() {
                    @Override
                    public void connected(RpcSession session) {
                        onConnected();
                    }
                })
                .remoteControl(handlers)
                .provisioning(handlers)
                .availability(handlers);
        if (profile.supports("SmartCharging")) { // not certified: SetChargingProfile is answered NotSupported
            builder.smartCharging(handlers);
        }
        this.station = builder.build();
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public StationProfile profile() {
        return profile;
    }

    @Override
    public String subprotocol() {
        return Ocpp201.VERSION.subprotocol();
    }

    @Override
    public void attach(Connection connection) {
        station.attach(connection);
    }

    @Override
    public CompletableFuture<BootNotificationResponse> booted() {
        return booted;
    }

    @Override
    public boolean accepted() {
        return registration == RegistrationStatusEnum.ACCEPTED;
    }

    @Override
    public int connects() {
        return connects;
    }

    @Override
    public boolean isConnected() {
        return station.csms().isConnected();
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void configure(String key, String value) {
        if (key.equals("MeterValueSampleInterval") || key.equals("SampledDataTxUpdatedInterval")) {
            sampleInterval = Integer.parseInt(value);
        } else {
            throw new IllegalArgumentException("no variable " + key + " in this simulator");
        }
    }

    @Override
    public void securityProfile(int number) {
        // reported through the device model, which this simulator does not keep
    }

    @Override
    public void close() {
        closed = true;
        cancel(heartbeat);
        for (int i = 1; i < evses.length; i++) {
            cancel(evses[i].meterTimer);
        }
    }

    @Override
    public CompletableFuture<Void> nextConnect() {
        synchronized (lock) {
            if (nextConnect == null) {
                nextConnect = new CompletableFuture<>();
            }
            return nextConnect;
        }
    }

    private void onConnected() {
        connects++;
        CompletableFuture<Void> waiter;
        synchronized (lock) {
            waiter = nextConnect;
            nextConnect = null;
        }
        if (waiter != null) {
            waiter.complete(null);
        }
        if (accepted()) {
            statusAll();
        } else {
            boot(BootReasonEnum.POWER_UP);
        }
    }

    private void boot(BootReasonEnum reason) {
        station.csms().bootNotification(new BootNotificationRequest().withReason(reason)
                        .withChargingStation(new ChargingStation().withVendorName(clip(profile.vendor(), 50))
                                .withModel(clip(profile.model(), 20)).withSerialNumber(clip(identity, 25))
                                .withFirmwareVersion(clip(profile.firmwareVersion(), 50))))
                .whenComplete((response, failure) -> {
                    if (failure != null || closed) {
                        return;
                    }
                    registration = response.getStatus();
                    if (response.getStatus() == RegistrationStatusEnum.ACCEPTED) {
                        int interval = Math.max(profile.heartbeatIntervalMin(),
                                Math.min(profile.heartbeatIntervalMax(), response.getInterval()));
                        cancel(heartbeat);
                        if (interval > 0) {
                            heartbeat = runtime.scheduler().scheduleAtFixedRate(() -> {
                                if (isConnected()) {
                                    heartbeat();
                                }
                            }, interval, interval, TimeUnit.SECONDS);
                        }
                        statusAll().whenComplete((v, e) -> booted.complete(response));
                    } else {
                        runtime.scheduler().schedule(() -> {
                            if (!accepted() && isConnected()) {
                                boot(reason);
                            }
                        }, Math.max(1, response.getInterval() == 0 ? 10 : response.getInterval()), TimeUnit.SECONDS);
                    }
                });
    }

    private CompletionStage<Void> statusAll() {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 1; i < evses.length; i++) {
            all.add(status(i).toCompletableFuture());
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null);
    }

    private CompletionStage<Void> status(int evseId) {
        return station.csms().statusNotification(new StatusNotificationRequest().withTimestamp(now())
                .withConnectorStatus(evses[evseId].status).withEvseId(evseId).withConnectorId(1)).thenApply(r -> null);
    }

    private CompletionStage<Void> setStatus(int evseId, ConnectorStatusEnum status) {
        synchronized (lock) {
            if (evses[evseId].status == status) {
                return CompletableFuture.completedFuture(null);
            }
            evses[evseId].status = status;
        }
        return status(evseId);
    }

    @Override
    public CompletionStage<Void> heartbeat() {
        return station.csms().heartbeat(new HeartbeatRequest()).thenApply(r -> null);
    }

    @Override
    public CompletionStage<Boolean> presentTag(String idTag) {
        return station.csms().authorize(new AuthorizeRequest().withIdToken(token(idTag)))
                .thenApply(r -> r.getIdTokenInfo().getStatus() == AuthorizationStatusEnum.ACCEPTED);
    }

    @Override
    public CompletionStage<String> startCharging(int evseId, String idTag) {
        return start(evse(evseId), idTag, null, TriggerReasonEnum.AUTHORIZED);
    }

    @Override
    public CompletionStage<Void> stopCharging(int evseId) {
        return stop(evse(evseId), ReasonEnum.LOCAL, TriggerReasonEnum.STOP_AUTHORIZED);
    }

    @Override
    public boolean charging(int evseId) {
        return evse(evseId).transactionId != null;
    }

    private CompletionStage<String> start(Evse evse, String idTag, Integer remoteStartId, TriggerReasonEnum trigger) {
        String transactionId;
        synchronized (lock) {
            if (evse.transactionId != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("EVSE " + evse.id + " is busy"));
            }
            transactionId = identity + "-" + transactionNumbers.incrementAndGet();
            evse.transactionId = transactionId;
            evse.seqNo = 0;
        }
        TransactionEventRequest started = event(evse, TransactionEventEnum.STARTED, trigger,
                ReadingContextEnum.TRANSACTION_BEGIN, 0).withIdToken(token(idTag));
        if (remoteStartId != null) {
            started.getTransactionInfo().setRemoteStartId(remoteStartId);
        }
        return setStatus(evse.id, ConnectorStatusEnum.OCCUPIED)
                .thenCompose(v -> station.csms().transactionEvent(started))
                .thenCompose(response -> {
                    IdTokenInfo info = response.getIdTokenInfo();
                    if (info != null && info.getStatus() != AuthorizationStatusEnum.ACCEPTED) {
                        return stop(evse, ReasonEnum.DE_AUTHORIZED, TriggerReasonEnum.DEAUTHORIZED).thenApply(x -> {
                            throw new IllegalStateException("token " + idTag + " is " + info.getStatus().value());
                        });
                    }
                    startMeterTimer(evse);
                    evse.started(transactionId);
                    return CompletableFuture.completedFuture(transactionId);
                });
    }

    private CompletionStage<Void> stop(Evse evse, ReasonEnum reason, TriggerReasonEnum trigger) {
        String transactionId = evse.transactionId;
        if (transactionId == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no transaction on EVSE " + evse.id));
        }
        cancel(evse.meterTimer);
        TransactionEventRequest ended = event(evse, TransactionEventEnum.ENDED, trigger, ReadingContextEnum.TRANSACTION_END, 0);
        ended.getTransactionInfo().withStoppedReason(reason).setChargingState(ChargingStateEnum.EV_CONNECTED);
        synchronized (lock) {
            evse.transactionId = null;
            evse.limit = null;
        }
        return station.csms().transactionEvent(ended)
                .thenCompose(r -> setStatus(evse.id, ConnectorStatusEnum.AVAILABLE))
                .whenComplete((v, e) -> evse.stopped(transactionId));
    }

    @Override
    public CompletionStage<Void> sendMeterValues(int evseId) {
        Evse evse = evse(evseId);
        if (evse.transactionId == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no transaction on EVSE " + evseId));
        }
        return station.csms().transactionEvent(event(evse, TransactionEventEnum.UPDATED,
                TriggerReasonEnum.METER_VALUE_PERIODIC, ReadingContextEnum.SAMPLE_PERIODIC, SIMULATED_SAMPLE_SECONDS))
                .thenApply(r -> null);
    }

    private void startMeterTimer(Evse evse) {
        int interval = sampleInterval;
        if (!periodicMeterValues || interval <= 0) {
            return;
        }
        cancel(evse.meterTimer);
        evse.meterTimer = runtime.scheduler().scheduleAtFixedRate(() -> {
            if (evse.transactionId != null && isConnected()) {
                station.csms().transactionEvent(event(evse, TransactionEventEnum.UPDATED,
                        TriggerReasonEnum.METER_VALUE_PERIODIC, ReadingContextEnum.SAMPLE_PERIODIC, interval));
            }
        }, interval, interval, TimeUnit.SECONDS);
    }

    /** One TransactionEvent for the EVSE's transaction, with a meter sample after {@code seconds} of charging. */
    private TransactionEventRequest event(Evse evse, TransactionEventEnum type, TriggerReasonEnum trigger,
                                          ReadingContextEnum context, int seconds) {
        int power;
        int seqNo;
        long energy;
        synchronized (lock) {
            power = power(evse);
            evse.energyWh += (long) power * seconds / 3600;
            energy = evse.energyWh;
            seqNo = evse.seqNo++;
        }
        List<SampledValue> values = new ArrayList<>();
        for (String name : profile.sampledMeasurands()) {
            MeasurandEnum measurand = MeasurandEnum.fromValue(name);
            double value;
            String unit;
            switch (measurand) {
                case ENERGY_ACTIVE_IMPORT_REGISTER -> {
                    value = energy;
                    unit = "Wh";
                }
                case POWER_ACTIVE_IMPORT -> {
                    value = power;
                    unit = "W";
                }
                case CURRENT_IMPORT, CURRENT_OFFERED -> {
                    value = power / (double) profile.voltage() / Math.max(1, profile.phases());
                    unit = "A";
                }
                case VOLTAGE -> {
                    value = profile.voltage();
                    unit = "V";
                }
                default -> {
                    continue;
                }
            }
            values.add(new SampledValue().withValue(BigDecimal.valueOf(value).setScale(unit.equals("A") ? 1 : 0, RoundingMode.HALF_UP))
                    .withContext(context).withMeasurand(measurand).withUnitOfMeasure(new UnitOfMeasure().withUnit(unit)));
        }
        TransactionEventRequest request = new TransactionEventRequest().withEventType(type).withTimestamp(now())
                .withTriggerReason(trigger).withSeqNo(seqNo)
                .withTransactionInfo(new Transaction().withTransactionId(evse.transactionId)
                        .withChargingState(type == TransactionEventEnum.ENDED ? ChargingStateEnum.EV_CONNECTED
                                : ChargingStateEnum.CHARGING))
                .withEvse(new EVSE().withId(evse.id).withConnectorId(1));
        if (!values.isEmpty()) {
            request.setMeterValue(List.of(new MeterValue().withTimestamp(now()).withSampledValue(values)));
        }
        return request;
    }

    private int power(Evse evse) {
        if (evse.transactionId == null) {
            return 0;
        }
        int max = profile.maxPowerW();
        ChargingProfile limit = evse.limit;
        if (limit != null) {
            ChargingSchedule schedule = limit.getChargingSchedule().get(0);
            double value = schedule.getChargingSchedulePeriod().get(0).getLimit().doubleValue();
            int watts = schedule.getChargingRateUnit() == ChargingRateUnitEnum.W ? (int) value
                    : (int) (value * profile.voltage() * (profile.dc() ? 1 : Math.max(1, profile.phases())));
            max = Math.min(max, watts);
        }
        return max;
    }

    @Override
    public int powerW(int evseId) {
        return power(evse(evseId));
    }

    @Override
    public CompletableFuture<String> nextStart(int evseId) {
        return evse(evseId).nextStart();
    }

    @Override
    public CompletableFuture<String> nextStop(int evseId) {
        return evse(evseId).nextStop();
    }

    /** The CSMS's calls this station answers; the rest are NotSupported. */
    private final class Handlers implements RemoteControlHandler, SmartChargingHandler, ProvisioningHandler,
            AvailabilityHandler {

        @Override
        public CompletionStage<RequestStartTransactionResponse> onRequestStartTransaction(
                RequestStartTransactionRequest request, CallContext context) {
            Evse chosen = null;
            synchronized (lock) {
                for (int i = 1; i < evses.length; i++) {
                    if ((request.getEvseId() == null || request.getEvseId() == i) && evses[i].transactionId == null
                            && evses[i].status == ConnectorStatusEnum.AVAILABLE) {
                        chosen = evses[i];
                        break;
                    }
                }
            }
            if (chosen == null) {
                return done(new RequestStartTransactionResponse().withStatus(RequestStartStopStatusEnum.REJECTED));
            }
            Evse evse = chosen;
            later(() -> start(evse, request.getIdToken().getIdToken(), request.getRemoteStartId(),
                    TriggerReasonEnum.REMOTE_START).exceptionally(e -> null));
            return done(new RequestStartTransactionResponse().withStatus(RequestStartStopStatusEnum.ACCEPTED));
        }

        @Override
        public CompletionStage<RequestStopTransactionResponse> onRequestStopTransaction(
                RequestStopTransactionRequest request, CallContext context) {
            for (int i = 1; i < evses.length; i++) {
                if (request.getTransactionId().equals(evses[i].transactionId)) {
                    Evse evse = evses[i];
                    later(() -> stop(evse, ReasonEnum.REMOTE, TriggerReasonEnum.REMOTE_STOP));
                    return done(new RequestStopTransactionResponse().withStatus(RequestStartStopStatusEnum.ACCEPTED));
                }
            }
            return done(new RequestStopTransactionResponse().withStatus(RequestStartStopStatusEnum.REJECTED));
        }

        @Override
        public CompletionStage<TriggerMessageResponse> onTriggerMessage(TriggerMessageRequest request, CallContext context) {
            Runnable send = switch (request.getRequestedMessage()) {
                case BOOT_NOTIFICATION -> () -> boot(BootReasonEnum.TRIGGERED);
                case HEARTBEAT -> SimulatedStation201.this::heartbeat;
                case STATUS_NOTIFICATION -> SimulatedStation201.this::statusAll;
                default -> null;
            };
            if (send == null) {
                return done(new TriggerMessageResponse().withStatus(TriggerMessageStatusEnum.NOT_IMPLEMENTED));
            }
            later(send);
            return done(new TriggerMessageResponse().withStatus(TriggerMessageStatusEnum.ACCEPTED));
        }

        @Override
        public CompletionStage<SetChargingProfileResponse> onSetChargingProfile(SetChargingProfileRequest request,
                                                                                CallContext context) {
            ChargingProfile chargingProfile = request.getChargingProfile();
            ChargingSchedule schedule = chargingProfile.getChargingSchedule().get(0);
            int id = request.getEvseId();
            boolean acceptable = id >= 1 && id < evses.length
                    && profile.chargingRateUnits().contains(schedule.getChargingRateUnit().value())
                    && chargingProfile.getChargingProfilePurpose() == ChargingProfilePurposeEnum.TX_PROFILE
                    && evses[id].transactionId != null
                    && (chargingProfile.getTransactionId() == null
                    || chargingProfile.getTransactionId().equals(evses[id].transactionId));
            if (acceptable) {
                evses[id].limit = chargingProfile;
            }
            return done(new SetChargingProfileResponse().withStatus(
                    acceptable ? ChargingProfileStatusEnum.ACCEPTED : ChargingProfileStatusEnum.REJECTED));
        }

        @Override
        public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
            later(() -> {
                List<CompletableFuture<Void>> stops = new ArrayList<>();
                for (int i = 1; i < evses.length; i++) {
                    if (evses[i].transactionId != null) {
                        stops.add(stop(evses[i], ReasonEnum.IMMEDIATE_RESET, TriggerReasonEnum.RESET_COMMAND)
                                .toCompletableFuture().exceptionally(e -> null));
                    }
                }
                CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
                    registration = null;
                    cancel(heartbeat);
                    station.disconnect();
                });
            });
            return done(new ResetResponse().withStatus(ResetStatusEnum.ACCEPTED));
        }

        @Override
        public CompletionStage<ChangeAvailabilityResponse> onChangeAvailability(ChangeAvailabilityRequest request,
                                                                                CallContext context) {
            return done(new ChangeAvailabilityResponse().withStatus(ChangeAvailabilityStatusEnum.ACCEPTED));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Evse evse(int id) {
        if (id < 1 || id >= evses.length) {
            throw new IllegalArgumentException(identity + " has no EVSE " + id);
        }
        return evses[id];
    }

    private void later(Runnable task) {
        runtime.scheduler().schedule(() -> runtime.handlerExecutor().execute(task), 20, TimeUnit.MILLISECONDS);
    }

    private static IdToken token(String idTag) {
        return new IdToken().withIdToken(idTag).withType(IdTokenEnum.ISO_14443);
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** One EVSE with one connector. */
    private static final class Evse {
        final int id;
        volatile ConnectorStatusEnum status = ConnectorStatusEnum.AVAILABLE;
        volatile String transactionId;
        volatile ChargingProfile limit;
        volatile ScheduledFuture<?> meterTimer;
        int seqNo;
        long energyWh;
        private CompletableFuture<String> nextStart;
        private CompletableFuture<String> nextStop;

        Evse(int id, long energyWh) {
            this.id = id;
            this.energyWh = energyWh;
        }

        synchronized CompletableFuture<String> nextStart() {
            if (nextStart == null) {
                nextStart = new CompletableFuture<>();
            }
            return nextStart;
        }

        synchronized CompletableFuture<String> nextStop() {
            if (nextStop == null) {
                nextStop = new CompletableFuture<>();
            }
            return nextStop;
        }

        void started(String transactionId) {
            CompletableFuture<String> waiter;
            synchronized (this) {
                waiter = nextStart;
                nextStart = null;
            }
            if (waiter != null) {
                waiter.complete(transactionId);
            }
        }

        void stopped(String transactionId) {
            CompletableFuture<String> waiter;
            synchronized (this) {
                waiter = nextStop;
                nextStop = null;
            }
            if (waiter != null) {
                waiter.complete(transactionId);
            }
        }
    }
}

package io.ocpp4j.cli.sim201;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
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
import io.ocpp4j.v201.model.GetVariableResult;
import io.ocpp4j.v201.model.GetVariablesRequest;
import io.ocpp4j.v201.model.GetVariablesResponse;
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.IdToken;
import io.ocpp4j.v201.model.IdTokenEnum;
import io.ocpp4j.v201.model.IdTokenInfo;
import io.ocpp4j.v201.model.MeasurandEnum;
import io.ocpp4j.v201.model.MeterValue;
import io.ocpp4j.v201.model.MeterValuesRequest;
import io.ocpp4j.v201.model.ReadingContextEnum;
import io.ocpp4j.v201.model.ReasonEnum;
import io.ocpp4j.v201.model.RegistrationStatusEnum;
import io.ocpp4j.v201.model.RequestStartStopStatusEnum;
import io.ocpp4j.v201.model.RequestStartTransactionRequest;
import io.ocpp4j.v201.model.RequestStartTransactionResponse;
import io.ocpp4j.v201.model.RequestStopTransactionRequest;
import io.ocpp4j.v201.model.RequestStopTransactionResponse;
import io.ocpp4j.v201.model.ResetEnum;
import io.ocpp4j.v201.model.ResetRequest;
import io.ocpp4j.v201.model.ResetResponse;
import io.ocpp4j.v201.model.ResetStatusEnum;
import io.ocpp4j.v201.model.SampledValue;
import io.ocpp4j.v201.model.SetChargingProfileRequest;
import io.ocpp4j.v201.model.SetChargingProfileResponse;
import io.ocpp4j.v201.model.SetVariableResult;
import io.ocpp4j.v201.model.SetVariablesRequest;
import io.ocpp4j.v201.model.SetVariablesResponse;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated OCPP 2.0.1 charging station with in-memory hardware, on the {@link Station201} facade.
 * One connector per EVSE. It does:
 * <ul>
 *   <li>B: BootNotification (PowerUp, RemoteReset after a reset, retried while Pending/Rejected),
 *       heartbeats at the accepted interval ({@code OCPPCommCtrlr.HeartbeatInterval}, which the boot
 *       answer and SetVariables change), GetVariables/SetVariables on a small {@link DeviceModel},
 *       Reset (Immediate: transactions end with ImmediateReset; OnIdle while charging: Scheduled, done
 *       when the last transaction ends);</li>
 *   <li>C/E/F: Authorize (skipped when {@code AuthCtrlr.Enabled} is false; before a remote start when
 *       {@code AuthCtrlr.AuthorizeRemoteStart} is true), TransactionEvent Started / Updated / Ended with
 *       seqNo, triggerReason and meter values, periodic Updated every
 *       {@code SampledDataCtrlr.TxUpdatedInterval}, RequestStart/StopTransaction, TriggerMessage;</li>
 *   <li>G/J/K: StatusNotification per EVSE, ChangeAvailability (accepted), MeterValues outside
 *       transactions (every {@code AlignedDataCtrlr.Interval}, or triggered), TxProfile limits within the
 *       station's charging rate units when it supports smart charging.</li>
 * </ul>
 * No offline queue: messages are sent while connected and otherwise dropped. Thread-safe: state is
 * guarded by one lock, calls are made outside it.
 */
public final class Simulator201 {

    /** Seconds of charging a sample taken on demand ({@link #sendMeterValues}) accounts for. */
    private static final int SIMULATED_SAMPLE_SECONDS = 300;

    /**
     * What the simulated station is.
     *
     * @param vendor the BootNotification vendor
     * @param model the BootNotification model
     * @param firmwareVersion the firmware version
     * @param evses the number of EVSEs (one connector each)
     * @param dc whether they deliver DC
     * @param phases AC phases (0 for DC)
     * @param maxCurrentA the largest current per EVSE, amperes
     * @param measurands the measurands sampled by default ({@code SampledDataCtrlr.TxUpdatedMeasurands})
     * @param supportedMeasurands every measurand the meter can sample
     * @param chargingRateUnits {@code A} and/or {@code W}
     * @param smartCharging whether SetChargingProfile is supported
     * @param heartbeatIntervalMin the smallest heartbeat interval, seconds
     * @param heartbeatIntervalMax the largest heartbeat interval, seconds
     * @param txUpdatedInterval the default {@code SampledDataCtrlr.TxUpdatedInterval}, seconds
     * @param periodicMeterValues whether meter values are sent on timers (off in the demo, which sends them)
     */
    public record Settings(String vendor, String model, String firmwareVersion, int evses, boolean dc, int phases,
                           int maxCurrentA, List<String> measurands, List<String> supportedMeasurands,
                           Set<String> chargingRateUnits, boolean smartCharging, int heartbeatIntervalMin,
                           int heartbeatIntervalMax, int txUpdatedInterval, boolean periodicMeterValues) {

        /** Checks the settings. */
        public Settings {
            Objects.requireNonNull(vendor, "vendor");
            Objects.requireNonNull(model, "model");
            if (evses < 1) {
                throw new IllegalArgumentException("a station needs at least one EVSE");
            }
            measurands = List.copyOf(measurands);
            supportedMeasurands = List.copyOf(supportedMeasurands);
            chargingRateUnits = Set.copyOf(chargingRateUnits);
        }

        /** @return nominal voltage: 230 V per AC phase, 400 V DC */
        public int voltage() {
            return dc ? 400 : 230;
        }

        /** @return the largest power of an EVSE, watts */
        public int maxPowerW() {
            return dc ? maxCurrentA * voltage() : maxCurrentA * voltage() * Math.max(1, phases);
        }
    }

    private final Settings settings;
    private final String identity;
    private final RpcRuntime runtime;
    private final Station201 station;
    private final DeviceModel variables;
    private final Evse[] evses;
    private final CompletableFuture<BootNotificationResponse> booted = new CompletableFuture<>();
    private final AtomicInteger transactionNumbers = new AtomicInteger();
    private final Object lock = new Object();
    private volatile RegistrationStatusEnum registration;
    private volatile BootReasonEnum nextBootReason = BootReasonEnum.POWER_UP;
    /** An OnIdle reset waits for the last transaction to end. */
    private final AtomicBoolean resetScheduled = new AtomicBoolean();
    private volatile int connects;
    private volatile boolean closed;
    private ScheduledFuture<?> heartbeat; // guarded by lock
    private ScheduledFuture<?> alignedTimer; // guarded by lock
    private CompletableFuture<Void> nextConnect; // guarded by lock
    private CompletableFuture<BootNotificationResponse> nextBoot; // guarded by lock

    /**
     * Creates the station; it does nothing until {@link #attach} gives it a link.
     *
     * @param settings what it is
     * @param identity its identity (also the serial number)
     * @param runtime shared threads and schemas
     * @param listener hears its calls (statistics, problems)
     */
    public Simulator201(Settings settings, String identity, RpcRuntime runtime, RpcListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.evses = new Evse[settings.evses() + 1];
        for (int i = 1; i <= settings.evses(); i++) {
            evses[i] = new Evse(i, 500_000L * i + 7_777L * identity.length());
        }
        this.variables = deviceModel(settings);
        variables.onChange(this::changed);
        Handlers handlers = new Handlers();
        Station201.Builder builder = Station201.builder(runtime)
                .sessionOptions(session -> session.listener(listener))
                .listener(new SessionListener<RpcSession>() {
                    @Override
                    public void connected(RpcSession session) {
                        onConnected();
                    }
                })
                .remoteControl(handlers)
                .provisioning(handlers)
                .availability(handlers);
        if (settings.smartCharging()) { // otherwise SetChargingProfile is answered NotSupported
            builder.smartCharging(handlers);
        }
        this.station = builder.build();
    }

    private static DeviceModel deviceModel(Settings settings) {
        Set<String> supported = new LinkedHashSet<>(settings.supportedMeasurands());
        supported.addAll(settings.measurands());
        return new DeviceModel()
                .integer("OCPPCommCtrlr", "HeartbeatInterval", null, 300, Math.max(1, settings.heartbeatIntervalMin()),
                        Math.max(1, settings.heartbeatIntervalMax()), false)
                .integer("TxCtrlr", "EVConnectionTimeOut", null, 60, 0, 3600, false)
                .bool("TxCtrlr", "StopTxOnInvalidId", true, false)
                .bool("AuthCtrlr", "Enabled", true, false)
                .bool("AuthCtrlr", "AuthorizeRemoteStart", false, false)
                .integer("SampledDataCtrlr", "TxUpdatedInterval", null, settings.txUpdatedInterval(), 0, 86_400, false)
                .memberList("SampledDataCtrlr", "TxUpdatedMeasurands", settings.measurands(), supported, false)
                .integer("AlignedDataCtrlr", "Interval", null, 0, 0, 86_400, false)
                .integer("DeviceDataCtrlr", "ItemsPerMessage", "GetVariables", 20, 1, 20, true)
                .integer("DeviceDataCtrlr", "ItemsPerMessage", "SetVariables", 20, 1, 20, true)
                .integer("SecurityCtrlr", "SecurityProfile", null, 0, 0, 3, true)
                .string("ChargingStation", "Model", settings.model(), true)
                .string("ChargingStation", "VendorName", settings.vendor(), true);
    }

    /** @return the station's variables (an installer may {@link DeviceModel#put} values before it connects) */
    public DeviceModel variables() {
        return variables;
    }

    /** @return its identity */
    public String identity() {
        return identity;
    }

    /** @return what it is */
    public Settings settings() {
        return settings;
    }

    /**
     * Takes a new connection to the CSMS (after each (re)connect).
     *
     * @param connection the link
     */
    public void attach(Connection connection) {
        station.attach(connection);
    }

    /** @return completes once the CSMS accepted the station's first boot */
    public CompletableFuture<BootNotificationResponse> booted() {
        return booted;
    }

    /** @return completes with the answer to the next BootNotification accepted after this call */
    public CompletableFuture<BootNotificationResponse> nextBoot() {
        synchronized (lock) {
            if (nextBoot == null) {
                nextBoot = new CompletableFuture<>();
            }
            return nextBoot;
        }
    }

    /** @return whether the CSMS accepted the station's last boot */
    public boolean accepted() {
        return registration == RegistrationStatusEnum.ACCEPTED;
    }

    /** @return how many times the link came up */
    public int connects() {
        return connects;
    }

    /** @return whether the station has a link to its CSMS */
    public boolean isConnected() {
        return station.csms().isConnected();
    }

    /** @return completes the next time the link comes up */
    public CompletableFuture<Void> nextConnect() {
        synchronized (lock) {
            if (nextConnect == null) {
                nextConnect = new CompletableFuture<>();
            }
            return nextConnect;
        }
    }

    /** Stops the station's timers. */
    public void close() {
        closed = true;
        synchronized (lock) {
            cancel(heartbeat);
            cancel(alignedTimer);
            for (int i = 1; i < evses.length; i++) {
                cancel(evses[i].meterTimer);
            }
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
            boot(nextBootReason);
        }
    }

    private void boot(BootReasonEnum reason) {
        station.csms().bootNotification(new BootNotificationRequest().withReason(reason)
                        .withChargingStation(new ChargingStation().withVendorName(clip(settings.vendor(), 50))
                                .withModel(clip(settings.model(), 20)).withSerialNumber(clip(identity, 25))
                                .withFirmwareVersion(clip(settings.firmwareVersion(), 50))))
                .whenComplete((response, failure) -> {
                    if (failure != null || closed) {
                        return;
                    }
                    registration = response.getStatus();
                    if (response.getStatus() == RegistrationStatusEnum.ACCEPTED) {
                        nextBootReason = BootReasonEnum.POWER_UP;
                        int interval = Math.max(settings.heartbeatIntervalMin(),
                                Math.min(settings.heartbeatIntervalMax(), response.getInterval()));
                        if (interval > 0) {
                            variables.put("OCPPCommCtrlr", "HeartbeatInterval", Integer.toString(interval)); // reschedules
                        } else {
                            scheduleHeartbeat(variables.intValue("OCPPCommCtrlr", "HeartbeatInterval"));
                        }
                        scheduleAligned(variables.intValue("AlignedDataCtrlr", "Interval"));
                        statusAll().whenComplete((v, e) -> {
                            booted.complete(response);
                            CompletableFuture<BootNotificationResponse> waiter;
                            synchronized (lock) {
                                waiter = nextBoot;
                                nextBoot = null;
                            }
                            if (waiter != null) {
                                waiter.complete(response);
                            }
                        });
                    } else {
                        runtime.scheduler().schedule(() -> {
                            if (!accepted() && isConnected() && !closed) {
                                boot(reason);
                            }
                        }, Math.max(1, response.getInterval() == 0 ? 10 : response.getInterval()), TimeUnit.SECONDS);
                    }
                });
    }

    /** A variable changed (SetVariables, the boot answer or an installer): apply it. */
    private void changed(String component, String variable, String value) {
        if (closed) {
            return;
        }
        switch (component + "." + variable) {
            case "OCPPCommCtrlr.HeartbeatInterval" -> {
                if (accepted()) {
                    scheduleHeartbeat(Integer.parseInt(value));
                }
            }
            case "AlignedDataCtrlr.Interval" -> {
                if (accepted()) {
                    scheduleAligned(Integer.parseInt(value));
                }
            }
            case "SampledDataCtrlr.TxUpdatedInterval" -> {
                for (int i = 1; i < evses.length; i++) {
                    if (evses[i].transactionId != null) {
                        startMeterTimer(evses[i]);
                    }
                }
            }
            default -> {
                // read when needed
            }
        }
    }

    private void scheduleHeartbeat(int interval) {
        synchronized (lock) {
            cancel(heartbeat);
            heartbeat = interval <= 0 || closed ? null : runtime.scheduler().scheduleAtFixedRate(() -> {
                if (isConnected() && accepted()) {
                    heartbeat();
                }
            }, interval, interval, TimeUnit.SECONDS);
        }
    }

    private void scheduleAligned(int interval) {
        synchronized (lock) {
            cancel(alignedTimer);
            alignedTimer = interval <= 0 || !settings.periodicMeterValues() || closed ? null
                    : runtime.scheduler().scheduleAtFixedRate(() -> {
                        if (isConnected() && accepted()) {
                            for (int i = 1; i < evses.length; i++) {
                                meterValues(i, ReadingContextEnum.SAMPLE_CLOCK);
                            }
                        }
                    }, interval, interval, TimeUnit.SECONDS);
        }
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

    /** @return sends one Heartbeat */
    public CompletionStage<Void> heartbeat() {
        return station.csms().heartbeat(new HeartbeatRequest()).thenApply(r -> null);
    }

    /**
     * A driver presents a token: Authorize, unless {@code AuthCtrlr.Enabled} is false.
     *
     * @param idToken the token
     * @return whether it is accepted
     */
    public CompletionStage<Boolean> presentTag(String idToken) {
        if (!variables.booleanValue("AuthCtrlr", "Enabled")) {
            return CompletableFuture.completedFuture(true);
        }
        return station.csms().authorize(new AuthorizeRequest().withIdToken(token(idToken)))
                .thenApply(r -> r.getIdTokenInfo().getStatus() == AuthorizationStatusEnum.ACCEPTED);
    }

    /**
     * Starts charging locally with an authorized token.
     *
     * @param evseId the EVSE
     * @param idToken the token
     * @return the transaction id, once TransactionEvent Started is answered
     */
    public CompletionStage<String> startCharging(int evseId, String idToken) {
        return start(evse(evseId), idToken, null, TriggerReasonEnum.AUTHORIZED);
    }

    /**
     * The driver ends charging locally.
     *
     * @param evseId the EVSE
     * @return done once TransactionEvent Ended is answered
     */
    public CompletionStage<Void> stopCharging(int evseId) {
        return stop(evse(evseId), ReasonEnum.LOCAL, TriggerReasonEnum.STOP_AUTHORIZED);
    }

    /** @return whether a transaction runs on the EVSE */
    public boolean charging(int evseId) {
        return evse(evseId).transactionId != null;
    }

    /** @return the id of the transaction on the EVSE, or {@code null} */
    public String transactionId(int evseId) {
        return evse(evseId).transactionId;
    }

    private CompletionStage<String> start(Evse evse, String idToken, Integer remoteStartId, TriggerReasonEnum trigger) {
        String transactionId;
        synchronized (lock) {
            if (evse.transactionId != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("EVSE " + evse.id + " is busy"));
            }
            transactionId = identity + "-" + transactionNumbers.incrementAndGet();
            evse.transactionId = transactionId;
            evse.seqNo = 0;
        }
        TransactionEventRequest started;
        synchronized (lock) {
            started = event(evse, TransactionEventEnum.STARTED, trigger, ReadingContextEnum.TRANSACTION_BEGIN, 0)
                    .withIdToken(token(idToken));
        }
        if (remoteStartId != null) {
            started.getTransactionInfo().setRemoteStartId(remoteStartId);
        }
        return setStatus(evse.id, ConnectorStatusEnum.OCCUPIED)
                .thenCompose(v -> station.csms().transactionEvent(started))
                .thenCompose(response -> {
                    IdTokenInfo info = response.getIdTokenInfo();
                    if (info != null && info.getStatus() != AuthorizationStatusEnum.ACCEPTED
                            && variables.booleanValue("TxCtrlr", "StopTxOnInvalidId")) {
                        return stop(evse, ReasonEnum.DE_AUTHORIZED, TriggerReasonEnum.DEAUTHORIZED).thenApply(x -> {
                            throw new IllegalStateException("token " + idToken + " is " + info.getStatus().value());
                        });
                    }
                    startMeterTimer(evse);
                    evse.started(transactionId);
                    return CompletableFuture.completedFuture(transactionId);
                });
    }

    private CompletionStage<Void> stop(Evse evse, ReasonEnum reason, TriggerReasonEnum trigger) {
        String transactionId;
        TransactionEventRequest ended;
        synchronized (lock) {
            transactionId = evse.transactionId;
            if (transactionId == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("no transaction on EVSE " + evse.id));
            }
            cancel(evse.meterTimer);
            ended = event(evse, TransactionEventEnum.ENDED, trigger, ReadingContextEnum.TRANSACTION_END, 0);
            ended.getTransactionInfo().withStoppedReason(reason).setChargingState(ChargingStateEnum.EV_CONNECTED);
            evse.transactionId = null;
            evse.limit = null;
        }
        return station.csms().transactionEvent(ended)
                .thenCompose(r -> setStatus(evse.id, ConnectorStatusEnum.AVAILABLE))
                .whenComplete((v, e) -> {
                    evse.stopped(transactionId);
                    if (idle() && resetScheduled.compareAndSet(true, false)) {
                        resetNow();
                    }
                });
    }

    /**
     * Samples the meter of a charging EVSE and sends it in a TransactionEvent Updated (MeterValuePeriodic).
     *
     * @param evseId the EVSE
     * @return done when answered
     */
    public CompletionStage<Void> sendMeterValues(int evseId) {
        Evse evse = evse(evseId);
        TransactionEventRequest updated;
        synchronized (lock) {
            if (evse.transactionId == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("no transaction on EVSE " + evseId));
            }
            updated = event(evse, TransactionEventEnum.UPDATED, TriggerReasonEnum.METER_VALUE_PERIODIC,
                    ReadingContextEnum.SAMPLE_PERIODIC, SIMULATED_SAMPLE_SECONDS);
        }
        return station.csms().transactionEvent(updated).thenApply(r -> null);
    }

    /**
     * Sends a MeterValues message (outside a transaction's events) for the EVSE.
     *
     * @param evseId the EVSE
     * @param context why the sample was taken
     * @return done when answered
     */
    public CompletionStage<Void> meterValues(int evseId, ReadingContextEnum context) {
        Evse evse = evse(evseId);
        List<SampledValue> values;
        synchronized (lock) {
            values = sample(evse, context, 0);
        }
        if (values.isEmpty()) {
            values = List.of(sampled(evse.energyWh, "Wh", context, MeasurandEnum.ENERGY_ACTIVE_IMPORT_REGISTER));
        }
        return station.csms().meterValues(new MeterValuesRequest().withEvseId(evseId)
                .withMeterValue(List.of(new MeterValue().withTimestamp(now()).withSampledValue(values)))).thenApply(r -> null);
    }

    private void startMeterTimer(Evse evse) {
        int interval = variables.intValue("SampledDataCtrlr", "TxUpdatedInterval");
        synchronized (lock) {
            cancel(evse.meterTimer);
            evse.meterTimer = null;
            if (!settings.periodicMeterValues() || interval <= 0 || closed || evse.transactionId == null) {
                return;
            }
            evse.meterTimer = runtime.scheduler().scheduleAtFixedRate(() -> {
                TransactionEventRequest updated;
                synchronized (lock) {
                    if (evse.transactionId == null || !isConnected()) {
                        return;
                    }
                    updated = event(evse, TransactionEventEnum.UPDATED, TriggerReasonEnum.METER_VALUE_PERIODIC,
                            ReadingContextEnum.SAMPLE_PERIODIC, interval);
                }
                station.csms().transactionEvent(updated);
            }, interval, interval, TimeUnit.SECONDS);
        }
    }

    /** One TransactionEvent for the EVSE's transaction, with a sample after {@code seconds} of charging. Holds the lock. */
    private TransactionEventRequest event(Evse evse, TransactionEventEnum type, TriggerReasonEnum trigger,
                                          ReadingContextEnum context, int seconds) {
        List<SampledValue> values = sample(evse, context, seconds);
        int seqNo = evse.seqNo++;
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

    /** Advances the EVSE's meter by {@code seconds} of charging and reads the configured measurands. Holds the lock. */
    private List<SampledValue> sample(Evse evse, ReadingContextEnum context, int seconds) {
        int power = power(evse);
        evse.energyWh += (long) power * seconds / 3600;
        List<SampledValue> values = new ArrayList<>();
        for (String name : variables.members("SampledDataCtrlr", "TxUpdatedMeasurands")) {
            MeasurandEnum measurand;
            try {
                measurand = MeasurandEnum.fromValue(name);
            } catch (IllegalArgumentException e) {
                continue;
            }
            switch (measurand) {
                case ENERGY_ACTIVE_IMPORT_REGISTER -> values.add(sampled(evse.energyWh, "Wh", context, measurand));
                case POWER_ACTIVE_IMPORT -> values.add(sampled(power, "W", context, measurand));
                case CURRENT_IMPORT, CURRENT_OFFERED -> values.add(sampled(
                        power / (double) settings.voltage() / Math.max(1, settings.phases()), "A", context, measurand));
                case VOLTAGE -> values.add(sampled(settings.voltage(), "V", context, measurand));
                default -> {
                    // not simulated
                }
            }
        }
        return values;
    }

    private static SampledValue sampled(double value, String unit, ReadingContextEnum context, MeasurandEnum measurand) {
        return new SampledValue().withValue(BigDecimal.valueOf(value).setScale(unit.equals("A") ? 1 : 0, RoundingMode.HALF_UP))
                .withContext(context).withMeasurand(measurand).withUnitOfMeasure(new UnitOfMeasure().withUnit(unit));
    }

    private int power(Evse evse) {
        if (evse.transactionId == null) {
            return 0;
        }
        int max = settings.maxPowerW();
        ChargingProfile limit = evse.limit;
        if (limit != null) {
            ChargingSchedule schedule = limit.getChargingSchedule().get(0);
            double value = schedule.getChargingSchedulePeriod().get(0).getLimit().doubleValue();
            int watts = schedule.getChargingRateUnit() == ChargingRateUnitEnum.W ? (int) value
                    : (int) (value * settings.voltage() * (settings.dc() ? 1 : Math.max(1, settings.phases())));
            max = Math.min(max, watts);
        }
        return max;
    }

    /** @return the power drawn now on the EVSE, watts */
    public int powerW(int evseId) {
        synchronized (lock) {
            return power(evse(evseId));
        }
    }

    /** @return completes with the id of the next transaction started on the EVSE */
    public CompletableFuture<String> nextStart(int evseId) {
        return evse(evseId).nextStart();
    }

    /** @return completes with the id of the next transaction ended on the EVSE */
    public CompletableFuture<String> nextStop(int evseId) {
        return evse(evseId).nextStop();
    }

    private boolean idle() {
        for (int i = 1; i < evses.length; i++) {
            if (evses[i].transactionId != null) {
                return false;
            }
        }
        return true;
    }

    /** Reboots: forget the registration, drop the link; the next link boots with reason RemoteReset. */
    private void resetNow() {
        registration = null;
        nextBootReason = BootReasonEnum.REMOTE_RESET;
        synchronized (lock) {
            cancel(heartbeat);
            cancel(alignedTimer);
            heartbeat = null;
            alignedTimer = null;
        }
        station.disconnect();
    }

    /** The CSMS's calls this station answers; the rest are NotSupported. */
    private final class Handlers implements RemoteControlHandler, SmartChargingHandler, ProvisioningHandler,
            AvailabilityHandler {

        @Override
        public CompletionStage<GetVariablesResponse> onGetVariables(GetVariablesRequest request, CallContext context) {
            int max = variables.intValue("DeviceDataCtrlr", "ItemsPerMessage", "GetVariables");
            if (request.getGetVariableData().size() > max) {
                return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                        "more than ItemsPerMessage GetVariables (" + max + ") items"));
            }
            List<GetVariableResult> results = request.getGetVariableData().stream().map(variables::get).toList();
            return done(new GetVariablesResponse().withGetVariableResult(results));
        }

        @Override
        public CompletionStage<SetVariablesResponse> onSetVariables(SetVariablesRequest request, CallContext context) {
            int max = variables.intValue("DeviceDataCtrlr", "ItemsPerMessage", "SetVariables");
            if (request.getSetVariableData().size() > max) {
                return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                        "more than ItemsPerMessage SetVariables (" + max + ") items"));
            }
            List<SetVariableResult> results = request.getSetVariableData().stream().map(variables::set).toList();
            return done(new SetVariablesResponse().withSetVariableResult(results));
        }

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
            if (chosen == null || resetScheduled.get()) {
                return done(new RequestStartTransactionResponse().withStatus(RequestStartStopStatusEnum.REJECTED));
            }
            Evse evse = chosen;
            String idToken = request.getIdToken().getIdToken();
            boolean authorizeFirst = variables.booleanValue("AuthCtrlr", "AuthorizeRemoteStart")
                    && variables.booleanValue("AuthCtrlr", "Enabled");
            later(() -> (authorizeFirst ? presentTag(idToken) : CompletableFuture.completedFuture(true))
                    .thenCompose(ok -> ok ? start(evse, idToken, request.getRemoteStartId(), TriggerReasonEnum.REMOTE_START)
                            : CompletableFuture.completedFuture(null))
                    .exceptionally(e -> null));
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
            Integer evseId = request.getEvse() == null ? null : request.getEvse().getId();
            if (evseId != null && (evseId < 1 || evseId >= evses.length)) {
                return done(new TriggerMessageResponse().withStatus(TriggerMessageStatusEnum.REJECTED));
            }
            Runnable send = switch (request.getRequestedMessage()) {
                case BOOT_NOTIFICATION -> () -> boot(BootReasonEnum.TRIGGERED);
                case HEARTBEAT -> Simulator201.this::heartbeat;
                case STATUS_NOTIFICATION -> evseId == null ? Simulator201.this::statusAll : () -> status(evseId);
                case METER_VALUES -> () -> {
                    for (int i = 1; i < evses.length; i++) {
                        if (evseId == null || evseId == i) {
                            meterValues(i, ReadingContextEnum.TRIGGER);
                        }
                    }
                };
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
            boolean acceptable;
            synchronized (lock) {
                acceptable = id >= 1 && id < evses.length
                        && settings.chargingRateUnits().contains(schedule.getChargingRateUnit().value())
                        && chargingProfile.getChargingProfilePurpose() == ChargingProfilePurposeEnum.TX_PROFILE
                        && evses[id].transactionId != null
                        && (chargingProfile.getTransactionId() == null
                        || chargingProfile.getTransactionId().equals(evses[id].transactionId));
                if (acceptable) {
                    evses[id].limit = chargingProfile;
                }
            }
            return done(new SetChargingProfileResponse().withStatus(
                    acceptable ? ChargingProfileStatusEnum.ACCEPTED : ChargingProfileStatusEnum.REJECTED));
        }

        @Override
        public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
            if (request.getEvseId() != null) { // resetting one EVSE is not simulated
                return done(new ResetResponse().withStatus(ResetStatusEnum.REJECTED));
            }
            if (request.getType() == ResetEnum.ON_IDLE && !idle()) {
                resetScheduled.set(true); // done when the last transaction ends
                return done(new ResetResponse().withStatus(ResetStatusEnum.SCHEDULED));
            }
            resetScheduled.set(false); // an immediate reset replaces a scheduled one
            later(() -> {
                List<CompletableFuture<Void>> stops = new ArrayList<>();
                for (int i = 1; i < evses.length; i++) {
                    if (evses[i].transactionId != null) {
                        stops.add(stop(evses[i], ReasonEnum.IMMEDIATE_RESET, TriggerReasonEnum.RESET_COMMAND)
                                .toCompletableFuture().exceptionally(e -> null));
                    }
                }
                CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> resetNow());
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

    /** Runs a task shortly after the current call is answered, as a station does. */
    private void later(Runnable task) {
        runtime.scheduler().schedule(() -> runtime.handlerExecutor().execute(task), 20, TimeUnit.MILLISECONDS);
    }

    private static IdToken token(String idToken) {
        return new IdToken().withIdToken(idToken).withType(IdTokenEnum.ISO_14443);
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

    /** One EVSE with one connector. Mutable fields are guarded by the simulator's lock. */
    private static final class Evse {
        final int id;
        volatile ConnectorStatusEnum status = ConnectorStatusEnum.AVAILABLE;
        volatile String transactionId;
        volatile ChargingProfile limit;
        ScheduledFuture<?> meterTimer;
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

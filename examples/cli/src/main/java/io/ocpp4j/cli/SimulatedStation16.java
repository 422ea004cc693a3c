package io.ocpp4j.cli;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.core.frame.FrameProblem;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.model.AuthorizationData;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AvailabilityStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationResponse;
import io.ocpp4j.v16.model.CancelReservationStatus;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChangeAvailabilityResponse;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChangeConfigurationResponse;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import io.ocpp4j.v16.model.ClearCacheRequest;
import io.ocpp4j.v16.model.ClearCacheResponse;
import io.ocpp4j.v16.model.ClearCacheStatus;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileResponse;
import io.ocpp4j.v16.model.ClearChargingProfileStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetDiagnosticsResponse;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.GetLocalListVersionResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MeterValue;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStartTransactionResponse;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionResponse;
import io.ocpp4j.v16.model.ReservationStatus;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.model.ReserveNowResponse;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetResponse;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.SampledValue;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.SendLocalListResponse;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.model.SetChargingProfileResponse;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageResponse;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.model.UnitOfMeasure;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockConnectorResponse;
import io.ocpp4j.v16.model.UnlockStatus;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.model.UpdateFirmwareResponse;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v16.station.CentralSystem;
import io.ocpp4j.v16.station.CoreHandler;
import io.ocpp4j.v16.station.FirmwareManagementHandler;
import io.ocpp4j.v16.station.LocalAuthListManagementHandler;
import io.ocpp4j.v16.station.RemoteTriggerHandler;
import io.ocpp4j.v16.station.ReservationHandler;
import io.ocpp4j.v16.station.SmartChargingHandler;
import io.ocpp4j.v16.station.Station16;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A simulated OCPP 1.6 charge point with in-memory "hardware", shaped by a {@link StationProfile}: it
 * boots, reports its connectors, sends heartbeats, authorizes tags, runs transactions with meter values
 * from a simple energy model, obeys charging profiles within the profile's limits, and answers the
 * Central System's calls for every feature profile the product supports (the others are answered
 * {@code NotSupported}).
 *
 * <p>It is built directly on the {@link Station16} facade, so it stays small: no durable message queue,
 * no offline authorization, no firmware actually downloaded. The station runtime of {@code ocpp-16}
 * (configuration store, authorization, transactions that survive restarts) is meant to replace these
 * internals; this class's public surface — attach, boot, authorize, start/stop, meter values,
 * {@link #problems()} — is what {@code ocpp4j station} and the demo need from it.
 */
final class SimulatedStation16 implements SimulatedStation {

    /** Seconds of simulated charging between two meter samples when the demo drives them. */
    private static final int SIMULATED_SAMPLE_SECONDS = 300;

    private final StationProfile profile;
    private final String identity;
    private final RpcRuntime runtime;
    private final Station16 station;
    private final boolean periodicMeterValues;
    private final Map<String, String[]> configuration = new LinkedHashMap<>(); // key -> {value, readonly}
    private final Connector[] connectors;
    private final Map<Integer, ChargingProfile> chargingProfiles = new HashMap<>();
    private final Map<String, IdTagInfo> localList = new HashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final CompletableFuture<BootNotificationResponse> booted = new CompletableFuture<>();
    private final Object lock = new Object();
    private volatile RegistrationStatus registration;
    private volatile int localListVersion;
    private volatile ScheduledFuture<?> heartbeat;
    private volatile ScheduledFuture<?> bootRetry;
    private volatile int connects;
    private volatile boolean closed;
    private CompletableFuture<Void> nextConnect; // guarded by lock

    private SimulatedStation16(Builder builder) {
        this.profile = builder.profile;
        this.identity = builder.identity;
        this.runtime = builder.runtime;
        this.periodicMeterValues = builder.periodicMeterValues;
        int count = builder.connectors > 0 ? builder.connectors : profile.connectors();
        this.connectors = new Connector[count + 1];
        for (int i = 0; i <= count; i++) {
            connectors[i] = new Connector(i, 1_000_000L * (i + 1) + 12_345L * identity.length());
        }
        initialConfiguration(count);
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
        RpcListener stats = builder.listener;
        Station16.Builder facade = Station16.builder(runtime)
                .version(profile.securityExtension() ? Ocpp16Security.VERSION : Ocpp16.VERSION)
                .sessionOptions(session -> session.listener(both(stats, problemListener)).callTimeout(builder.callTimeout))
                .listener(new SessionListener<RpcSession>() {
                    @Override
                    public void connected(RpcSession session) {
                        onConnected();
                    }
                })
                .core(new Core());
        if (profile.supports("FirmwareManagement")) {
            facade.firmwareManagement(new Firmware());
        }
        if (profile.supports("LocalAuthListManagement")) {
            facade.localAuthListManagement(new LocalList());
        }
        if (profile.supports("Reservation")) {
            facade.reservation(new Reservations());
        }
        if (profile.supports("SmartCharging")) {
            facade.smartCharging(new SmartCharging());
        }
        if (profile.supports("RemoteTrigger")) {
            facade.remoteTrigger(new Trigger());
        }
        this.station = facade.build();
    }

    /**
     * @param profile what the station is
     * @param identity its identity
     * @param runtime shared threads and schemas
     * @return a builder
     */
    static Builder builder(StationProfile profile, String identity, RpcRuntime runtime) {
        return new Builder(profile, identity, runtime);
    }

    /** @return the station identity */
    @Override
    public String identity() {
        return identity;
    }

    /** @return the profile */
    @Override
    public StationProfile profile() {
        return profile;
    }

    /** @return the subprotocol the station speaks */
    @Override
    public String subprotocol() {
        return Ocpp16.VERSION.subprotocol();
    }

    /** @return the number of connectors, not counting 0 */
    int connectorCount() {
        return connectors.length - 1;
    }

    /** Takes a new connection to the Central System (after each (re)connect). */
    @Override
    public void attach(Connection connection) {
        station.attach(connection);
    }

    /** @return completes with the accepted BootNotification answer */
    @Override
    public CompletableFuture<BootNotificationResponse> booted() {
        return booted;
    }

    /** @return the current registration status, or {@code null} before the first answer */
    RegistrationStatus registration() {
        return registration;
    }

    /** @return how many times the station connected */
    @Override
    public int connects() {
        return connects;
    }

    /** @return whether the station has a link to its Central System */
    @Override
    public boolean isConnected() {
        return station.centralSystem().isConnected();
    }

    /** @return what went differently than the profile expects, e.g. a CALLERROR from the CSMS */
    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Records a deviation found by the one driving the station. */
    void problem(String text) {
        problems.add(text);
    }

    /** Drops the link (the reconnecting transport, if any, connects again). */
    void disconnect() {
        station.disconnect();
    }

    /** Stops the timers. The connection is the transport's to close. */
    @Override
    public void close() {
        closed = true;
        cancel(heartbeat);
        cancel(bootRetry);
        for (Connector connector : connectors) {
            cancel(connector.meterTimer);
        }
    }

    // ---- what the station sends ------------------------------------------------------------------

    /** @return completes the next time the station's link comes up (after a reconnect, say) */
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
        if (registration == RegistrationStatus.ACCEPTED) {
            statusAll(); // back after a lost link: tell the CSMS where every connector stands
        } else {
            boot();
        }
    }

    /** Sends a BootNotification; retries after the interval while Pending or Rejected. */
    CompletionStage<BootNotificationResponse> boot() {
        CentralSystem cs = station.centralSystem();
        return cs.bootNotification(new BootNotificationRequest()
                        .withChargePointVendor(clip(profile.vendor(), 20))
                        .withChargePointModel(clip(profile.model(), 20))
                        .withChargePointSerialNumber(clip(identity, 25))
                        .withFirmwareVersion(clip(profile.firmwareVersion(), 50)))
                .whenComplete((response, failure) -> {
                    if (failure != null || closed) {
                        return;
                    }
                    registration = response.getStatus();
                    int interval = response.getInterval() == null ? 0 : response.getInterval();
                    if (response.getStatus() == RegistrationStatus.ACCEPTED) {
                        setHeartbeatInterval(clampHeartbeat(interval));
                        statusAll().whenComplete((v, e) -> booted.complete(response));
                    } else {
                        cancel(bootRetry);
                        bootRetry = runtime.scheduler().schedule(() -> {
                            if (registration != RegistrationStatus.ACCEPTED && isConnected()) {
                                boot();
                            }
                        }, Math.max(1, interval == 0 ? 10 : interval), TimeUnit.SECONDS);
                    }
                });
    }

    /** Sends a StatusNotification for connector 0 and each connector. */
    CompletionStage<Void> statusAll() {
        CompletableFuture<?>[] all = new CompletableFuture<?>[connectors.length];
        for (Connector connector : connectors) {
            all[connector.id] = status(connector.id).toCompletableFuture();
        }
        return CompletableFuture.allOf(all).exceptionally(e -> null);
    }

    private CompletionStage<Void> status(int connectorId) {
        ChargePointStatus status = connectors[connectorId].status;
        return station.centralSystem().statusNotification(new StatusNotificationRequest()
                        .withConnectorId(connectorId).withErrorCode(ChargePointErrorCode.NO_ERROR).withStatus(status)
                        .withTimestamp(now()))
                .thenApply(response -> null);
    }

    private CompletionStage<Void> setStatus(int connectorId, ChargePointStatus status) {
        Connector connector = connectors[connectorId];
        synchronized (lock) {
            if (connector.status == status) {
                return CompletableFuture.completedFuture(null);
            }
            connector.status = status;
        }
        return status(connectorId);
    }

    /** Sends one Heartbeat. */
    @Override
    public CompletionStage<Void> heartbeat() {
        return station.centralSystem().heartbeat(new HeartbeatRequest()).thenApply(r -> null);
    }

    /**
     * Presents a tag: Authorize, unless the local list knows it.
     *
     * @param idTag the tag
     * @return its status
     */
    CompletionStage<AuthorizationStatus> authorize(String idTag) {
        return station.centralSystem().authorize(new AuthorizeRequest().withIdTag(idTag))
                .thenApply(response -> response.getIdTagInfo().getStatus());
    }

    /**
     * Plugs in and starts a transaction: Preparing, StartTransaction, Charging.
     *
     * @param connectorId the connector
     * @param idTag the authorized tag
     * @return the transaction id, or failed if the CSMS did not accept the tag
     */
    CompletionStage<Integer> startTransaction(int connectorId, String idTag) {
        Connector connector = connector(connectorId);
        synchronized (lock) {
            if (connector.transactionId != null || connector.starting) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "connector " + connectorId + " already has a transaction"));
            }
            connector.starting = true;
        }
        return setStatus(connectorId, ChargePointStatus.PREPARING)
                .thenCompose(v -> station.centralSystem().startTransaction(new StartTransactionRequest()
                        .withConnectorId(connectorId).withIdTag(idTag).withMeterStart(meterWh(connector))
                        .withTimestamp(now())))
                .thenCompose(response -> {
                    int transactionId = response.getTransactionId();
                    AuthorizationStatus status = response.getIdTagInfo().getStatus();
                    synchronized (lock) {
                        connector.starting = false;
                        connector.transactionId = transactionId;
                        connector.idTag = idTag;
                    }
                    if (status != AuthorizationStatus.ACCEPTED) {
                        // StopTransactionOnInvalidId: end it at once
                        return stopTransaction(connectorId, Reason.DE_AUTHORIZED)
                                .thenApply(x -> { throw new IllegalStateException("tag " + idTag + " is " + status.value()); });
                    }
                    return setStatus(connectorId, ChargePointStatus.CHARGING).thenApply(x -> {
                        startMeterTimer(connector);
                        connector.started(transactionId);
                        return transactionId;
                    });
                })
                .whenComplete((id, failure) -> {
                    if (failure != null) {
                        synchronized (lock) {
                            connector.starting = false;
                        }
                    }
                });
    }

    /**
     * Ends the transaction on a connector: StopTransaction, Finishing, Available.
     *
     * @param connectorId the connector
     * @param reason why
     * @return done when the CSMS answered
     */
    CompletionStage<Void> stopTransaction(int connectorId, Reason reason) {
        Connector connector = connector(connectorId);
        Integer transactionId;
        String idTag;
        synchronized (lock) {
            transactionId = connector.transactionId;
            idTag = connector.idTag;
            connector.transactionId = null;
            connector.idTag = null;
            connector.txProfile = null;
        }
        if (transactionId == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no transaction on connector " + connectorId));
        }
        cancel(connector.meterTimer);
        StopTransactionRequest request = new StopTransactionRequest().withTransactionId(transactionId)
                .withMeterStop(meterWh(connector)).withTimestamp(now()).withReason(reason);
        if (reason == Reason.LOCAL && idTag != null) {
            request.setIdTag(idTag);
        }
        return station.centralSystem().stopTransaction(request)
                .thenCompose(response -> setStatus(connectorId, ChargePointStatus.FINISHING))
                .thenCompose(v -> setStatus(connectorId, ChargePointStatus.AVAILABLE))
                .whenComplete((v, e) -> connector.stopped(transactionId));
    }

    /**
     * Samples the meter of a connector and sends it: one MeterValues with the configured measurands.
     *
     * @param connectorId the connector
     * @return done when the CSMS answered
     */
    @Override
    public CompletionStage<Void> sendMeterValues(int connectorId) {
        Connector connector = connector(connectorId);
        MeterValue value = sample(connector, SIMULATED_SAMPLE_SECONDS);
        MeterValuesRequest request = new MeterValuesRequest().withConnectorId(connectorId)
                .withMeterValue(List.of(value));
        Integer transactionId = connector.transactionId;
        if (transactionId != null) {
            request.setTransactionId(transactionId);
        }
        return station.centralSystem().meterValues(request).thenApply(r -> null);
    }

    /** @return the transaction on a connector */
    Optional<Integer> transactionId(int connectorId) {
        return Optional.ofNullable(connector(connectorId).transactionId);
    }

    /** @return the status of a connector */
    ChargePointStatus connectorStatus(int connectorId) {
        return connector(connectorId).status;
    }

    /** @return completes with the id of the next transaction started on the connector */
    CompletableFuture<Integer> nextTransactionStart(int connectorId) {
        return connector(connectorId).nextStart();
    }

    /** @return completes with the id of the next transaction stopped on the connector */
    CompletableFuture<Integer> nextTransactionStop(int connectorId) {
        return connector(connectorId).nextStop();
    }

    /** @return the power the connector draws now, in watts */
    @Override
    public int powerW(int connectorId) {
        return power(connector(connectorId));
    }

    // ---- SimulatedStation ------------------------------------------------------------------------

    @Override
    public boolean accepted() {
        return registration == RegistrationStatus.ACCEPTED;
    }

    @Override
    public CompletionStage<Boolean> presentTag(String idTag) {
        return authorize(idTag).thenApply(status -> status == AuthorizationStatus.ACCEPTED);
    }

    @Override
    public CompletionStage<String> startCharging(int connectorId, String idTag) {
        return startTransaction(connectorId, idTag).thenApply(String::valueOf);
    }

    @Override
    public CompletionStage<Void> stopCharging(int connectorId) {
        return stopTransaction(connectorId, Reason.LOCAL);
    }

    @Override
    public boolean charging(int connectorId) {
        return transactionId(connectorId).isPresent();
    }

    @Override
    public CompletableFuture<String> nextStart(int connectorId) {
        return nextTransactionStart(connectorId).thenApply(String::valueOf);
    }

    @Override
    public CompletableFuture<String> nextStop(int connectorId) {
        return nextTransactionStop(connectorId).thenApply(String::valueOf);
    }

    // ---- energy model ---------------------------------------------------------------------------

    private int power(Connector connector) {
        if (connector.transactionId == null) {
            return 0;
        }
        int max = profile.maxPowerW();
        ChargingProfile limit = connector.txProfile != null ? connector.txProfile : chargingProfiles.values().stream()
                .filter(p -> p.getChargingProfilePurpose() != ChargingProfilePurpose.TX_PROFILE).findFirst().orElse(null);
        if (limit != null) {
            ChargingSchedulePeriod period = limit.getChargingSchedule().getChargingSchedulePeriod().get(0);
            double value = period.getLimit().doubleValue();
            int watts = limit.getChargingSchedule().getChargingRateUnit() == ChargingRateUnit.W ? (int) value
                    : (int) (value * profile.voltage() * (profile.dc() ? 1 : Math.max(1, profile.phases())));
            max = Math.min(max, watts);
        }
        return Math.max(0, max);
    }

    private int meterWh(Connector connector) {
        return (int) Math.min(Integer.MAX_VALUE, connector.energyWh);
    }

    private MeterValue sample(Connector connector, int seconds) {
        int power;
        synchronized (lock) {
            power = power(connector);
            connector.energyWh += (long) power * seconds / 3600;
            if (connector.transactionId != null) {
                connector.soc = Math.min(100, connector.soc + power * seconds / 3600.0 / 600); // a 60 kWh battery
            }
        }
        int voltage = profile.voltage();
        int phases = profile.dc() ? 1 : Math.max(1, profile.phases());
        List<SampledValue> values = new ArrayList<>();
        for (String name : measurands()) {
            Measurand measurand = Measurand.fromValue(name);
            String value;
            UnitOfMeasure unit;
            switch (measurand) {
                case ENERGY_ACTIVE_IMPORT_REGISTER -> {
                    value = Long.toString(connector.energyWh);
                    unit = UnitOfMeasure.WH;
                }
                case POWER_ACTIVE_IMPORT -> {
                    value = Integer.toString(power);
                    unit = UnitOfMeasure.W;
                }
                case POWER_OFFERED -> {
                    value = Integer.toString(connector.transactionId == null ? 0 : power(connector));
                    unit = UnitOfMeasure.W;
                }
                case CURRENT_IMPORT -> {
                    value = decimal(power / (double) voltage / phases);
                    unit = UnitOfMeasure.A;
                }
                case CURRENT_OFFERED -> {
                    value = decimal(connector.transactionId == null ? 0 : power(connector) / (double) voltage / phases);
                    unit = UnitOfMeasure.A;
                }
                case VOLTAGE -> {
                    value = Integer.toString(voltage);
                    unit = UnitOfMeasure.V;
                }
                case SO_C -> {
                    value = Integer.toString((int) connector.soc);
                    unit = UnitOfMeasure.PERCENT;
                }
                case TEMPERATURE -> {
                    value = Integer.toString(25 + power / 10_000);
                    unit = UnitOfMeasure.CELSIUS;
                }
                case ENERGY_ACTIVE_EXPORT_REGISTER, ENERGY_REACTIVE_EXPORT_REGISTER, ENERGY_REACTIVE_IMPORT_REGISTER -> {
                    value = "0";
                    unit = measurand == Measurand.ENERGY_ACTIVE_EXPORT_REGISTER ? UnitOfMeasure.WH : UnitOfMeasure.VARH;
                }
                case POWER_ACTIVE_EXPORT -> {
                    value = "0";
                    unit = UnitOfMeasure.W;
                }
                case CURRENT_EXPORT -> {
                    value = "0";
                    unit = UnitOfMeasure.A;
                }
                default -> {
                    continue;
                }
            }
            SampledValue sampled = new SampledValue().withValue(value).withContext(ReadingContext.SAMPLE_PERIODIC)
                    .withMeasurand(measurand).withUnit(unit);
            values.add(sampled);
        }
        return new MeterValue().withTimestamp(now()).withSampledValue(values);
    }

    private List<String> measurands() {
        String configured = configuration.get("MeterValuesSampledData")[0];
        return configured.isBlank() ? List.of("Energy.Active.Import.Register") : Arrays.asList(configured.split(","));
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private void startMeterTimer(Connector connector) {
        int interval = intConfig("MeterValueSampleInterval");
        if (!periodicMeterValues || interval <= 0) {
            return;
        }
        cancel(connector.meterTimer);
        connector.meterTimer = runtime.scheduler().scheduleAtFixedRate(() -> {
            if (connector.transactionId != null && isConnected()) {
                sendMeterValuesNow(connector, interval);
            }
        }, interval, interval, TimeUnit.SECONDS);
    }

    private void sendMeterValuesNow(Connector connector, int seconds) {
        MeterValuesRequest request = new MeterValuesRequest().withConnectorId(connector.id)
                .withMeterValue(List.of(sample(connector, seconds)));
        if (connector.transactionId != null) {
            request.setTransactionId(connector.transactionId);
        }
        station.centralSystem().meterValues(request);
    }

    // ---- configuration ---------------------------------------------------------------------------

    private void initialConfiguration(int count) {
        int heartbeatInterval = clampHeartbeat(profile.heartbeatInterval());
        String sampled = String.join(",", profile.sampledMeasurands().subList(0,
                Math.min(profile.sampledMeasurands().size(), profile.meterValuesSampledDataMaxLength())));
        put("AllowOfflineTxForUnknownId", "false", false);
        put("AuthorizationCacheEnabled", "true", false);
        put("AuthorizeRemoteTxRequests", "false", false);
        put("ClockAlignedDataInterval", "0", false);
        put("ConnectionTimeOut", "60", false);
        put("GetConfigurationMaxKeys", Integer.toString(profile.getConfigurationMaxKeys()), true);
        put("HeartbeatInterval", Integer.toString(heartbeatInterval), false);
        put("LocalAuthorizeOffline", "true", false);
        put("LocalPreAuthorize", "false", false);
        put("MeterValuesAlignedData", String.join(",", profile.alignedMeasurands()), false);
        put("MeterValuesSampledData", sampled, false);
        put("MeterValuesSampledDataMaxLength", Integer.toString(profile.meterValuesSampledDataMaxLength()), true);
        put("MeterValueSampleInterval", Integer.toString(profile.meterValueSampleInterval()), false);
        put("NumberOfConnectors", Integer.toString(count), true);
        put("ResetRetries", "1", false);
        put("ConnectorPhaseRotation", "NotApplicable", false);
        put("StopTransactionOnEVSideDisconnect", "true", false);
        put("StopTransactionOnInvalidId", "true", false);
        put("StopTxnAlignedData", "", false);
        put("StopTxnSampledData", "", false);
        put("SupportedFeatureProfiles", String.join(",", profile.featureProfiles()), true);
        put("TransactionMessageAttempts", "3", false);
        put("TransactionMessageRetryInterval", "60", false);
        put("UnlockConnectorOnEVSideDisconnect", "true", false);
        put("WebSocketPingInterval", Integer.toString(profile.webSocketPingInterval()), false);
        if (profile.supports("LocalAuthListManagement")) {
            put("LocalAuthListEnabled", "true", false);
            put("LocalAuthListMaxLength", Integer.toString(profile.localAuthListMaxLength()), true);
            put("SendLocalListMaxLength", Integer.toString(profile.sendLocalListMaxLength()), true);
        }
        if (profile.supports("Reservation")) {
            put("ReserveConnectorZeroSupported", Boolean.toString(profile.reserveConnectorZeroSupported()), true);
        }
        if (profile.supports("SmartCharging")) {
            put("ChargeProfileMaxStackLevel", Integer.toString(profile.chargingProfileMaxStackLevel()), true);
            put("ChargingScheduleAllowedChargingRateUnit", String.join(",", profile.chargingRateUnits()) .replace("A", "Current").replace("W", "Power"), true);
            put("ChargingScheduleMaxPeriods", Integer.toString(profile.chargingScheduleMaxPeriods()), true);
            put("MaxChargingProfilesInstalled", "10", true);
        }
        if (profile.supports("FirmwareManagement")) {
            put("SupportedFileTransferProtocols", String.join(",", profile.supportedFileTransferProtocols()), true);
        }
        if (profile.securityExtension()) {
            put("SecurityProfile", "0", false);
            put("AuthorizationKey", "", false);
            put("CpoName", "", false);
        }
    }

    /**
     * Sets a configuration value as the station's installer would, without the checks of
     * ChangeConfiguration.
     *
     * @param key a known key
     * @param value its value
     */
    @Override
    public void configure(String key, String value) {
        synchronized (configuration) {
            String[] entry = configuration.get(key);
            if (entry == null) {
                throw new IllegalArgumentException("no configuration key " + key);
            }
            entry[0] = value;
        }
    }

    /** Sets the security profile the station runs in, as its {@code SecurityProfile} key reports it. */
    @Override
    public void securityProfile(int number) {
        if (configuration.containsKey("SecurityProfile")) {
            configuration.get("SecurityProfile")[0] = Integer.toString(number);
        }
    }

    private void put(String key, String value, boolean readonly) {
        configuration.put(key, new String[] {value, Boolean.toString(readonly)});
    }

    private int intConfig(String key) {
        synchronized (configuration) {
            return Integer.parseInt(configuration.get(key)[0]);
        }
    }

    private int clampHeartbeat(int seconds) {
        return Math.max(profile.heartbeatIntervalMin(), Math.min(profile.heartbeatIntervalMax(), seconds));
    }

    private void setHeartbeatInterval(int seconds) {
        synchronized (configuration) {
            configuration.get("HeartbeatInterval")[0] = Integer.toString(seconds);
        }
        cancel(heartbeat);
        if (seconds > 0 && !closed) {
            heartbeat = runtime.scheduler().scheduleAtFixedRate(() -> {
                if (isConnected()) {
                    heartbeat();
                }
            }, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    /** Whether a configuration value is acceptable; {@code null} if so, else why not. */
    private String checkConfiguration(String key, String value) {
        try {
            switch (key) {
                case "HeartbeatInterval" -> {
                    int seconds = Integer.parseInt(value);
                    if (seconds < profile.heartbeatIntervalMin() || seconds > profile.heartbeatIntervalMax()) {
                        return "out of range";
                    }
                }
                case "MeterValueSampleInterval" -> {
                    int seconds = Integer.parseInt(value);
                    if (seconds < profile.meterValueSampleIntervalMin() || seconds > profile.meterValueSampleIntervalMax()) {
                        return "out of range";
                    }
                }
                case "MeterValuesSampledData", "MeterValuesAlignedData", "StopTxnSampledData", "StopTxnAlignedData" -> {
                    List<String> names = value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
                    if (names.size() > profile.meterValuesSampledDataMaxLength()) {
                        return "too many measurands";
                    }
                    for (String name : names) {
                        if (!profile.supportedMeasurands().contains(name)) {
                            return "measurand not supported";
                        }
                    }
                }
                case "ClockAlignedDataInterval", "ConnectionTimeOut", "ResetRetries", "TransactionMessageAttempts",
                     "TransactionMessageRetryInterval", "WebSocketPingInterval" -> {
                    if (Integer.parseInt(value) < 0) {
                        return "negative";
                    }
                }
                case "SecurityProfile" -> {
                    int number = Integer.parseInt(value);
                    if (!profile.securityProfiles().contains(number)
                            || number < Integer.parseInt(configuration.get("SecurityProfile")[0])) {
                        return "not supported or a downgrade";
                    }
                }
                case "AuthorizationKey" -> {
                    if (value.length() < 16 || value.length() > 40) {
                        return "must be 16 to 40 characters";
                    }
                }
                default -> {
                    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                        return null;
                    }
                    String current = configuration.get(key)[0];
                    if (current.equals("true") || current.equals("false")) {
                        return "must be true or false";
                    }
                }
            }
        } catch (NumberFormatException e) {
            return "not a number";
        }
        return null;
    }

    // ---- handlers --------------------------------------------------------------------------------

    private final class Core implements CoreHandler {

        @Override
        public CompletionStage<ChangeAvailabilityResponse> onChangeAvailability(ChangeAvailabilityRequest request,
                                                                                CallContext context) {
            int id = request.getConnectorId();
            if (id < 0 || id >= connectors.length) {
                return done(new ChangeAvailabilityResponse().withStatus(AvailabilityStatus.REJECTED));
            }
            boolean busy = id == 0 ? Arrays.stream(connectors).anyMatch(c -> c.transactionId != null)
                    : connectors[id].transactionId != null;
            if (busy) {
                return done(new ChangeAvailabilityResponse().withStatus(AvailabilityStatus.SCHEDULED));
            }
            ChargePointStatus status = request.getType() == AvailabilityType.INOPERATIVE
                    ? ChargePointStatus.UNAVAILABLE : ChargePointStatus.AVAILABLE;
            later(() -> {
                for (Connector connector : connectors) {
                    if (id == 0 || connector.id == id) {
                        setStatus(connector.id, status);
                    }
                }
            });
            return done(new ChangeAvailabilityResponse().withStatus(AvailabilityStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<ChangeConfigurationResponse> onChangeConfiguration(ChangeConfigurationRequest request,
                                                                                  CallContext context) {
            String key = request.getKey();
            String value = request.getValue();
            ConfigurationStatus status;
            synchronized (configuration) {
                String[] entry = configuration.get(key);
                if (entry == null) {
                    status = ConfigurationStatus.NOT_SUPPORTED;
                } else if (Boolean.parseBoolean(entry[1]) || checkConfiguration(key, value) != null) {
                    status = ConfigurationStatus.REJECTED;
                } else {
                    entry[0] = value;
                    status = key.equals("SecurityProfile") ? ConfigurationStatus.REBOOT_REQUIRED : ConfigurationStatus.ACCEPTED;
                }
            }
            if (status == ConfigurationStatus.ACCEPTED && key.equals("HeartbeatInterval")) {
                setHeartbeatInterval(Integer.parseInt(value));
            }
            return done(new ChangeConfigurationResponse().withStatus(status));
        }

        @Override
        public CompletionStage<ClearCacheResponse> onClearCache(ClearCacheRequest request, CallContext context) {
            return done(new ClearCacheResponse().withStatus(ClearCacheStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<DataTransferResponse> onDataTransfer(DataTransferRequest request, CallContext context) {
            return done(new DataTransferResponse().withStatus(DataTransferStatus.UNKNOWN_VENDOR_ID));
        }

        @Override
        public CompletionStage<GetConfigurationResponse> onGetConfiguration(GetConfigurationRequest request,
                                                                            CallContext context) {
            List<String> keys = request.getKey() == null ? List.of() : request.getKey();
            if (keys.size() > profile.getConfigurationMaxKeys()) {
                return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                        "at most " + profile.getConfigurationMaxKeys() + " keys per request (GetConfigurationMaxKeys)"));
            }
            List<KeyValue> known = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            synchronized (configuration) {
                for (String key : keys.isEmpty() ? List.copyOf(configuration.keySet()) : keys) {
                    String[] entry = configuration.get(key);
                    if (entry == null) {
                        unknown.add(key);
                    } else if (key.equals("AuthorizationKey")) {
                        known.add(new KeyValue().withKey(key).withReadonly(false)); // write-only: never read back
                    } else {
                        known.add(new KeyValue().withKey(key).withReadonly(Boolean.parseBoolean(entry[1]))
                                .withValue(clip(entry[0], 500)));
                    }
                }
            }
            GetConfigurationResponse response = new GetConfigurationResponse().withConfigurationKey(known);
            if (!unknown.isEmpty()) {
                response.setUnknownKey(unknown);
            }
            return done(response);
        }

        @Override
        public CompletionStage<RemoteStartTransactionResponse> onRemoteStartTransaction(
                RemoteStartTransactionRequest request, CallContext context) {
            Integer requested = request.getConnectorId();
            Connector chosen = null;
            synchronized (lock) {
                for (int i = 1; i < connectors.length; i++) {
                    Connector c = connectors[i];
                    boolean free = c.transactionId == null && !c.starting
                            && (c.status == ChargePointStatus.AVAILABLE || c.status == ChargePointStatus.PREPARING);
                    if ((requested == null || requested == i) && free) {
                        chosen = c;
                        break;
                    }
                }
                ChargingProfile txProfile = request.getChargingProfile();
                if (chosen != null && txProfile != null) {
                    if (!profile.supports("SmartCharging")
                            || txProfile.getChargingProfilePurpose() != ChargingProfilePurpose.TX_PROFILE) {
                        chosen = null;
                    } else {
                        chosen.txProfile = txProfile;
                    }
                }
            }
            if (chosen == null) {
                return done(new RemoteStartTransactionResponse().withStatus(RemoteStartStopStatus.REJECTED));
            }
            int connectorId = chosen.id;
            String idTag = request.getIdTag();
            later(() -> {
                CompletionStage<AuthorizationStatus> authorized = Boolean.parseBoolean(configuration.get("AuthorizeRemoteTxRequests")[0])
                        ? authorize(idTag) : CompletableFuture.completedFuture(AuthorizationStatus.ACCEPTED);
                authorized.thenCompose(status -> status == AuthorizationStatus.ACCEPTED
                                ? startTransaction(connectorId, idTag) : CompletableFuture.completedFuture(null))
                        .exceptionally(e -> null);
            });
            return done(new RemoteStartTransactionResponse().withStatus(RemoteStartStopStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<RemoteStopTransactionResponse> onRemoteStopTransaction(
                RemoteStopTransactionRequest request, CallContext context) {
            for (int i = 1; i < connectors.length; i++) {
                Integer transactionId = connectors[i].transactionId;
                if (transactionId != null && transactionId.equals(request.getTransactionId())) {
                    int connectorId = i;
                    later(() -> stopTransaction(connectorId, Reason.REMOTE));
                    return done(new RemoteStopTransactionResponse().withStatus(RemoteStartStopStatus.ACCEPTED));
                }
            }
            return done(new RemoteStopTransactionResponse().withStatus(RemoteStartStopStatus.REJECTED));
        }

        @Override
        public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
            Reason reason = request.getType() == ResetType.HARD ? Reason.HARD_RESET : Reason.SOFT_RESET;
            later(() -> {
                List<CompletableFuture<Void>> stops = new ArrayList<>();
                for (int i = 1; i < connectors.length; i++) {
                    if (connectors[i].transactionId != null) {
                        stops.add(stopTransaction(i, reason).toCompletableFuture().exceptionally(e -> null));
                    }
                }
                CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
                    registration = null; // rebooting: boot again on the next connection
                    cancel(heartbeat);
                    disconnect();
                });
            });
            return done(new ResetResponse().withStatus(ResetStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<UnlockConnectorResponse> onUnlockConnector(UnlockConnectorRequest request,
                                                                          CallContext context) {
            int id = request.getConnectorId();
            if (id < 1 || id >= connectors.length) {
                return done(new UnlockConnectorResponse().withStatus(UnlockStatus.NOT_SUPPORTED));
            }
            if (connectors[id].transactionId != null) {
                later(() -> stopTransaction(id, Reason.UNLOCK_COMMAND));
            }
            return done(new UnlockConnectorResponse().withStatus(UnlockStatus.UNLOCKED));
        }
    }

    private final class Firmware implements FirmwareManagementHandler {

        @Override
        public CompletionStage<GetDiagnosticsResponse> onGetDiagnostics(GetDiagnosticsRequest request,
                                                                        CallContext context) {
            later(() -> station.centralSystem().diagnosticsStatusNotification(
                    new DiagnosticsStatusNotificationRequest().withStatus(DiagnosticsStatus.UPLOADING))
                    .thenCompose(r -> station.centralSystem().diagnosticsStatusNotification(
                            new DiagnosticsStatusNotificationRequest().withStatus(DiagnosticsStatus.UPLOADED))));
            return done(new GetDiagnosticsResponse().withFileName("diagnostics-" + identity + ".log"));
        }

        @Override
        public CompletionStage<UpdateFirmwareResponse> onUpdateFirmware(UpdateFirmwareRequest request,
                                                                        CallContext context) {
            later(() -> {
                CompletionStage<?> chain = CompletableFuture.completedFuture(null);
                for (FirmwareStatus status : List.of(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                        FirmwareStatus.INSTALLING, FirmwareStatus.INSTALLED)) {
                    chain = chain.thenCompose(r -> station.centralSystem().firmwareStatusNotification(
                            new FirmwareStatusNotificationRequest().withStatus(status)));
                }
            });
            return done(new UpdateFirmwareResponse());
        }
    }

    private final class LocalList implements LocalAuthListManagementHandler {

        @Override
        public CompletionStage<GetLocalListVersionResponse> onGetLocalListVersion(GetLocalListVersionRequest request,
                                                                                  CallContext context) {
            return done(new GetLocalListVersionResponse().withListVersion(localListVersion));
        }

        @Override
        public CompletionStage<SendLocalListResponse> onSendLocalList(SendLocalListRequest request, CallContext context) {
            List<AuthorizationData> entries = request.getLocalAuthorizationList() == null ? List.of()
                    : request.getLocalAuthorizationList();
            if (entries.size() > profile.sendLocalListMaxLength()) {
                return done(new SendLocalListResponse().withStatus(UpdateStatus.FAILED));
            }
            synchronized (localList) {
                if (request.getUpdateType() == io.ocpp4j.v16.model.UpdateType.DIFFERENTIAL
                        && request.getListVersion() <= localListVersion) {
                    return done(new SendLocalListResponse().withStatus(UpdateStatus.VERSION_MISMATCH));
                }
                Map<String, IdTagInfo> next = new HashMap<>(
                        request.getUpdateType() == io.ocpp4j.v16.model.UpdateType.FULL ? Map.of() : localList);
                for (AuthorizationData entry : entries) {
                    if (entry.getIdTagInfo() == null) {
                        next.remove(entry.getIdTag());
                    } else {
                        next.put(entry.getIdTag(), entry.getIdTagInfo());
                    }
                }
                if (next.size() > profile.localAuthListMaxLength()) {
                    return done(new SendLocalListResponse().withStatus(UpdateStatus.FAILED));
                }
                localList.clear();
                localList.putAll(next);
                localListVersion = request.getListVersion();
            }
            return done(new SendLocalListResponse().withStatus(UpdateStatus.ACCEPTED));
        }
    }

    private final class Reservations implements ReservationHandler {

        @Override
        public CompletionStage<ReserveNowResponse> onReserveNow(ReserveNowRequest request, CallContext context) {
            int id = request.getConnectorId();
            if (id < 0 || id >= connectors.length || (id == 0 && !profile.reserveConnectorZeroSupported())) {
                return done(new ReserveNowResponse().withStatus(ReservationStatus.REJECTED));
            }
            Connector connector = connectors[Math.max(1, id)];
            synchronized (lock) {
                if (connector.status == ChargePointStatus.UNAVAILABLE) {
                    return done(new ReserveNowResponse().withStatus(ReservationStatus.UNAVAILABLE));
                }
                if (connector.transactionId != null || connector.reservationId != null
                        && !connector.reservationId.equals(request.getReservationId())) {
                    return done(new ReserveNowResponse().withStatus(ReservationStatus.OCCUPIED));
                }
                connector.reservationId = request.getReservationId();
            }
            later(() -> setStatus(connector.id, ChargePointStatus.RESERVED));
            return done(new ReserveNowResponse().withStatus(ReservationStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<CancelReservationResponse> onCancelReservation(CancelReservationRequest request,
                                                                              CallContext context) {
            for (Connector connector : connectors) {
                synchronized (lock) {
                    if (connector.reservationId != null && connector.reservationId.equals(request.getReservationId())) {
                        connector.reservationId = null;
                        later(() -> setStatus(connector.id, ChargePointStatus.AVAILABLE));
                        return done(new CancelReservationResponse().withStatus(CancelReservationStatus.ACCEPTED));
                    }
                }
            }
            return done(new CancelReservationResponse().withStatus(CancelReservationStatus.REJECTED));
        }
    }

    private final class SmartCharging implements SmartChargingHandler {

        @Override
        public CompletionStage<SetChargingProfileResponse> onSetChargingProfile(SetChargingProfileRequest request,
                                                                                CallContext context) {
            ChargingProfile chargingProfile = request.getCsChargingProfiles();
            ChargingSchedule schedule = chargingProfile.getChargingSchedule();
            int id = request.getConnectorId();
            boolean acceptable = id >= 0 && id < connectors.length
                    && profile.chargingRateUnits().contains(schedule.getChargingRateUnit().value())
                    && chargingProfile.getStackLevel() <= profile.chargingProfileMaxStackLevel()
                    && schedule.getChargingSchedulePeriod().size() <= Math.max(1, profile.chargingScheduleMaxPeriods());
            if (acceptable && chargingProfile.getChargingProfilePurpose() == ChargingProfilePurpose.TX_PROFILE) {
                Connector connector = id == 0 ? null : connectors[id];
                acceptable = connector != null && connector.transactionId != null
                        && (chargingProfile.getTransactionId() == null
                        || chargingProfile.getTransactionId().equals(connector.transactionId));
                if (acceptable) {
                    connector.txProfile = chargingProfile;
                }
            } else if (acceptable) {
                synchronized (lock) {
                    chargingProfiles.put(chargingProfile.getChargingProfileId(), chargingProfile);
                }
            }
            return done(new SetChargingProfileResponse().withStatus(
                    acceptable ? ChargingProfileStatus.ACCEPTED : ChargingProfileStatus.REJECTED));
        }

        @Override
        public CompletionStage<ClearChargingProfileResponse> onClearChargingProfile(ClearChargingProfileRequest request,
                                                                                    CallContext context) {
            boolean cleared = false;
            synchronized (lock) {
                if (request.getId() != null) {
                    cleared = chargingProfiles.remove(request.getId()) != null;
                    for (Connector connector : connectors) {
                        if (connector.txProfile != null && request.getId().equals(connector.txProfile.getChargingProfileId())) {
                            connector.txProfile = null;
                            cleared = true;
                        }
                    }
                } else {
                    cleared = !chargingProfiles.isEmpty() || Arrays.stream(connectors).anyMatch(c -> c.txProfile != null);
                    chargingProfiles.clear();
                    for (Connector connector : connectors) {
                        connector.txProfile = null;
                    }
                }
            }
            return done(new ClearChargingProfileResponse().withStatus(
                    cleared ? ClearChargingProfileStatus.ACCEPTED : ClearChargingProfileStatus.UNKNOWN));
        }

        @Override
        public CompletionStage<GetCompositeScheduleResponse> onGetCompositeSchedule(GetCompositeScheduleRequest request,
                                                                                    CallContext context) {
            int id = request.getConnectorId();
            if (id < 0 || id >= connectors.length) {
                return done(new GetCompositeScheduleResponse().withStatus(GetCompositeScheduleStatus.REJECTED));
            }
            ChargingRateUnit unit = request.getChargingRateUnit() != null ? request.getChargingRateUnit()
                    : profile.chargingRateUnits().contains("A") ? ChargingRateUnit.A : ChargingRateUnit.W;
            int watts = id == 0 ? profile.maxPowerW() : Math.max(power(connectors[id]), 0);
            if (watts == 0) {
                watts = profile.maxPowerW();
            }
            double limit = unit == ChargingRateUnit.W ? watts
                    : watts / (double) profile.voltage() / (profile.dc() ? 1 : Math.max(1, profile.phases()));
            ChargingSchedule schedule = new ChargingSchedule().withDuration(request.getDuration())
                    .withStartSchedule(now()).withChargingRateUnit(unit)
                    .withChargingSchedulePeriod(List.of(new ChargingSchedulePeriod().withStartPeriod(0)
                            .withLimit(BigDecimal.valueOf(limit).setScale(1, RoundingMode.HALF_UP))));
            return done(new GetCompositeScheduleResponse().withStatus(GetCompositeScheduleStatus.ACCEPTED)
                    .withConnectorId(id).withScheduleStart(now()).withChargingSchedule(schedule));
        }
    }

    private final class Trigger implements RemoteTriggerHandler {

        @Override
        public CompletionStage<TriggerMessageResponse> onTriggerMessage(TriggerMessageRequest request,
                                                                        CallContext context) {
            Integer id = request.getConnectorId();
            if (id != null && (id < 0 || id >= connectors.length)) {
                return done(new TriggerMessageResponse().withStatus(TriggerMessageStatus.REJECTED));
            }
            Runnable send = switch (request.getRequestedMessage()) {
                case BOOT_NOTIFICATION -> SimulatedStation16.this::boot;
                case HEARTBEAT -> SimulatedStation16.this::heartbeat;
                case STATUS_NOTIFICATION -> id == null ? SimulatedStation16.this::statusAll : () -> status(id);
                case METER_VALUES -> () -> {
                    for (Connector connector : connectors) {
                        if (connector.id > 0 && (id == null || id == connector.id)) {
                            sendMeterValuesNow(connector, 0);
                        }
                    }
                };
                case DIAGNOSTICS_STATUS_NOTIFICATION -> () -> station.centralSystem().diagnosticsStatusNotification(
                        new DiagnosticsStatusNotificationRequest().withStatus(DiagnosticsStatus.IDLE));
                case FIRMWARE_STATUS_NOTIFICATION -> () -> station.centralSystem().firmwareStatusNotification(
                        new FirmwareStatusNotificationRequest().withStatus(FirmwareStatus.IDLE));
            };
            later(send);
            return done(new TriggerMessageResponse().withStatus(TriggerMessageStatus.ACCEPTED));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Runs a follow-up shortly after the current answer went out, as a real station would. */
    private void later(Runnable task) {
        runtime.scheduler().schedule(() -> runtime.handlerExecutor().execute(task), 20, TimeUnit.MILLISECONDS);
    }

    private Connector connector(int id) {
        if (id < 1 || id >= connectors.length) {
            throw new IllegalArgumentException(identity + " has no connector " + id);
        }
        return connectors[id];
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

    static RpcListener both(RpcListener a, RpcListener b) {
        return new RpcListener() {
            @Override
            public void callSent(String action) {
                a.callSent(action);
                b.callSent(action);
            }

            @Override
            public void callEnded(String action, Outcome outcome, long latencyNanos) {
                a.callEnded(action, outcome, latencyNanos);
                b.callEnded(action, outcome, latencyNanos);
            }

            @Override
            public void callReceived(String action) {
                a.callReceived(action);
                b.callReceived(action);
            }

            @Override
            public void callErrorSent(ErrorCode code) {
                a.callErrorSent(code);
                b.callErrorSent(code);
            }

            @Override
            public void callErrorReceived(String action, ErrorCode code) {
                a.callErrorReceived(action, code);
                b.callErrorReceived(action, code);
            }

            @Override
            public void malformedFrame(FrameProblem problem) {
                a.malformedFrame(problem);
                b.malformedFrame(problem);
            }

            @Override
            public void frameDropped(DropReason reason) {
                a.frameDropped(reason);
                b.frameDropped(reason);
            }

            @Override
            public void queueDepth(int depth) {
                a.queueDepth(depth);
                b.queueDepth(depth);
            }
        };
    }

    /** One connector's simulated hardware and state; guarded by the station's lock. */
    private static final class Connector {
        final int id;
        volatile ChargePointStatus status = ChargePointStatus.AVAILABLE;
        volatile Integer transactionId;
        volatile boolean starting;
        volatile String idTag;
        volatile Integer reservationId;
        volatile ChargingProfile txProfile;
        volatile ScheduledFuture<?> meterTimer;
        long energyWh;
        double soc = 20;
        private CompletableFuture<Integer> nextStart;
        private CompletableFuture<Integer> nextStop;

        Connector(int id, long energyWh) {
            this.id = id;
            this.energyWh = energyWh;
        }

        synchronized CompletableFuture<Integer> nextStart() {
            if (nextStart == null) {
                nextStart = new CompletableFuture<>();
            }
            return nextStart;
        }

        synchronized CompletableFuture<Integer> nextStop() {
            if (nextStop == null) {
                nextStop = new CompletableFuture<>();
            }
            return nextStop;
        }

        void started(int transactionId) {
            CompletableFuture<Integer> waiter;
            synchronized (this) {
                waiter = nextStart;
                nextStart = null;
            }
            if (waiter != null) {
                waiter.complete(transactionId);
            }
        }

        void stopped(int transactionId) {
            CompletableFuture<Integer> waiter;
            synchronized (this) {
                waiter = nextStop;
                nextStop = null;
            }
            if (waiter != null) {
                waiter.complete(transactionId);
            }
        }
    }

    /** Builds a {@link SimulatedStation16}. */
    static final class Builder {
        private final StationProfile profile;
        private final String identity;
        private final RpcRuntime runtime;
        private int connectors;
        private boolean periodicMeterValues = true;
        private RpcListener listener = RpcListener.NONE;
        private Duration callTimeout = Duration.ofSeconds(30);

        private Builder(StationProfile profile, String identity, RpcRuntime runtime) {
            this.profile = profile;
            this.identity = identity;
            this.runtime = runtime;
            if (!profile.ocpp().equals("1.6")) {
                throw new IllegalArgumentException("profile " + profile.name() + " is an OCPP " + profile.ocpp()
                        + " station; this simulator speaks 1.6");
            }
        }

        /** @param count connectors, overriding the profile's (0 = the profile's) */
        Builder connectors(int count) {
            this.connectors = count;
            return this;
        }

        /** @param enabled whether meter values are sent every MeterValueSampleInterval during a transaction */
        Builder periodicMeterValues(boolean enabled) {
            this.periodicMeterValues = enabled;
            return this;
        }

        /** @param listener hears the station's calls, for statistics */
        Builder listener(RpcListener listener) {
            this.listener = listener;
            return this;
        }

        /** @param timeout how long the station waits for each answer */
        Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        SimulatedStation16 build() {
            return new SimulatedStation16(this);
        }
    }
}

package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.v16.FeatureProfiles;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChangeConfigurationResponse;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageResponse;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.station.Station16;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimiter;
import io.ocpp4j.v16.station.runtime.hardware.ConnectorLock;
import io.ocpp4j.v16.station.runtime.hardware.DiagnosticsUploader;
import io.ocpp4j.v16.station.runtime.hardware.FirmwareUpdater;
import io.ocpp4j.v16.station.runtime.hardware.Contactor;
import io.ocpp4j.v16.station.runtime.hardware.HardwareEvents;
import io.ocpp4j.v16.station.runtime.hardware.Meter;
import io.ocpp4j.v16.station.runtime.hardware.Rebooter;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import io.ocpp4j.v16.station.runtime.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OCPP 1.6 charge point that behaves as the specification requires, on top of
 * {@link Station16}: boot and heartbeats, the configuration keys, authorization (cache, local list,
 * offline rules), transactions with a durable message queue, availability, reset, unlock, remote
 * start/stop, data transfer and, with {@link Builder#smartCharging}, {@link Builder#reservation},
 * {@link Builder#remoteTrigger} and {@link Builder#firmwareManagement}, the other feature profiles. Firmware supplies hardware hooks and a {@link Store}; the transport
 * supplies connections.
 *
 * <pre>{@code
 * SimulatedHardware hardware = new SimulatedHardware(2, Clock.systemUTC());
 * StationRuntime station = StationRuntime.builder(rpcRuntime)
 *         .identity("CP-1")
 *         .bootInfo(BootInfo.builder("ACME", "X1").firmwareVersion("1.0").build())
 *         .connectors(2)
 *         .store(MvStoreStore.open(Path.of("/var/lib/cp/ocpp.mv.db")))
 *         .meter(hardware).contactor(hardware).connectorLock(hardware).rebooter(hardware)
 *         .build();
 * hardware.bind(station.events());
 * station.start();
 * // for each (re)connection of the transport:
 * station.attach(connection);
 * }</pre>
 *
 * <h2>Threading</h2>
 * All of the runtime's state lives on one <em>state thread</em>: a serial queue on the
 * {@link RpcRuntime}'s handler executor (no thread of its own, none per connector). Hardware
 * events, the CSMS's calls, answers to the station's calls and timers (on the {@link RpcRuntime}'s
 * scheduler) are all handled there, one at a time, in order. Public methods may be called from any
 * thread and never block; queries read snapshots. Hardware hooks are called on the state thread and
 * should return quickly. Store commits happen there too (one per state change that must survive a
 * crash).
 *
 * <h2>Durability</h2>
 * Configuration changes, the authorization cache and local list, connector availability, ongoing
 * transactions, the queue of StartTransaction / MeterValues / StopTransaction messages and the state
 * of a firmware update are kept in the store. After a restart on the same store (a reset, a crash, a power loss), queued messages
 * are delivered in their original order; transactions that were ongoing are reported stopped with
 * reason {@code PowerLoss}, at their last known meter reading.
 */
public final class StationRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StationRuntime.class);

    private final Context ctx;
    private final Station16 station;
    private final ChargePointController controller;
    private final Registration registration;
    private final TransactionQueue queue;
    private final CoreRequests core;
    private final Rebooter rebooter;
    private final HardwareEvents events;
    /** {@code null} without the Smart Charging profile. */
    private final SmartCharging smartCharging;
    /** {@code null} without the Reservation profile. */
    private final Reservations reservations;
    /** {@code null} without the Firmware Management profile. */
    private final FirmwareManagement firmware;
    private final RemoteTrigger trigger;
    private volatile boolean started;

    private StationRuntime(Builder builder) {
        RpcRuntime rpc = builder.rpcRuntime;
        Store store = builder.store;
        List<String> profiles = new ArrayList<>(List.of(FeatureProfiles.CORE));
        if (builder.localAuthListManagement) {
            profiles.add(FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT);
        }
        builder.extraProfiles.stream().filter(p -> !profiles.contains(p)).forEach(profiles::add);
        Map<String, ConfigurationKey> keys = new LinkedHashMap<>();
        for (ConfigurationKey key : ConfigurationKeys.standard(builder.connectors, builder.meter.supportedMeasurands(), profiles)) {
            keys.put(key.name(), key);
        }
        builder.keys.forEach(key -> keys.put(key.name(), key));
        builder.ranges.forEach((name, range) -> {
            ConfigurationKey key = keys.get(name);
            if (key == null || key.type() != ConfigurationKey.Type.INTEGER) {
                throw new IllegalArgumentException("a range needs a defined integer key: " + name);
            }
            keys.put(name, key.withRange(range));
        });
        Configuration config = new Configuration(keys.values(), builder.settings, store.map("configuration"));
        StateExecutor state = new StateExecutor(rpc.handlerExecutor(), builder.stateQueueCapacity, builder.identity);
        List<ConfigurationListener> listeners = List.copyOf(builder.configurationListeners);
        ConfigurationListener configurationListener = (key, value) -> listeners.forEach(l -> l.changed(key, value));
        List<ClockListener> clockListeners = List.copyOf(builder.clockListeners);
        ClockListener clockListener = (before, after) -> clockListeners.forEach(l -> l.clockSet(before, after));
        this.ctx = new Context(builder.identity, state, rpc.scheduler(), new StationClock(builder.clock, clockListener), config, store,
                builder.meter, builder.contactor, builder.connectorLock, builder.connectors, configurationListener,
                builder.configurationGuard);
        this.rebooter = builder.rebooter;
        AuthorizationCache cache = new AuthorizationCache(store.map("authorizationCache"), builder.authorizationCacheCapacity);
        LocalAuthList localList = new LocalAuthList(store.map("localAuthList"), store.map("localAuthListVersion"));
        Authorizer authorizer = new Authorizer(ctx, cache, localList, builder.localAuthListManagement);
        this.queue = new TransactionQueue(ctx, store.map("transactionMessages"), store.map("transactionIds"),
                builder.maxQueuedMeterValues, builder.queuedActions, builder.maxQueuedExtensionMessages);
        StatusReporter status = new StatusReporter(ctx);
        this.controller = new ChargePointController(ctx, authorizer, queue, status, store.map("availability"),
                builder.resetGrace, builder.resetStopTimeout, this::reboot);
        controller.transactions(new Transactions(ctx, queue, store.map("transactions"), store.map("transactionCounter"),
                builder.maxStopTransactionMeterValues, controller::sampled));
        queue.outcomes(controller);
        this.firmware = builder.diagnosticsUploader == null ? null : new FirmwareManagement(ctx, store.map("firmwareUpdate"),
                builder.firmwareUpdater, builder.diagnosticsUploader, builder.firmwarePolicy, this::transactionsOngoing,
                this::reboot);
        this.registration = new Registration(ctx, builder.bootInfo, builder.bootRetryInterval,
                firmware == null ? List.of(controller) : List.of(controller, firmware));
        ctx.registration = registration;
        this.core = new CoreRequests(ctx, controller, cache, registration, builder.dataTransfer);
        this.smartCharging = builder.supply == null ? null
                : new SmartCharging(ctx, controller, store.map("chargingProfiles"), builder.supply, builder.chargingLimiter);
        this.reservations = builder.reservation ? new Reservations(ctx, controller, store.map("reservations")) : null;
        Station16.Builder stationBuilder = Station16.builder(rpc);
        builder.stationOptions.accept(stationBuilder);
        if (reservations != null) {
            stationBuilder.reservation(reservations);
        }
        if (firmware != null) {
            stationBuilder.firmwareManagement(firmware);
        }
        this.trigger = new RemoteTrigger(ctx, controller, status, firmware);
        if (builder.remoteTrigger) {
            stationBuilder.remoteTrigger(trigger);
        }
        if (smartCharging != null) {
            core.smartCharging(smartCharging);
            controller.connectorsChanged(smartCharging::connectorsChanged);
            stationBuilder.smartCharging(smartCharging);
        }
        this.station = stationBuilder
                .core(core)
                .localAuthListManagement(new LocalListRequests(ctx, localList, builder.localAuthListManagement))
                .listener(new SessionListener<RpcSession>() {
                    @Override
                    public void connected(RpcSession session) {
                        ctx.run(registration::connected);
                    }

                    @Override
                    public void disconnected(RpcSession session) {
                        ctx.run(registration::disconnected);
                    }
                })
                .build();
        ctx.central = station.centralSystem();
        ctx.link = station.link();
        this.events = new Events();
    }

    /**
     * @param rpcRuntime the shared threads (the runtime's timers use its scheduler, its state thread
     *                   its handler executor) and compiled schemas
     * @return a new builder
     */
    public static Builder builder(RpcRuntime rpcRuntime) {
        return new Builder(rpcRuntime);
    }

    /**
     * Starts the runtime: reports transactions a power loss interrupted, derives the connectors'
     * statuses, starts the clock-aligned meter values and takes up a firmware update the restart
     * ended (its outcome is reported once BootNotification is accepted). Call once, before the first
     * {@link #attach}.
     */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        ctx.run(controller::start);
        if (reservations != null) {
            ctx.run(reservations::start);
        }
        if (firmware != null) {
            ctx.run(firmware::start);
        }
    }

    /**
     * Takes a new connection to the CSMS (after every (re)connect of the transport). Quick and
     * non-blocking; BootNotification (or the delivery of what was queued) follows on the state thread.
     *
     * @param connection the new connection, speaking {@code ocpp1.6}
     */
    public void attach(Connection connection) {
        if (!started) {
            throw new IllegalStateException("start() the runtime before attaching a connection");
        }
        station.attach(connection);
    }

    /** @return the protocol facade underneath, e.g. for extension handlers' typed view of the CSMS */
    public Station16 station() {
        return station;
    }

    /** @return where the hardware reports cables, id tags, EV states and faults */
    public HardwareEvents events() {
        return events;
    }

    /** @return the CSMS's last answer to BootNotification, empty before the first */
    public Optional<RegistrationStatus> registrationStatus() {
        return Optional.ofNullable(registration.status());
    }

    /**
     * @param connectorId the connector, or 0 for the station
     * @return a snapshot of its state
     * @throws IllegalArgumentException for an unknown connector
     */
    public ConnectorView connector(int connectorId) {
        if (connectorId < 0 || connectorId > ctx.connectors) {
            throw new IllegalArgumentException("no connector " + connectorId);
        }
        ConnectorView view = controller.view(connectorId);
        return view == null ? new ConnectorView(connectorId, null, false, null) : view;
    }

    /** @return the number of connectors */
    public int connectors() {
        return ctx.connectors;
    }

    /** @return transaction messages stored and not yet delivered */
    public int queuedTransactionMessages() {
        return queue.size();
    }

    /**
     * @param key a configuration key
     * @return its value, if the key is defined
     */
    public Optional<String> configuration(String key) {
        return ctx.config.find(key);
    }

    /**
     * Changes a configuration key as a local operator would; the same rules as ChangeConfiguration.
     *
     * @param key the key
     * @param value the value
     * @return the outcome
     */
    public CompletionStage<ConfigurationStatus> changeConfiguration(String key, String value) {
        return core.onChangeConfiguration(new ChangeConfigurationRequest().withKey(key).withValue(value), null)
                .thenApply(ChangeConfigurationResponse::getStatus);
    }

    /**
     * Sets a configuration key on the station's own behalf, as the firmware or an extension would
     * (e.g. the security extension falling back to the previous {@code SecurityProfile}): read-only
     * keys too, without the {@link ConfigurationGuard}, stored and committed. The listeners are not
     * told.
     *
     * @param key a defined key
     * @param value its new value
     * @return whether the value was valid for the key and is now set
     */
    public CompletionStage<Boolean> setConfiguration(String key, String value) {
        return ctx.supply(() -> {
            boolean set = ctx.config.setInternally(key, value);
            if (set) {
                ctx.commit();
            }
            return set;
        });
    }

    /**
     * Sends a message now, as TriggerMessage would (also when the Remote Trigger profile is not
     * supported): BootNotification, Heartbeat, MeterValues or StatusNotification, for one connector
     * or all. For extensions such as the security extension's ExtendedTriggerMessage.
     *
     * @param message what to send
     * @param connectorId the connector, or {@code null} for all
     * @return {@code Accepted}, or {@code Rejected} for a connector the station does not have; the
     *         message follows on the state thread
     */
    public CompletionStage<TriggerMessageStatus> trigger(MessageTrigger message, Integer connectorId) {
        return trigger.onTriggerMessage(new TriggerMessageRequest().withRequestedMessage(message)
                .withConnectorId(connectorId), null).thenApply(TriggerMessageResponse::getStatus);
    }

    /**
     * @return whether the runtime answers UpdateFirmware (the Firmware Management profile with a
     *         {@link FirmwareUpdater}, {@link Builder#firmwareManagement}); an extension with its own
     *         firmware update (the security extension's signed update) requires that it does not
     */
    public boolean updatesFirmware() {
        return firmware != null && firmware.updatesFirmware();
    }

    /**
     * Holds every connector Unavailable, or releases them, for work that must not run during a
     * transaction (e.g. the security extension's firmware installation, which waits for the
     * transactions to end): connectors without a transaction report Unavailable at once and take no
     * new transaction (pending authorizations are cancelled); a transaction under way goes on, and its
     * connector becomes Unavailable when it ends. The availability the CSMS set is kept and applies
     * again on release. Not stored: a restart releases the hold.
     *
     * @param hold whether to hold the connectors
     * @return completes on the state thread once the statuses are derived again
     */
    public CompletionStage<Void> holdConnectors(boolean hold) {
        return onStateThread(() -> {
            controller.hold(hold);
            return null;
        });
    }

    /**
     * Runs a task on the state thread once no transaction is ongoing: soon if none is, else right
     * after the last one ends (e.g. a firmware installation that must not interrupt charging). Call it
     * on the state thread ({@link #onStateThread}); a task that is no longer wanted when it runs
     * should return at once.
     *
     * @param task what to run
     * @throws IllegalStateException when not called on the state thread
     */
    public void whenNoTransaction(Runnable task) {
        if (!ctx.state.inStateThread()) {
            throw new IllegalStateException("whenNoTransaction runs on the state thread: call it inside onStateThread");
        }
        controller.whenNoTransaction(Objects.requireNonNull(task, "task"));
    }

    /** @return the station's time: the clock corrected by the CSMS's time, as its messages carry it */
    public java.time.Instant now() {
        return ctx.clock.instant();
    }

    /**
     * Runs a task on the runtime's state thread, for extensions that keep their own state in the
     * runtime's {@link Store} (they may change it and commit it there, and call {@link #enqueue}).
     * Nothing else may touch the store while the runtime runs.
     *
     * @param task the task; must return quickly and never block
     * @param <T> what it computes
     * @return its result; fails with {@link RejectedExecutionException} when the state queue is full,
     *         or with the task's own exception
     */
    public <T> CompletionStage<T> onStateThread(Supplier<T> task) {
        try {
            return ctx.supply(task);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Queues a message for the CSMS with the guarantees of transaction messages: stored, sent in
     * order with them once the station is online and registered, sent again after a lost connection
     * or a restart, dropped only after {@code TransactionMessageAttempts} CALLERRORs. For extensions,
     * e.g. the security extension's SecurityEventNotification. Call it on the state thread
     * ({@link #onStateThread}); the message is durable at the store's next commit there.
     *
     * @param action an action declared with {@link Builder#queuedAction}
     * @param request the request
     * @param <Q> the request type
     * @return whether it was queued; {@code false} when the bound of queued extension messages is reached
     * @throws IllegalStateException when not called on the state thread
     * @throws IllegalArgumentException for an action not declared
     */
    public <Q> boolean enqueue(Action<Q, ?> action, Q request) {
        if (!ctx.state.inStateThread()) {
            throw new IllegalStateException("enqueue runs on the state thread: call it inside onStateThread");
        }
        boolean queued = queue.addExtension(action, Objects.requireNonNull(request, "request"));
        if (queued) {
            ctx.run(queue::pump);
        }
        return queued;
    }

    /**
     * Sends DataTransfer to the CSMS.
     *
     * @param request the request
     * @return the CSMS's answer; fails with {@link ConnectionClosedException} while offline or not registered
     */
    public CompletionStage<DataTransferResponse> dataTransfer(DataTransferRequest request) {
        if (!ctx.online()) {
            return CompletableFuture.failedFuture(new ConnectionClosedException("DataTransfer: not registered with the CSMS"));
        }
        return station.centralSystem().dataTransfer(request);
    }

    /**
     * Stops the runtime: timers stop, the connection closes, nothing more is sent. The store stays
     * open (it belongs to the caller); what was queued is delivered by the next runtime on it.
     */
    @Override
    public void close() {
        if (ctx.isClosed()) {
            return;
        }
        ctx.close();
        try {
            ctx.state.execute(this::stopParts);
        } catch (RuntimeException e) {
            log.debug("{}: state thread gone while closing", ctx.identity);
        }
        station.disconnect();
    }

    private void stopParts() {
        if (smartCharging != null) {
            smartCharging.close();
        }
        if (reservations != null) {
            reservations.close();
        }
        if (firmware != null) {
            firmware.close();
        }
        registration.close();
        controller.close();
        queue.close();
    }

    /** @return whether a transaction is ongoing on any connector (state thread) */
    private boolean transactionsOngoing() {
        for (int id = 1; id <= ctx.connectors; id++) {
            if (controller.transaction(id) != null) {
                return true;
            }
        }
        return false;
    }

    private void reboot(ResetType type) {
        log.info("{}: rebooting ({})", ctx.identity, type);
        ctx.close();
        stopParts();
        station.disconnect();
        rebooter.reboot(type);
    }

    /** The hardware's events, handled on the state thread. */
    private final class Events implements HardwareEvents {
        @Override
        public void cablePlugged(int connectorId) {
            ctx.run(() -> controller.cablePlugged(connectorId));
        }

        @Override
        public void cableUnplugged(int connectorId) {
            ctx.run(() -> controller.cableUnplugged(connectorId));
        }

        @Override
        public void idTagPresented(int connectorId, String idTag) {
            ctx.run(() -> controller.idTagPresented(connectorId, idTag));
        }

        @Override
        public void evSuspended(int connectorId) {
            ctx.run(() -> controller.evSuspended(connectorId, true));
        }

        @Override
        public void evResumed(int connectorId) {
            ctx.run(() -> controller.evSuspended(connectorId, false));
        }

        @Override
        public void faultDetected(int connectorId, ChargePointErrorCode errorCode, String info) {
            ctx.run(() -> controller.faultDetected(connectorId, errorCode, info));
        }

        @Override
        public void faultCleared(int connectorId) {
            ctx.run(() -> controller.faultCleared(connectorId));
        }

        @Override
        public void powerFailing() {
            ctx.run(controller::powerFailing);
        }
    }

    /** Builds a {@link StationRuntime}. Meter, contactor and boot information are required. */
    public static final class Builder {
        private final RpcRuntime rpcRuntime;
        private String identity = "station";
        private BootInfo bootInfo;
        private int connectors = 1;
        private Store store;
        private Clock clock = Clock.systemUTC();
        private Meter meter;
        private Contactor contactor;
        private ConnectorLock connectorLock;
        private Rebooter rebooter = type -> log.warn("reset {} requested, but no Rebooter is installed", type);
        private boolean localAuthListManagement = true;
        private final List<String> extraProfiles = new ArrayList<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<ConfigurationKey> keys = new ArrayList<>();
        private final Map<String, KeyRange> ranges = new LinkedHashMap<>();
        private final Map<String, DataTransferHandler> dataTransfer = new LinkedHashMap<>();
        private final List<ConfigurationListener> configurationListeners = new ArrayList<>();
        private final List<ClockListener> clockListeners = new ArrayList<>();
        private ConfigurationGuard configurationGuard = ConfigurationGuard.ALLOW_ALL;
        private final Map<String, Action<?, ?>> queuedActions = new LinkedHashMap<>();
        private int maxQueuedExtensionMessages = 1_000;
        private int authorizationCacheCapacity = 1_000;
        private int maxQueuedMeterValues = 10_000;
        private int maxStopTransactionMeterValues = 100;
        private int stateQueueCapacity = 10_000;
        private Duration bootRetryInterval = Duration.ofSeconds(60);
        private Duration resetGrace = Duration.ofSeconds(1);
        private Duration resetStopTimeout = Duration.ofSeconds(30);
        private Consumer<Station16.Builder> stationOptions = options -> {
        };
        private ElectricalSupply supply;
        private boolean remoteTrigger;
        private boolean reservation;
        private FirmwareUpdater firmwareUpdater;
        private DiagnosticsUploader diagnosticsUploader;
        private FirmwarePolicy firmwarePolicy;
        private ChargingLimiter chargingLimiter;

        private Builder(RpcRuntime rpcRuntime) {
            this.rpcRuntime = Objects.requireNonNull(rpcRuntime, "rpcRuntime");
        }

        /**
         * @param value the station's identity, for logs (the transport decides what the CSMS sees)
         * @return this
         */
        public Builder identity(String value) {
            this.identity = Objects.requireNonNull(value, "identity");
            return this;
        }

        /**
         * @param value what BootNotification says (required)
         * @return this
         */
        public Builder bootInfo(BootInfo value) {
            this.bootInfo = Objects.requireNonNull(value, "bootInfo");
            return this;
        }

        /**
         * @param value the number of connectors, 1 or more (default 1)
         * @return this
         */
        public Builder connectors(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one connector");
            }
            this.connectors = value;
            return this;
        }

        /**
         * @param value where state is kept (default: an {@link InMemoryStore}, which does not survive
         *              the JVM; use {@link io.ocpp4j.v16.station.runtime.store.MvStoreStore} for a real station)
         * @return this
         */
        public Builder store(Store value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * @param value the local clock (default UTC system clock); corrected by the CSMS's time
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the meter (required)
         * @return this
         */
        public Builder meter(Meter value) {
            this.meter = Objects.requireNonNull(value, "meter");
            return this;
        }

        /**
         * @param value the relays (required)
         * @return this
         */
        public Builder contactor(Contactor value) {
            this.contactor = Objects.requireNonNull(value, "contactor");
            return this;
        }

        /**
         * @param value the cable locks; leave unset for fixed cables (UnlockConnector is then
         *              answered {@code NotSupported})
         * @return this
         */
        public Builder connectorLock(ConnectorLock value) {
            this.connectorLock = Objects.requireNonNull(value, "connectorLock");
            return this;
        }

        /**
         * @param value reboots after a Reset (default: logs a warning and does nothing)
         * @return this
         */
        public Builder rebooter(Rebooter value) {
            this.rebooter = Objects.requireNonNull(value, "rebooter");
            return this;
        }

        /**
         * @param value whether the Local Auth List Management profile is supported (default true)
         * @return this
         */
        public Builder localAuthListManagement(boolean value) {
            this.localAuthListManagement = value;
            return this;
        }

        /**
         * Declares a further feature profile in {@code SupportedFeatureProfiles}, for one whose
         * handler is installed with {@link #stationOptions}.
         *
         * @param profile a name of {@link FeatureProfiles}
         * @return this
         */
        public Builder supportedProfile(String profile) {
            this.extraProfiles.add(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /**
         * Sets a configuration key's value at build: the firmware's defaults for read-write keys
         * (a value the CSMS set later, kept in the store, wins) and the values of read-only keys
         * (e.g. {@code GetConfigurationMaxKeys}, {@code LocalAuthListMaxLength}).
         *
         * @param key a standard key or one defined with {@link #key}
         * @param value its value
         * @return this
         */
        public Builder configure(String key, String value) {
            this.settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Defines a vendor key, or replaces the definition of a standard one (e.g. to narrow the
         * range of {@code HeartbeatInterval}).
         *
         * @param key the definition
         * @return this
         */
        public Builder key(ConfigurationKey key) {
            this.keys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Sets the values an integer key accepts, e.g. the station's certified
         * {@code HeartbeatInterval} or {@code MeterValueSampleInterval} range: ChangeConfiguration
         * outside it is {@code Rejected}, and an interval the CSMS gives in its BootNotification
         * answer is taken to the nearer end. A default outside the range moves to its nearer end.
         *
         * @param key a standard key or one defined with {@link #key}, of type integer
         * @param range the accepted values
         * @return this
         */
        public Builder range(String key, KeyRange range) {
            this.ranges.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(range, "range"));
            return this;
        }

        /**
         * @param vendorId the vendor id the handler answers for
         * @param handler answers the CSMS's DataTransfer for it
         * @return this
         */
        public Builder dataTransfer(String vendorId, DataTransferHandler handler) {
            this.dataTransfer.put(Objects.requireNonNull(vendorId, "vendorId"), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * Adds a listener (each call adds one; they are told in the order added).
         *
         * @param listener hears configuration changes, to apply those the runtime does not
         * @return this
         */
        public Builder configurationListener(ConfigurationListener listener) {
            this.configurationListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Adds a listener of the station's clock being set from the CSMS's time (each call adds one).
         *
         * @param listener hears, on the state thread, each time the CSMS's time moves the station's
         * @return this
         */
        public Builder clockListener(ClockListener listener) {
            this.clockListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @param guard has the last word on ChangeConfiguration of any key (default: allows what
         *              the key's definition accepts); an extension that guards several keys combines
         *              its rules in one guard
         * @return this
         */
        public Builder configurationGuard(ConfigurationGuard guard) {
            this.configurationGuard = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /**
         * Declares an extension's action whose messages {@link StationRuntime#enqueue} may queue
         * (its requests are stored, so that they are still known after a restart).
         *
         * @param action a station-to-CSMS action
         * @return this
         */
        public Builder queuedAction(Action<?, ?> action) {
            Objects.requireNonNull(action, "action");
            this.queuedActions.put(action.name(), action);
            return this;
        }

        /**
         * @param value the most extension messages ({@link StationRuntime#enqueue}) kept while
         *              offline; newer ones are refused beyond it (default 1,000)
         * @return this
         */
        public Builder maxQueuedExtensionMessages(int value) {
            this.maxQueuedExtensionMessages = positive(value);
            return this;
        }

        /**
         * @param value the most id tags the authorization cache holds (default 1,000)
         * @return this
         */
        public Builder authorizationCacheCapacity(int value) {
            this.authorizationCacheCapacity = positive(value);
            return this;
        }

        /**
         * @param value the most transaction MeterValues kept while offline; newer ones are dropped
         *              beyond it (default 10,000). StartTransaction and StopTransaction are always kept.
         * @return this
         */
        public Builder maxQueuedMeterValues(int value) {
            this.maxQueuedMeterValues = positive(value);
            return this;
        }

        /**
         * @param value the most meter values in StopTransaction's {@code transactionData} (default 100)
         * @return this
         */
        public Builder maxStopTransactionMeterValues(int value) {
            this.maxStopTransactionMeterValues = positive(value);
            return this;
        }

        /**
         * @param value the most tasks waiting for the state thread (default 10,000)
         * @return this
         */
        public Builder stateQueueCapacity(int value) {
            this.stateQueueCapacity = positive(value);
            return this;
        }

        /**
         * @param value how long to wait before retrying a BootNotification that failed or was
         *              answered with interval 0 (default 60 s)
         * @return this
         */
        public Builder bootRetryInterval(Duration value) {
            this.bootRetryInterval = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param grace the delay between answering Reset and acting on it, so the answer leaves
         *              first (default 1 s)
         * @param stopTimeout the longest wait for StopTransaction to be delivered before the
         *                    reboot (default 30 s); undelivered ones go after the reboot
         * @return this
         */
        public Builder reset(Duration grace, Duration stopTimeout) {
            this.resetGrace = Objects.requireNonNull(grace, "grace");
            this.resetStopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
            return this;
        }

        /**
         * Supports the Firmware Management feature profile: UpdateFirmware and GetDiagnostics, with
         * their status notifications; the hooks do the transfers and the installation.
         *
         * @param updater downloads and installs firmware
         * @param uploader collects and uploads diagnostics
         * @param policy whether downloads may run during transactions, and the transfer protocols
         * @return this
         */
        public Builder firmwareManagement(FirmwareUpdater updater, DiagnosticsUploader uploader, FirmwarePolicy policy) {
            this.firmwareUpdater = Objects.requireNonNull(updater, "updater");
            this.diagnosticsUploader = Objects.requireNonNull(uploader, "uploader");
            this.firmwarePolicy = Objects.requireNonNull(policy, "policy");
            return supportedProfile(FeatureProfiles.FIRMWARE_MANAGEMENT);
        }

        /**
         * Supports the Firmware Management feature profile for diagnostics only: GetDiagnostics with
         * DiagnosticsStatusNotification; UpdateFirmware is answered {@code NotSupported}. For a
         * station whose firmware updates come another way, such as the security extension's
         * SignedUpdateFirmware.
         *
         * @param uploader collects and uploads diagnostics
         * @param policy the transfer protocols ({@code downloadDuringTransaction} is not used)
         * @return this
         */
        public Builder diagnostics(DiagnosticsUploader uploader, FirmwarePolicy policy) {
            this.firmwareUpdater = null;
            this.diagnosticsUploader = Objects.requireNonNull(uploader, "uploader");
            this.firmwarePolicy = Objects.requireNonNull(policy, "policy");
            return supportedProfile(FeatureProfiles.FIRMWARE_MANAGEMENT);
        }

        /**
         * Supports the Reservation feature profile: ReserveNow and CancelReservation, Reserved
         * connectors, expiry, use by the reserved id tag or its group. Reservations of connector 0
         * also need {@code ReserveConnectorZeroSupported} set to {@code true} with {@link #configure}.
         *
         * @return this
         */
        public Builder reservation() {
            this.reservation = true;
            return supportedProfile(FeatureProfiles.RESERVATION);
        }

        /**
         * Supports the Remote Trigger feature profile: TriggerMessage for BootNotification,
         * DiagnosticsStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues and
         * StatusNotification, per connector.
         *
         * @return this
         */
        public Builder remoteTrigger() {
            this.remoteTrigger = true;
            return supportedProfile(FeatureProfiles.REMOTE_TRIGGER);
        }

        /**
         * Supports the Smart Charging feature profile: SetChargingProfile, ClearChargingProfile and
         * GetCompositeSchedule are answered by the runtime (profiles kept in the store), its
         * configuration keys ({@link SmartChargingKeys}) are defined, and each connector's effective
         * limit goes to the limiter whenever it changes.
         *
         * @param supply each connector's supply: voltage and phases to convert between A and W, and
         *               the hardware's maximum current
         * @param limiter applies the limits
         * @return this
         */
        public Builder smartCharging(ElectricalSupply supply, ChargingLimiter limiter) {
            this.supply = Objects.requireNonNull(supply, "supply");
            this.chargingLimiter = Objects.requireNonNull(limiter, "limiter");
            return supportedProfile(FeatureProfiles.SMART_CHARGING);
        }

        /**
         * Adds options (each call adds; they are applied in the order added).
         *
         * @param options applied to the {@link Station16} builder first: handlers of other feature
         *                profiles, extension handlers, session options (call timeout). The runtime
         *                then installs its Core and Local Auth List handlers and its session listener.
         * @return this
         */
        public Builder stationOptions(Consumer<Station16.Builder> options) {
            this.stationOptions = this.stationOptions.andThen(Objects.requireNonNull(options, "options"));
            return this;
        }

        /** @return the runtime, not started */
        public StationRuntime build() {
            Objects.requireNonNull(bootInfo, "bootInfo is required");
            Objects.requireNonNull(meter, "a meter is required");
            Objects.requireNonNull(contactor, "a contactor is required");
            if (store == null) {
                store = new InMemoryStore();
            }
            return new StationRuntime(this);
        }

        private static int positive(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("must be positive: " + value);
            }
            return value;
        }
    }
}

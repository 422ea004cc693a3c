package io.ocpp4j.cli;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.frame.FrameProblem;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.station.runtime.BootInfo;
import io.ocpp4j.v16.station.runtime.ConfigurationKey;
import io.ocpp4j.v16.station.runtime.ConfigurationKeys;
import io.ocpp4j.v16.station.runtime.ConnectorView;
import io.ocpp4j.v16.station.runtime.KeyRange;
import io.ocpp4j.v16.station.runtime.StationRuntime;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimit;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import io.ocpp4j.v16.station.runtime.store.Store;
import io.ocpp4j.v16.station.runtime.hardware.Meter;
import io.ocpp4j.v16.station.runtime.hardware.MeterReading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line's OCPP 1.6 station: the library's {@link StationRuntime} on {@link SimulatedHardware},
 * configured as the library's certified station profile of the same name
 * ({@code StationProfiles.named(...)}, the profiles the conformance suite runs: feature profiles,
 * measurands, ORS limits, units, transfer protocols). The runtime does the protocol (boot, heartbeats,
 * configuration, authorization, transactions with the durable queue, smart charging, remote trigger,
 * reservation, reset and, where the profile lists Firmware Management, UpdateFirmware and
 * GetDiagnostics with the simulated hardware's downloads, installation (then a reboot) and uploads); this
 * class plays the hardware's people:
 * <ul>
 *   <li>a driver who plugs in when a connector waits for a cable after a remote start, unplugs when a
 *       transaction has ended, and presents a card to start or stop locally;</li>
 *   <li>an installer who sets the profile's configuration ({@code GetConfigurationMaxKeys},
 *       measurands, limits) at build, and restarts the firmware on the same store after a Reset.</li>
 * </ul>
 * A card check outside a session ({@link #presentTag}) is an Authorize sent through the facade underneath
 * the runtime. Meter values are the runtime's own, every {@code MeterValueSampleInterval} while charging;
 * {@link #sendMeterValues} waits for the next one.
 */
final class RuntimeStation16 implements SimulatedStation {

    private static final Logger log = LoggerFactory.getLogger(RuntimeStation16.class);
    /** How often the simulated people look at the station. */
    private static final long WATCH_MILLIS = 25;

    private final StationProfile profile;
    /** The certified station the runtime is configured as: {@code StationProfiles.named(profile.name())}. */
    private final io.ocpp4j.v16.station.runtime.StationProfile certified;
    private final String identity;
    private final RpcRuntime rpc;
    private final RpcListener listener;
    private final Store store;
    private final boolean ownsStore;
    private final int connectorCount;
    private final SimulatedHardware hardware;
    private final Map<String, String> settings = new LinkedHashMap<>();
    /** The operator's {@code MeterValueSampleInterval}, or {@code null} for the profile's. */
    private final Integer sampleOverride;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final ScheduledFuture<?> watcher;
    private volatile StationRuntime runtime;
    private volatile boolean closed;
    private volatile int connects;
    private final AtomicInteger statusCallsInFlight = new AtomicInteger();
    // guarded by lock
    private final boolean[] plugged;
    private final String[] cards;
    private final Integer[] transactionIds;
    private final List<CompletableFuture<String>>[] startWaiters;
    private final List<CompletableFuture<String>>[] stopWaiters;
    private final List<CompletableFuture<Void>> meterWaiters = new ArrayList<>();
    private final CompletableFuture<Void> booted = new CompletableFuture<>();
    private CompletableFuture<Void> nextConnect;

    /**
     * @param profile a 1.6 profile
     * @param identity the station identity
     * @param rpc shared threads and schemas
     * @param listener hears the station's calls
     * @param connectors connectors, 0 for the profile's
     * @param store where the runtime keeps its state; {@code null} for an in-memory store
     * @param sampleInterval {@code MeterValueSampleInterval} to start with, or {@code null} for the profile's;
     *                       one outside the certified range widens the range the simulator accepts
     */
    @SuppressWarnings("unchecked")
    RuntimeStation16(StationProfile profile, String identity, RpcRuntime rpc, RpcListener listener, int connectors,
                     Store store, Integer sampleInterval) {
        if (!profile.ocpp().equals("1.6")) {
            throw new IllegalArgumentException("profile " + profile.name() + " is an OCPP " + profile.ocpp() + " station");
        }
        this.profile = profile;
        this.identity = identity;
        this.rpc = rpc;
        this.ownsStore = store == null;
        this.store = store == null ? new InMemoryStore() : store;
        this.connectorCount = connectors > 0 ? connectors : profile.connectors();
        this.plugged = new boolean[connectorCount + 1];
        this.cards = new String[connectorCount + 1];
        this.transactionIds = new Integer[connectorCount + 1];
        this.startWaiters = new List[connectorCount + 1];
        this.stopWaiters = new List[connectorCount + 1];
        for (int i = 1; i <= connectorCount; i++) {
            startWaiters[i] = new ArrayList<>();
            stopWaiters[i] = new ArrayList<>();
        }
        this.certified = profile.runtimeProfile().orElseThrow(() -> new IllegalArgumentException(
                "profile " + profile.name() + " is not among the library's StationProfiles"));
        this.hardware = new SimulatedHardware(connectorCount, Clock.systemUTC(), EnumSet.copyOf(certified.measurands()));
        for (int i = 1; i <= connectorCount; i++) {
            hardware.setPower(i, profile.maxPowerW());
        }
        RpcListener problemListener = new RpcListener() {
            @Override
            public void callSent(String action) {
                if (action.equals("StatusNotification")) {
                    statusCallsInFlight.incrementAndGet();
                }
            }

            @Override
            public void callEnded(String action, Outcome outcome, long latencyNanos) {
                if (action.equals("StatusNotification")) {
                    statusCallsInFlight.decrementAndGet();
                }
                if (outcome == Outcome.CALL_ERROR || outcome == Outcome.INVALID_RESPONSE || outcome == Outcome.TIMEOUT) {
                    problems.add(action + ": " + outcome.name().toLowerCase().replace('_', ' ') + " from the CSMS");
                }
                if (action.equals("MeterValues") && outcome == Outcome.RESULT) {
                    List<CompletableFuture<Void>> waiting;
                    synchronized (lock) {
                        waiting = new ArrayList<>(meterWaiters);
                        meterWaiters.clear();
                    }
                    waiting.forEach(w -> w.complete(null));
                }
            }

            @Override
            public void malformedFrame(FrameProblem problem) {
                problems.add("malformed frame from the CSMS (" + problem + ")");
            }
        };
        this.listener = Listeners.both(listener, problemListener);
        this.sampleOverride = sampleInterval;
        profileSettings(sampleInterval);
        this.runtime = build();
        hardware.onReboot(type -> restart());
        this.watcher = rpc.scheduler().scheduleWithFixedDelay(this::watch, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The simulator's settings, as configuration keys of the runtime (the certified limits come from
     * the library profile, in {@link #build}): heartbeat and sample intervals, and every measurand the
     * station samples, as many as its {@code MeterValuesSampledDataMaxLength} allows.
     */
    private void profileSettings(Integer sampleInterval) {
        List<String> measurands = certified.measurands().stream().map(Measurand::value)
                .limit(Math.max(1, profile.meterValuesSampledDataMaxLength())).toList();
        settings.put(ConfigurationKeys.HEARTBEAT_INTERVAL, Integer.toString(profile.heartbeatInterval()));
        settings.put(ConfigurationKeys.METER_VALUES_SAMPLED_DATA, String.join(",", measurands.isEmpty()
                ? List.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.value()) : measurands));
        settings.put(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL,
                Integer.toString(sampleInterval != null ? sampleInterval : profile.meterValueSampleInterval()));
    }

    private StationRuntime build() {
        StationRuntime.Builder builder = certified.configure(StationRuntime.builder(rpc), this::limit, hardware, hardware)
                .identity(identity)
                .bootInfo(BootInfo.builder(clip(profile.vendor(), 20), clip(profile.model(), 20))
                        .firmwareVersion(clip(profile.firmwareVersion(), 50))
                        .chargePointSerialNumber(clip(identity, 25)).build())
                .connectors(connectorCount)
                .store(store)
                .meter(new Meter() { // the simulated meter, at the profile's voltage and phases
                    @Override
                    public Set<Measurand> supportedMeasurands() {
                        return hardware.supportedMeasurands();
                    }

                    @Override
                    public MeterReading read(int connectorId) {
                        return reading(connectorId);
                    }
                })
                .contactor(hardware).rebooter(hardware) // fixed cables: no connector lock
                .stationOptions(station -> station.sessionOptions(session -> session.listener(listener)));
        if (sampleOverride != null) { // the operator asked for an interval the certified station may not accept
            KeyRange certifiedRange = certified.range(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL)
                    .orElse(new KeyRange(sampleOverride, sampleOverride));
            if (!certifiedRange.contains(sampleOverride)) {
                builder.range(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, new KeyRange(
                        Math.min(sampleOverride, certifiedRange.min()), Math.max(sampleOverride, certifiedRange.max())));
            }
        }
        if (profile.securityExtension()) {
            // The Security Whitepaper's key, so that a CSMS can read which profile the station runs in.
            builder.key(ConfigurationKey.builder("SecurityProfile", ConfigurationKey.Type.INTEGER).range(0, 3).build());
        }
        settings.forEach((key, value) -> {
            try {
                builder.configure(key, value);
            } catch (IllegalArgumentException e) {
                log.warn("{}: profile {}: {} = {} not taken: {}", identity, profile.name(), key, value, e.getMessage());
            }
        });
        StationRuntime built = builder.build();
        hardware.bind(built.events());
        built.start();
        return built;
    }

    /** The simulated hardware's reading, with voltage and currents of the profile's supply (DC, phases). */
    private MeterReading reading(int connectorId) {
        MeterReading raw = hardware.read(connectorId);
        Map<Measurand, BigDecimal> values = new EnumMap<>(raw.values());
        BigDecimal power = raw.value(Measurand.POWER_ACTIVE_IMPORT).orElse(BigDecimal.ZERO);
        BigDecimal voltage = BigDecimal.valueOf(profile.voltage());
        int phases = profile.dc() ? 1 : Math.max(1, profile.phases());
        values.put(Measurand.VOLTAGE, voltage);
        values.put(Measurand.CURRENT_IMPORT, power.divide(voltage.multiply(BigDecimal.valueOf(phases)), 1, RoundingMode.HALF_UP));
        values.put(Measurand.CURRENT_OFFERED, hardware.isEnergized(connectorId)
                ? BigDecimal.valueOf(powerW(connectorId)).divide(voltage.multiply(BigDecimal.valueOf(phases)), 0, RoundingMode.DOWN)
                : BigDecimal.ZERO);
        return new MeterReading(values);
    }

    /** Smart charging's limit for a connector: recorded by the hardware, and the power drawn follows it. */
    private void limit(int connectorId, ChargingLimit limit) {
        hardware.limit(connectorId, limit);
        long watts = limit.watts() == null ? profile.maxPowerW() : Math.min(profile.maxPowerW(), limit.watts().longValue());
        hardware.setPower(connectorId, watts);
    }

    /** After a Reset: the firmware starts again on the same store; the transport's next link reaches it. */
    private void restart() {
        if (closed) {
            return;
        }
        rpc.handlerExecutor().execute(() -> {
            if (!closed) {
                runtime = build();
            }
        });
    }

    /** The simulated people look at the station: plug in, unplug, and tell those waiting. */
    private void watch() {
        if (closed) {
            return;
        }
        StationRuntime station = runtime;
        try {
            if (station.registrationStatus().orElse(null) == RegistrationStatus.ACCEPTED && !booted.isDone()) {
                booted.complete(null);
            }
            for (int i = 1; i <= connectorCount; i++) {
                ConnectorView view = station.connector(i);
                List<CompletableFuture<String>> started = List.of();
                List<CompletableFuture<String>> stopped = List.of();
                boolean plugIn = false;
                boolean unplug = false;
                String startedId = null;
                String endedId = null;
                synchronized (lock) {
                    Integer known = transactionIds[i];
                    Integer now = view.transactionActive() ? view.transactionId() : null;
                    if (now != null && !now.equals(known)) {
                        transactionIds[i] = now;
                        startedId = now.toString();
                        started = new ArrayList<>(startWaiters[i]);
                        startWaiters[i].clear();
                    } else if (now == null && known != null && !view.transactionActive()
                            && view.status() == ChargePointStatus.AVAILABLE && statusCallsInFlight.get() <= 0) {
                        // ended, the driver has left and the station has said so: the session is over
                        transactionIds[i] = null;
                        endedId = known.toString();
                        stopped = new ArrayList<>(stopWaiters[i]);
                        stopWaiters[i].clear();
                    }
                    if (view.status() == ChargePointStatus.PREPARING && !plugged[i]) {
                        plugged[i] = plugIn = true; // the driver plugs in after a remote start
                    } else if (view.status() == ChargePointStatus.FINISHING && plugged[i] && !view.transactionActive()) {
                        plugged[i] = false;
                        unplug = true; // and leaves when the transaction has ended
                        cards[i] = null;
                    }
                }
                if (plugIn) {
                    hardware.plugIn(i);
                }
                if (unplug) {
                    hardware.unplug(i);
                }
                String startedAs = startedId;
                String endedAs = endedId;
                started.forEach(w -> w.complete(startedAs));
                stopped.forEach(w -> w.complete(endedAs));
            }
        } catch (RuntimeException e) {
            log.debug("{}: watching the station: {}", identity, e.toString());
        }
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
        return Ocpp16.VERSION.subprotocol();
    }

    @Override
    public void attach(Connection connection) {
        connects++;
        CompletableFuture<Void> waiter;
        synchronized (lock) {
            waiter = nextConnect;
            nextConnect = null;
        }
        runtime.attach(connection);
        if (waiter != null) {
            waiter.complete(null);
        }
    }

    @Override
    public CompletableFuture<?> booted() {
        return booted;
    }

    @Override
    public boolean accepted() {
        return runtime.registrationStatus().orElse(null) == RegistrationStatus.ACCEPTED;
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

    @Override
    public int connects() {
        return connects;
    }

    @Override
    public boolean isConnected() {
        return runtime.station().centralSystem().isConnected();
    }

    @Override
    public CompletionStage<Void> heartbeat() {
        return runtime.station().centralSystem().heartbeat(new HeartbeatRequest()).thenApply(r -> null);
    }

    @Override
    public CompletionStage<Boolean> presentTag(String idTag) {
        return runtime.station().centralSystem().authorize(new AuthorizeRequest().withIdTag(idTag))
                .thenApply(r -> r.getIdTagInfo().getStatus() == AuthorizationStatus.ACCEPTED);
    }

    @Override
    public CompletionStage<String> startCharging(int connectorId, String idTag) {
        check(connectorId);
        CompletableFuture<String> started = nextStart(connectorId);
        boolean plugIn;
        synchronized (lock) {
            plugIn = !plugged[connectorId];
            plugged[connectorId] = true;
            cards[connectorId] = idTag;
        }
        if (plugIn) {
            hardware.plugIn(connectorId);
        }
        hardware.presentIdTag(connectorId, idTag);
        return started;
    }

    @Override
    public CompletionStage<Void> stopCharging(int connectorId) {
        check(connectorId);
        String card;
        synchronized (lock) {
            card = cards[connectorId];
        }
        if (!charging(connectorId)) {
            return CompletableFuture.failedFuture(new IllegalStateException("no transaction on connector " + connectorId));
        }
        CompletableFuture<String> stopped = nextStop(connectorId);
        if (card != null) {
            hardware.presentIdTag(connectorId, card); // the same card ends the session
        } else {
            synchronized (lock) {
                plugged[connectorId] = false;
            }
            hardware.unplug(connectorId);
        }
        return stopped.thenApply(id -> null);
    }

    @Override
    public boolean charging(int connectorId) {
        check(connectorId);
        return runtime.connector(connectorId).transactionActive();
    }

    @Override
    public CompletionStage<Void> sendMeterValues(int connectorId) {
        check(connectorId);
        if (!charging(connectorId)) {
            return CompletableFuture.failedFuture(new IllegalStateException("no transaction on connector " + connectorId));
        }
        CompletableFuture<Void> next = new CompletableFuture<>();
        synchronized (lock) {
            meterWaiters.add(next);
        }
        return next;
    }

    @Override
    public int powerW(int connectorId) {
        check(connectorId);
        if (!hardware.isEnergized(connectorId)) {
            return 0;
        }
        long power = profile.maxPowerW();
        List<ChargingLimit> limits = hardware.limits(connectorId);
        if (!limits.isEmpty() && limits.get(limits.size() - 1).watts() != null) {
            power = Math.min(power, limits.get(limits.size() - 1).watts().longValue());
        }
        return (int) power;
    }

    @Override
    public CompletableFuture<String> nextStart(int connectorId) {
        check(connectorId);
        CompletableFuture<String> future = new CompletableFuture<>();
        synchronized (lock) {
            startWaiters[connectorId].add(future);
        }
        return future;
    }

    @Override
    public CompletableFuture<String> nextStop(int connectorId) {
        check(connectorId);
        CompletableFuture<String> future = new CompletableFuture<>();
        synchronized (lock) {
            stopWaiters[connectorId].add(future);
        }
        return future;
    }

    /** Sets a configuration key as a local operator would (the ChangeConfiguration rules). */
    @Override
    public void configure(String key, String value) {
        ConfigurationStatus status;
        try {
            status = runtime.changeConfiguration(key, value).toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalArgumentException(key + " = " + value + ": " + e.getMessage(), e);
        }
        if (status != ConfigurationStatus.ACCEPTED) {
            throw new IllegalArgumentException(key + " = " + value + ": " + status.value());
        }
    }

    /** Sets the Security Whitepaper's {@code SecurityProfile} key, when the profile has the extension. */
    @Override
    public void securityProfile(int number) {
        if (profile.securityExtension()) {
            settings.put("SecurityProfile", Integer.toString(number)); // also after a restart
            runtime.changeConfiguration("SecurityProfile", Integer.toString(number));
        }
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        closed = true;
        watcher.cancel(false);
        runtime.close();
        if (ownsStore) {
            store.close();
        }
    }

    private void check(int connectorId) {
        if (connectorId < 1 || connectorId > connectorCount) {
            throw new IllegalArgumentException(identity + " has no connector " + connectorId);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

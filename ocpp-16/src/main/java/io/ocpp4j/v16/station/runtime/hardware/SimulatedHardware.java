package io.ocpp4j.v16.station.runtime.hardware;

import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.ResetType;
import java.math.BigDecimal;
import java.net.URI;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Station hardware in memory: meters, relays, cable locks and a reboot switch, plus methods that
 * play the driver (plug in, present a card, unplug), a recorder of smart charging's limits, and firmware
 * downloads, installations and diagnostics uploads that succeed at once (or fail as told). The {@code ocpp4j station} command, the demo
 * and the tests use it; it is also a starting point for real firmware.
 *
 * <pre>{@code
 * SimulatedHardware hardware = new SimulatedHardware(2, Clock.systemUTC());
 * StationRuntime station = StationRuntime.builder(rpcRuntime)
 *         .meter(hardware).contactor(hardware).connectorLock(hardware).rebooter(hardware)
 *         ...build();
 * hardware.bind(station.events());
 * hardware.plugIn(1);
 * hardware.presentIdTag(1, "TAG-1");   // authorized: the relay closes, energy flows
 * }</pre>
 *
 * <p>Each connector draws {@link #setPower its power} (default 11 kW at 230 V, three phases) while
 * its relay is closed and the EV is not suspended; energy is integrated over the given clock, so a
 * virtual clock makes readings deterministic. Thread-safe.
 */
public final class SimulatedHardware implements Meter, Contactor, ConnectorLock, Rebooter, ChargingLimiter,
        FirmwareUpdater, DiagnosticsUploader {

    private static final BigDecimal VOLTAGE = BigDecimal.valueOf(230);
    private static final BigDecimal PHASES = BigDecimal.valueOf(3);
    private static final BigDecimal MAX_CURRENT = BigDecimal.valueOf(32);
    private static final int MAX_LIMITS_KEPT = 100;
    private static final Set<Measurand> DEFAULT_MEASURANDS = EnumSet.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER,
            Measurand.POWER_ACTIVE_IMPORT, Measurand.CURRENT_IMPORT, Measurand.CURRENT_OFFERED, Measurand.VOLTAGE);
    /** Every measurand the simulation can produce. */
    public static final Set<Measurand> SIMULATED_MEASURANDS = Collections.unmodifiableSet(EnumSet.of(
            Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.ENERGY_ACTIVE_EXPORT_REGISTER,
            Measurand.POWER_ACTIVE_IMPORT, Measurand.POWER_ACTIVE_EXPORT, Measurand.POWER_OFFERED,
            Measurand.CURRENT_IMPORT, Measurand.CURRENT_EXPORT, Measurand.CURRENT_OFFERED, Measurand.VOLTAGE,
            Measurand.SO_C, Measurand.TEMPERATURE));
    /** The simulated EV's battery, for SoC: 60 kWh, arriving at 20 %. */
    private static final BigDecimal BATTERY_WH = BigDecimal.valueOf(60_000);
    private static final BigDecimal ARRIVAL_SOC = BigDecimal.valueOf(20);
    private static final BigDecimal TEMPERATURE = BigDecimal.valueOf(25);

    private final Clock clock;
    private final Set<Measurand> measurands;
    private final Simulated[] connectors;
    private final List<ResetType> reboots = new ArrayList<>();
    private final Map<Integer, List<ChargingLimit>> limits = new HashMap<>();
    private final List<String> transfers = new ArrayList<>();
    private int failingDownloads;
    private int failingUploads;
    private boolean installationFails;
    private HardwareEvents events;
    private Consumer<ResetType> rebootListener = type -> {
    };

    /**
     * @param connectors the number of connectors, at least 1
     * @param clock the clock energy is integrated over
     */
    public SimulatedHardware(int connectors, Clock clock) {
        this(connectors, clock, DEFAULT_MEASURANDS);
    }

    /**
     * A simulation whose meter reads the given measurands, e.g. those a station profile lists.
     *
     * @param connectors the number of connectors, at least 1
     * @param clock the clock energy is integrated over
     * @param measurands what the meter reads, among {@link #SIMULATED_MEASURANDS};
     *                   {@code Energy.Active.Import.Register} is always read
     * @throws IllegalArgumentException for a measurand the simulation cannot produce
     */
    public SimulatedHardware(int connectors, Clock clock, Set<Measurand> measurands) {
        if (connectors < 1) {
            throw new IllegalArgumentException("at least one connector");
        }
        for (Measurand measurand : measurands) {
            if (!SIMULATED_MEASURANDS.contains(measurand)) {
                throw new IllegalArgumentException("the simulation cannot read " + measurand.value());
            }
        }
        EnumSet<Measurand> read = EnumSet.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
        read.addAll(measurands);
        this.measurands = Collections.unmodifiableSet(read);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connectors = new Simulated[connectors + 1];
        for (int i = 1; i <= connectors; i++) {
            this.connectors[i] = new Simulated(clock.instant());
        }
    }

    /**
     * Connects the simulated driver actions to a runtime, and reports the cables plugged in now, as
     * real hardware reports its sensors when the firmware starts (e.g. after a reboot).
     *
     * @param events the runtime's {@code events()}
     */
    public void bind(HardwareEvents events) {
        List<Integer> plugged = new ArrayList<>();
        synchronized (this) {
            this.events = Objects.requireNonNull(events, "events");
            for (int i = 1; i < connectors.length; i++) {
                if (connectors[i].plugged) {
                    plugged.add(i);
                }
            }
        }
        plugged.forEach(events::cablePlugged);
    }

    /**
     * Calls the listener on every reboot (after the runtime has stopped itself).
     *
     * @param listener hears the reset type
     */
    public synchronized void onReboot(Consumer<ResetType> listener) {
        this.rebootListener = Objects.requireNonNull(listener, "listener");
    }

    // ---- the driver ---------------------------------------------------------------------------

    /**
     * Plugs a cable in.
     *
     * @param connectorId the connector
     */
    public void plugIn(int connectorId) {
        synchronized (this) {
            Simulated connector = connector(connectorId);
            connector.integrate(clock.instant());
            connector.plugged = true;
            connector.energyAtPlugIn = connector.energyWh;
        }
        events().cablePlugged(connectorId);
    }

    /**
     * Unplugs the cable on the EV side.
     *
     * @param connectorId the connector
     */
    public void unplug(int connectorId) {
        synchronized (this) {
            connector(connectorId).plugged = false;
        }
        events().cableUnplugged(connectorId);
    }

    /**
     * Presents a card to a connector's reader.
     *
     * @param connectorId the connector, or 0 for a reader of the whole station
     * @param idTag the card's id
     */
    public void presentIdTag(int connectorId, String idTag) {
        events().idTagPresented(connectorId, idTag);
    }

    /**
     * The EV pauses (it stops drawing energy) or resumes.
     *
     * @param connectorId the connector
     * @param suspended whether it pauses
     */
    public void suspendEv(int connectorId, boolean suspended) {
        Simulated connector = connector(connectorId);
        synchronized (this) {
            connector.integrate(clock.instant());
            connector.evSuspended = suspended;
        }
        if (suspended) {
            events().evSuspended(connectorId);
        } else {
            events().evResumed(connectorId);
        }
    }

    /**
     * Reports a fault, or clears it when {@code errorCode} is {@code null}.
     *
     * @param connectorId the connector, or 0 for the station
     * @param errorCode the fault, or {@code null} to clear it
     */
    public void fault(int connectorId, ChargePointErrorCode errorCode) {
        if (errorCode == null) {
            events().faultCleared(connectorId);
        } else {
            events().faultDetected(connectorId, errorCode, null);
        }
    }

    /** Signals that the supply is failing (a power-fail input with hold-up time). */
    public void powerFail() {
        events().powerFailing();
    }

    // ---- knobs and inspection -----------------------------------------------------------------

    /**
     * Sets the power a connector draws while energized.
     *
     * @param connectorId the connector
     * @param watts the power, in W
     */
    public synchronized void setPower(int connectorId, long watts) {
        Simulated connector = connector(connectorId);
        connector.integrate(clock.instant());
        connector.powerW = BigDecimal.valueOf(watts);
    }

    /**
     * Adds energy to a connector's register at once.
     *
     * @param connectorId the connector
     * @param wh the energy, in Wh
     */
    public synchronized void addEnergy(int connectorId, long wh) {
        Simulated connector = connector(connectorId);
        connector.integrate(clock.instant());
        connector.energyWh = connector.energyWh.add(BigDecimal.valueOf(wh));
    }

    /**
     * Makes the next locks (or unlocks) of a connector fail, or succeed again.
     *
     * @param connectorId the connector
     * @param lockFails whether {@link #lock} fails
     * @param unlockFails whether {@link #unlock} fails
     */
    public synchronized void failLocking(int connectorId, boolean lockFails, boolean unlockFails) {
        Simulated connector = connector(connectorId);
        connector.lockFails = lockFails;
        connector.unlockFails = unlockFails;
    }

    /**
     * @param connectorId the connector
     * @return whether its relay is closed
     */
    public synchronized boolean isEnergized(int connectorId) {
        return connector(connectorId).energized;
    }

    /**
     * @param connectorId the connector
     * @return whether its cable is locked
     */
    public synchronized boolean isLocked(int connectorId) {
        return connector(connectorId).locked;
    }

    /**
     * @param connectorId the connector
     * @return its energy register now, in Wh
     */
    public synchronized long energyWh(int connectorId) {
        Simulated connector = connector(connectorId);
        connector.integrate(clock.instant());
        return connector.energyWh.longValue();
    }

    /** @return the reboots so far, oldest first */
    public synchronized List<ResetType> reboots() {
        return List.copyOf(reboots);
    }

    // ---- hooks --------------------------------------------------------------------------------

    @Override
    public Set<Measurand> supportedMeasurands() {
        return measurands;
    }

    @Override
    public synchronized MeterReading read(int connectorId) {
        Simulated connector = connector(connectorId);
        connector.integrate(clock.instant());
        boolean flowing = connector.energized && !connector.evSuspended;
        BigDecimal power = flowing ? connector.powerW : BigDecimal.ZERO;
        BigDecimal current = power.divide(VOLTAGE.multiply(PHASES), 1, RoundingMode.HALF_UP);
        Map<Measurand, BigDecimal> values = new EnumMap<>(Measurand.class);
        values.put(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, connector.energyWh.setScale(0, RoundingMode.DOWN));
        values.put(Measurand.ENERGY_ACTIVE_EXPORT_REGISTER, BigDecimal.ZERO);
        values.put(Measurand.POWER_ACTIVE_IMPORT, power.setScale(0, RoundingMode.HALF_UP));
        values.put(Measurand.POWER_ACTIVE_EXPORT, BigDecimal.ZERO);
        values.put(Measurand.POWER_OFFERED, connector.energized ? VOLTAGE.multiply(PHASES).multiply(MAX_CURRENT) : BigDecimal.ZERO);
        values.put(Measurand.CURRENT_IMPORT, current);
        values.put(Measurand.CURRENT_EXPORT, BigDecimal.ZERO);
        values.put(Measurand.CURRENT_OFFERED, connector.energized ? MAX_CURRENT : BigDecimal.ZERO);
        values.put(Measurand.VOLTAGE, VOLTAGE);
        values.put(Measurand.TEMPERATURE, TEMPERATURE);
        if (connector.plugged) {
            BigDecimal charged = connector.energyWh.subtract(connector.energyAtPlugIn).multiply(BigDecimal.valueOf(100))
                    .divide(BATTERY_WH, 0, RoundingMode.DOWN);
            values.put(Measurand.SO_C, ARRIVAL_SOC.add(charged).min(BigDecimal.valueOf(100)));
        }
        values.keySet().retainAll(measurands);
        return new MeterReading(values);
    }

    @Override
    public synchronized void energize(int connectorId) {
        Simulated connector = connector(connectorId);
        connector.integrate(clock.instant());
        connector.energized = true;
    }

    @Override
    public synchronized void deEnergize(int connectorId) {
        Simulated connector = connector(connectorId);
        connector.integrate(clock.instant());
        connector.energized = false;
    }

    /** Records the limit (the newest {@value #MAX_LIMITS_KEPT} per connector); the simulated power is not changed. */
    @Override
    public synchronized void limit(int connectorId, ChargingLimit limit) {
        connector(connectorId);
        List<ChargingLimit> kept = limits.computeIfAbsent(connectorId, id -> new ArrayList<>());
        if (kept.size() == MAX_LIMITS_KEPT) {
            kept.remove(0);
        }
        kept.add(Objects.requireNonNull(limit, "limit"));
    }

    /**
     * @param connectorId the connector
     * @return the limits smart charging handed to it, oldest first (the newest is in effect)
     */
    public synchronized List<ChargingLimit> limits(int connectorId) {
        return List.copyOf(limits.getOrDefault(connectorId, List.of()));
    }

    /**
     * Makes the next firmware downloads and diagnostics uploads fail, and installations fail or succeed.
     *
     * @param downloads how many of the next downloads fail
     * @param uploads how many of the next uploads fail
     * @param installation whether installations fail
     */
    public synchronized void failTransfers(int downloads, int uploads, boolean installation) {
        this.failingDownloads = Math.max(0, downloads);
        this.failingUploads = Math.max(0, uploads);
        this.installationFails = installation;
    }

    /** @return the downloads, installations and uploads so far, oldest first, e.g. {@code download ftp://...} */
    public synchronized List<String> transfers() {
        return List.copyOf(transfers);
    }

    /** Completes at once: the image is "downloaded" unless a failure was scripted with {@link #failTransfers}. */
    @Override
    public synchronized CompletionStage<Void> download(URI location) {
        record("download " + location);
        boolean fails = failingDownloads > 0;
        failingDownloads -= fails ? 1 : 0;
        return outcome(!fails, "download of " + location + " failed");
    }

    /** Completes at once; the runtime then reboots through {@link #reboot}. */
    @Override
    public synchronized CompletionStage<Void> install() {
        record("install");
        return outcome(!installationFails, "installation failed");
    }

    /** @return a file name for the period's (simulated) log */
    @Override
    public Optional<String> prepare(Instant startTime, Instant stopTime) {
        return Optional.of("diagnostics-" + clock.instant().getEpochSecond() + ".log");
    }

    /** Completes at once, unless a failure was scripted with {@link #failTransfers}. */
    @Override
    public synchronized CompletionStage<Void> upload(URI location, String fileName) {
        record("upload " + fileName + " to " + location);
        boolean fails = failingUploads > 0;
        failingUploads -= fails ? 1 : 0;
        return outcome(!fails, "upload to " + location + " failed");
    }

    private void record(String transfer) {
        if (transfers.size() == MAX_LIMITS_KEPT) {
            transfers.remove(0);
        }
        transfers.add(transfer);
    }

    private static CompletionStage<Void> outcome(boolean ok, String failure) {
        return ok ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(new IllegalStateException(failure));
    }

    @Override
    public synchronized boolean lock(int connectorId) {
        Simulated connector = connector(connectorId);
        if (connector.lockFails) {
            return false;
        }
        connector.locked = true;
        return true;
    }

    @Override
    public synchronized boolean unlock(int connectorId) {
        Simulated connector = connector(connectorId);
        if (connector.unlockFails) {
            return false;
        }
        connector.locked = false;
        return true;
    }

    @Override
    public void reboot(ResetType type) {
        Consumer<ResetType> listener;
        synchronized (this) {
            reboots.add(type);
            for (int i = 1; i < connectors.length; i++) {
                connectors[i].integrate(clock.instant());
                connectors[i].energized = false;
            }
            listener = rebootListener;
        }
        listener.accept(type);
    }

    private Simulated connector(int connectorId) {
        if (connectorId < 1 || connectorId >= connectors.length) {
            throw new IllegalArgumentException("no connector " + connectorId);
        }
        return connectors[connectorId];
    }

    private synchronized HardwareEvents events() {
        if (events == null) {
            throw new IllegalStateException("not bound to a runtime: call bind(runtime.events()) first");
        }
        return events;
    }

    /** One connector's simulated state. */
    private static final class Simulated {
        BigDecimal energyWh = BigDecimal.ZERO;
        BigDecimal energyAtPlugIn = BigDecimal.ZERO;
        BigDecimal powerW = BigDecimal.valueOf(11_000);
        boolean plugged;
        boolean energized;
        boolean evSuspended;
        boolean locked;
        boolean lockFails;
        boolean unlockFails;
        Instant integratedUntil;

        Simulated(Instant now) {
            this.integratedUntil = now;
        }

        void integrate(Instant now) {
            if (now.isAfter(integratedUntil)) {
                if (energized && !evSuspended) {
                    BigDecimal millis = BigDecimal.valueOf(Duration.between(integratedUntil, now).toMillis());
                    energyWh = energyWh.add(powerW.multiply(millis).divide(BigDecimal.valueOf(3_600_000), 6, RoundingMode.HALF_UP));
                }
                integratedUntil = now;
            }
        }
    }
}

package io.ocpp4j.v16.station.runtime.testing;

import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.station.runtime.BootInfo;
import io.ocpp4j.v16.station.runtime.StationRuntime;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One scenario: a {@link StationRuntime} with simulated hardware and an in-memory store, a
 * {@link ScriptedCsms}, in-memory links between them, and virtual time. Every step settles (waits
 * until no thread has work left) before it returns, so a test reads like the OCTT steps it mirrors.
 */
public final class StationHarness implements AutoCloseable {

    /** The station's identity. */
    public static final String IDENTITY = "CP-1";
    /** When every scenario starts: a Monday morning, UTC. */
    public static final Instant START = Instant.parse("2025-01-06T08:00:00Z");

    private final TrackedExecutor executor = new TrackedExecutor(4);
    private final VirtualScheduler time = new VirtualScheduler(START, this::settle);
    private final RpcRuntime rpc = RpcRuntime.builder().name("scenario").scheduler(time).handlerExecutor(executor).build();
    private final ScriptedCsms csms = new ScriptedCsms(rpc, time.clock());
    private final InMemoryStore store = new InMemoryStore();
    private final int connectors;
    private final boolean fixedCable;
    private final SimulatedHardware hardware;
    private Consumer<StationRuntime.Builder> options = builder -> {
    };
    private StationRuntime station;
    private InMemoryConnection.Pair link;

    /**
     * @param connectors the number of connectors
     * @param fixedCable whether the station has fixed cables (no connector lock)
     */
    public StationHarness(int connectors, boolean fixedCable) {
        this.connectors = connectors;
        this.fixedCable = fixedCable;
        this.hardware = new SimulatedHardware(connectors, time.clock());
    }

    /**
     * @param connectors the number of connectors
     * @param fixedCable whether the station has fixed cables (no connector lock)
     * @param measurands what its meter reads
     */
    public StationHarness(int connectors, boolean fixedCable, Set<Measurand> measurands) {
        this.connectors = connectors;
        this.fixedCable = fixedCable;
        this.hardware = new SimulatedHardware(connectors, time.clock(), measurands);
    }

    /** A one-connector station with a socket and a cable lock. */
    public StationHarness() {
        this(1, false);
    }

    /**
     * Builds and starts the station (not connected yet).
     *
     * @param configure further builder settings, applied again on every restart
     * @return this
     */
    public StationHarness start(Consumer<StationRuntime.Builder> configure) {
        this.options = configure;
        build();
        return this;
    }

    /** @return this, started with the defaults and connected, BootNotification accepted */
    public StationHarness boot() {
        start(builder -> {
        });
        connect();
        return this;
    }

    private void build() {
        StationRuntime.Builder builder = StationRuntime.builder(rpc)
                .identity(IDENTITY)
                .bootInfo(BootInfo.builder("ocpp4j", "Simulated").firmwareVersion("test").build())
                .connectors(connectors)
                .store(store)
                .clock(time.clock())
                .meter(hardware)
                .contactor(hardware)
                .rebooter(hardware);
        if (!fixedCable) {
            builder.connectorLock(hardware);
        }
        options.accept(builder);
        station = builder.build();
        hardware.bind(station.events());
        station.start();
        settle();
    }

    /** Connects the station to the CSMS over a new in-memory link. */
    public void connect() {
        link = InMemoryConnection.pair("ocpp1.6", IDENTITY, executor, executor, 10_000);
        csms.csms().accept(link.csms());
        station.attach(link.station());
        settle();
    }

    /** Drops the link (the CSMS becomes unreachable). */
    public void disconnect() {
        if (link != null) {
            link.csms().close(1006, "network down");
            link = null;
        }
        settle();
    }

    /**
     * Stops the station and starts a new one on the same store and hardware, as after a reboot.
     *
     * @param powerLoss whether to lose what was not committed, as a power cut would
     */
    public void restart(boolean powerLoss) {
        station.close();
        settle();
        link = null;
        if (powerLoss) {
            store.discardUncommitted();
        }
        build();
    }

    /** Waits until every thread of the scenario has finished its work. */
    public void settle() {
        executor.awaitIdle(Duration.ofSeconds(10));
    }

    /**
     * Moves virtual time on, running every timer due (each followed by a settle).
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
        settle();
        time.advance(duration);
    }

    /**
     * Waits for the answer to a call the CSMS made.
     *
     * @param stage the call
     * @param <T> the answer's type
     * @return the answer
     */
    public <T> T result(CompletionStage<T> stage) {
        settle();
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the call failed: " + e, e);
        }
    }

    /** @return the runtime under test */
    public StationRuntime station() {
        return station;
    }

    /** @return the simulated hardware (driver actions, relays, locks) */
    public SimulatedHardware hardware() {
        return hardware;
    }

    /** @return the scripted CSMS */
    public ScriptedCsms csms() {
        return csms;
    }

    /** @return the CSMS's view of the station */
    public ChargePoint chargePoint() {
        return csms.chargePoint(IDENTITY);
    }

    /** @return whether the CSMS has the station connected now */
    public boolean connected() {
        return csms.csms().chargePoint(IDENTITY).isPresent();
    }

    /** @return the store, shared across restarts */
    public InMemoryStore store() {
        return store;
    }

    /** @return the virtual time */
    public VirtualScheduler time() {
        return time;
    }

    /** Plugs a cable in and settles. */
    public void plugIn(int connectorId) {
        hardware.plugIn(connectorId);
        settle();
    }

    /** Unplugs the cable and settles. */
    public void unplug(int connectorId) {
        hardware.unplug(connectorId);
        settle();
    }

    /** Reports a fault (or clears it, with {@code null}) and settles. */
    public void fault(int connectorId, ChargePointErrorCode errorCode) {
        hardware.fault(connectorId, errorCode);
        settle();
    }

    /** Presents an id tag and settles. */
    public void present(int connectorId, String idTag) {
        hardware.presentIdTag(connectorId, idTag);
        settle();
    }

    /**
     * @param connectorId a connector
     * @return the statuses the CSMS received for it, in order
     */
    public List<ChargePointStatus> statuses(int connectorId) {
        return csms.received(StatusNotificationRequest.class).stream()
                .filter(status -> status.getConnectorId() == connectorId)
                .map(StatusNotificationRequest::getStatus)
                .toList();
    }

    /** @return the status of a connector, as the station has it now */
    public ChargePointStatus status(int connectorId) {
        return station.connector(connectorId).status();
    }

    @Override
    public void close() {
        if (station != null) {
            station.close();
        }
        settle();
        rpc.close();
        executor.close();
    }
}

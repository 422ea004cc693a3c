package io.ocpp4j.cli;

import io.ocpp4j.cli.sim201.Simulator201;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.frame.FrameProblem;
import io.ocpp4j.v201.Ocpp201;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The command line's OCPP 2.0.1 station: a {@link Simulator201} shaped by a {@link StationProfile}, seen
 * through {@link SimulatedStation} by the demo and {@code ocpp4j station}. It adds what the command line
 * wants to know: which calls went wrong.
 */
final class SimulatedStation201 implements SimulatedStation {

    private final StationProfile profile;
    private final Simulator201 simulator;
    private final List<String> problems = new CopyOnWriteArrayList<>();

    SimulatedStation201(StationProfile profile, String identity, RpcRuntime runtime, RpcListener listener,
                        int connectors, boolean periodicMeterValues) {
        if (!profile.ocpp().equals("2.0.1")) {
            throw new IllegalArgumentException("profile " + profile.name() + " is an OCPP " + profile.ocpp() + " station");
        }
        this.profile = profile;
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
        this.simulator = new Simulator201(settings(profile, connectors, periodicMeterValues), identity, runtime,
                Listeners.both(listener, problemListener));
    }

    /**
     * The simulator's settings for a profile.
     *
     * @param profile a 2.0.1 profile
     * @param evses EVSEs, 0 for the profile's
     * @param periodicMeterValues whether meter values are sent on timers
     * @return the settings
     */
    static Simulator201.Settings settings(StationProfile profile, int evses, boolean periodicMeterValues) {
        return new Simulator201.Settings(profile.vendor(), profile.model(), profile.firmwareVersion(),
                evses > 0 ? evses : profile.connectors(), profile.dc(), profile.phases(), profile.maxCurrentA(),
                profile.sampledMeasurands(), profile.supportedMeasurands(), profile.chargingRateUnits(),
                profile.supports("SmartCharging"), profile.heartbeatIntervalMin(), profile.heartbeatIntervalMax(),
                profile.meterValueSampleInterval(), periodicMeterValues);
    }

    /** @return the simulator underneath */
    Simulator201 simulator() {
        return simulator;
    }

    @Override
    public String identity() {
        return simulator.identity();
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
        simulator.attach(connection);
    }

    @Override
    public CompletableFuture<?> booted() {
        return simulator.booted();
    }

    @Override
    public boolean accepted() {
        return simulator.accepted();
    }

    @Override
    public CompletableFuture<Void> nextConnect() {
        return simulator.nextConnect();
    }

    @Override
    public int connects() {
        return simulator.connects();
    }

    @Override
    public boolean isConnected() {
        return simulator.isConnected();
    }

    @Override
    public CompletionStage<Void> heartbeat() {
        return simulator.heartbeat();
    }

    @Override
    public CompletionStage<Boolean> presentTag(String idTag) {
        return simulator.presentTag(idTag);
    }

    @Override
    public CompletionStage<String> startCharging(int connectorId, String idTag) {
        return simulator.startCharging(connectorId, idTag);
    }

    @Override
    public CompletionStage<Void> stopCharging(int connectorId) {
        return simulator.stopCharging(connectorId);
    }

    @Override
    public boolean charging(int connectorId) {
        return simulator.charging(connectorId);
    }

    @Override
    public CompletionStage<Void> sendMeterValues(int connectorId) {
        return simulator.sendMeterValues(connectorId);
    }

    @Override
    public int powerW(int connectorId) {
        return simulator.powerW(connectorId);
    }

    @Override
    public CompletableFuture<String> nextStart(int connectorId) {
        return simulator.nextStart(connectorId);
    }

    @Override
    public CompletableFuture<String> nextStop(int connectorId) {
        return simulator.nextStop(connectorId);
    }

    /**
     * Sets a variable as an installer would: a 2.0.1 {@code Component.Variable} name, or the 1.6 name
     * {@code MeterValueSampleInterval} (what {@code station --meter-interval} sets), which is
     * {@code SampledDataCtrlr.TxUpdatedInterval} here.
     */
    @Override
    public void configure(String key, String value) {
        String name = key.equals("MeterValueSampleInterval") ? "SampledDataCtrlr.TxUpdatedInterval" : key;
        int dot = name.indexOf('.');
        if (dot < 1) {
            throw new IllegalArgumentException("no variable " + key + " in this simulator (use Component.Variable: "
                    + String.join(", ", simulator.variables().names()) + ")");
        }
        simulator.variables().put(name.substring(0, dot), name.substring(dot + 1), value);
    }

    @Override
    public void securityProfile(int number) {
        simulator.variables().put("SecurityCtrlr", "SecurityProfile", Integer.toString(number));
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        simulator.close();
    }
}

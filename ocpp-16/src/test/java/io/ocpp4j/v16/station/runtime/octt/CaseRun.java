package io.ocpp4j.v16.station.runtime.octt;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.station.runtime.StationProfile;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimit;
import io.ocpp4j.v16.station.runtime.testing.ScriptedCsms;
import io.ocpp4j.v16.station.runtime.testing.ScriptedTransfers;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * One station profile under one OCTT case: a {@link StationHarness} built as the profile (its
 * connectors, cables, meter's measurands, configuration limits and feature profiles), with the
 * steps the cases share, named after what the OCTT test case descriptions say the tool or the driver
 * does. The scripted CSMS knows {@code TAG-1} and {@code TAG-2} (Accepted), {@code GROUP-A1} and
 * {@code GROUP-A2} (Accepted, parent {@code GROUP-A}) and {@code BLOCKED} (Blocked); other tags are
 * Invalid.
 */
public final class CaseRun implements AutoCloseable {

    /** A tag the CSMS accepts. */
    public static final String TAG = "TAG-1";
    /** Another tag the CSMS accepts. */
    public static final String OTHER_TAG = "TAG-2";
    /** A tag the CSMS does not know (Invalid). */
    public static final String UNKNOWN_TAG = "UNKNOWN-9";

    private final StationProfile profile;
    private final StationHarness harness;
    private final ScriptedTransfers transfers = new ScriptedTransfers();

    /**
     * Builds and starts the station (not connected: call {@link #boot} or connect the harness).
     *
     * @param profile the station
     */
    public CaseRun(StationProfile profile) {
        this.profile = profile;
        Set<Measurand> measurands = profile.measurands().isEmpty()
                ? EnumSet.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER) : EnumSet.copyOf(profile.measurands());
        this.harness = new StationHarness(profile.connectors(), profile.fixedCable(), measurands);
        harness.csms().accept(TAG).accept(OTHER_TAG)
                .tag("GROUP-A1", AuthorizationStatus.ACCEPTED, "GROUP-A")
                .tag("GROUP-A2", AuthorizationStatus.ACCEPTED, "GROUP-A")
                .tag("BLOCKED", AuthorizationStatus.BLOCKED, null);
        harness.start(builder -> profile.configure(builder, harness.hardware(), transfers, transfers));
    }

    /** @return the station's profile */
    public StationProfile profile() {
        return profile;
    }

    /** @return the harness */
    public StationHarness harness() {
        return harness;
    }

    /** @return the scripted CSMS */
    public ScriptedCsms csms() {
        return harness.csms();
    }

    /** @return the CSMS's typed view of the station */
    public ChargePoint chargePoint() {
        return harness.chargePoint();
    }

    /** @return the scripted firmware and diagnostics transfers */
    public ScriptedTransfers transfers() {
        return transfers;
    }

    /** @return the highest connector id */
    public int last() {
        return profile.connectors();
    }

    /** @return the virtual time now */
    public Instant now() {
        return harness.time().clock().instant();
    }

    /** Connects; the CSMS accepts the boot; what was received so far is forgotten. */
    public CaseRun boot() {
        harness.connect();
        assertThat(harness.station().registrationStatus()).contains(RegistrationStatus.ACCEPTED);
        harness.csms().clear();
        return this;
    }

    /**
     * Waits for the station's answer to a call of the CSMS.
     *
     * @param call the call
     * @param <T> the answer's type
     * @return the answer
     */
    public <T> T result(CompletionStage<T> call) {
        return harness.result(call);
    }

    /** OCTT's precondition step: sets a configuration key with ChangeConfiguration, which must be Accepted. */
    public CaseRun configure(String key, String value) {
        assertThat(result(chargePoint().changeConfiguration(new ChangeConfigurationRequest().withKey(key).withValue(value)))
                .getStatus()).as("ChangeConfiguration %s=%s", key, value).isEqualTo(ConfigurationStatus.ACCEPTED);
        return this;
    }

    /** The driver plugs the cable into the EV. */
    public void plugIn(int connectorId) {
        harness.plugIn(connectorId);
    }

    /** The driver unplugs the cable on the EV side. */
    public void unplug(int connectorId) {
        harness.unplug(connectorId);
    }

    /** The driver presents a card. */
    public void present(int connectorId, String idTag) {
        harness.present(connectorId, idTag);
    }

    /** Moves virtual time on. */
    public void advance(Duration duration) {
        harness.advance(duration);
    }

    /**
     * Plugs in and presents the tag; the transaction must have started.
     *
     * @return the transaction id the CSMS gave
     */
    public int charge(int connectorId, String idTag) {
        plugIn(connectorId);
        present(connectorId, idTag);
        assertThat(harness.station().connector(connectorId).transactionActive()).as("transaction on %d", connectorId).isTrue();
        assertThat(harness.status(connectorId)).isEqualTo(ChargePointStatus.CHARGING);
        return transactionId(connectorId);
    }

    /** @return the id of the transaction on a connector */
    public int transactionId(int connectorId) {
        Integer id = harness.station().connector(connectorId).transactionId();
        assertThat(id).as("transaction id on connector %d", connectorId).isNotNull();
        return id;
    }

    /** @return whether a transaction is ongoing on a connector */
    public boolean charging(int connectorId) {
        return harness.station().connector(connectorId).transactionActive();
    }

    /** @return the actions the CSMS received since the last {@link #clear}, in order */
    public List<String> actions() {
        return harness.csms().actions();
    }

    /** @return the StartTransaction, MeterValues and StopTransaction actions received, in order */
    public List<String> transactionMessages() {
        return actions().stream()
                .filter(a -> a.equals("StartTransaction") || a.equals("MeterValues") || a.equals("StopTransaction"))
                .toList();
    }

    /** @return the requests of a type the CSMS received, in order */
    public <T> List<T> received(Class<T> type) {
        return harness.csms().received(type);
    }

    /** @return the only StopTransaction the CSMS received */
    public StopTransactionRequest stop() {
        List<StopTransactionRequest> stops = received(StopTransactionRequest.class);
        assertThat(stops).hasSize(1);
        return stops.get(0);
    }

    /** @return the last StartTransaction the CSMS received */
    public StartTransactionRequest lastStart() {
        List<StartTransactionRequest> starts = received(StartTransactionRequest.class);
        assertThat(starts).isNotEmpty();
        return starts.get(starts.size() - 1);
    }

    /** Forgets what the CSMS received. */
    public void clear() {
        harness.csms().clear();
    }

    /** @return the statuses the CSMS received for a connector since the last {@link #clear} */
    public List<ChargePointStatus> statuses(int connectorId) {
        return harness.statuses(connectorId);
    }

    /** @return a connector's status now */
    public ChargePointStatus status(int connectorId) {
        return harness.status(connectorId);
    }

    /** RemoteStartTransaction from the CSMS. */
    public RemoteStartStopStatus remoteStart(Integer connectorId, String idTag, ChargingProfile chargingProfile) {
        return result(chargePoint().remoteStartTransaction(new RemoteStartTransactionRequest()
                .withConnectorId(connectorId).withIdTag(idTag).withChargingProfile(chargingProfile))).getStatus();
    }

    /** RemoteStopTransaction from the CSMS. */
    public RemoteStartStopStatus remoteStop(int transactionId) {
        return result(chargePoint().remoteStopTransaction(new RemoteStopTransactionRequest()
                .withTransactionId(transactionId))).getStatus();
    }

    /** TriggerMessage from the CSMS. */
    public TriggerMessageStatus trigger(MessageTrigger message, Integer connectorId) {
        return result(chargePoint().triggerMessage(new TriggerMessageRequest()
                .withRequestedMessage(message).withConnectorId(connectorId))).getStatus();
    }

    /** SetChargingProfile from the CSMS. */
    public ChargingProfileStatus setChargingProfile(int connectorId, ChargingProfile chargingProfile) {
        return result(chargePoint().setChargingProfile(new SetChargingProfileRequest()
                .withConnectorId(connectorId).withCsChargingProfiles(chargingProfile))).getStatus();
    }

    /** @return the limit smart charging last handed to a connector's hardware */
    public ChargingLimit limit(int connectorId) {
        List<ChargingLimit> limits = harness.hardware().limits(connectorId);
        assertThat(limits).as("limits of connector %d", connectorId).isNotEmpty();
        return limits.get(limits.size() - 1);
    }

    /**
     * Reset from the CSMS, Accepted; the station reboots (the rebooter hook runs) and comes back on
     * the same store, then connects again.
     */
    public void resetAndReboot(ResetType type) {
        assertThat(result(chargePoint().reset(new ResetRequest().withType(type))).getStatus()).isEqualTo(ResetStatus.ACCEPTED);
        harness.advance(Duration.ofSeconds(2));
        assertThat(harness.hardware().reboots()).endsWith(type);
        assertThat(harness.connected()).as("connection closed by the reboot").isFalse();
        rebootAndConnect(false);
    }

    /**
     * The firmware starts again on the same store (after a reboot, or after a power cut with
     * {@code powerLoss}) and the transport connects it again.
     */
    public void rebootAndConnect(boolean powerLoss) {
        harness.restart(powerLoss);
        harness.connect();
    }

    /** The network goes down. */
    public void disconnect() {
        harness.disconnect();
    }

    /** The network is back. */
    public void reconnect() {
        harness.connect();
    }

    @Override
    public void close() {
        harness.close();
    }
}

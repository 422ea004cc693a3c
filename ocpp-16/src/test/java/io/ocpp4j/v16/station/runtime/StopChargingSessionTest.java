package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.3 Stop Charging Session. */
class StopChargingSessionTest {

    private final StationHarness harness = new StationHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private void charging(Consumer<StationRuntime.Builder> options) {
        harness.csms().tag("TAG-1", AuthorizationStatus.ACCEPTED, "GROUP")
                .tag("TAG-2", AuthorizationStatus.ACCEPTED, "GROUP")
                .tag("TAG-3", AuthorizationStatus.ACCEPTED, "OTHER");
        harness.start(options);
        harness.connect();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.advance(Duration.ofMinutes(1));
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        harness.csms().clear();
    }

    @Test
    @DisplayName("TC_068_CS Stop transaction - IdTag in StopTransaction matches IdTag in StartTransaction")
    void TC_068_CS_StopTransactionIdTagMatchesStartTransaction() {
        charging(builder -> {
        });
        harness.present(1, "tag-1"); // id tags compare without case
        assertThat(harness.csms().actions()).containsExactly("StopTransaction", "StatusNotification");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getIdTag()).isEqualTo("tag-1");
        assertThat(stop.getReason()).isEqualTo(Reason.LOCAL);
        assertThat(stop.getTransactionId()).isEqualTo(1000);
    }

    @Test
    @DisplayName("TC_069_CS Stop transaction - ParentIdTag in StopTransaction matches ParentIdTag in StartTransaction")
    void TC_069_CS_StopTransactionParentIdTagMatches() {
        charging(builder -> {
        });
        harness.present(1, "TAG-3"); // another group: does not stop
        assertThat(harness.csms().actions()).containsExactly("Authorize");
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);

        harness.present(1, "TAG-2");
        assertThat(harness.csms().actions()).containsExactly("Authorize", "Authorize", "StopTransaction",
                "StatusNotification");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getIdTag()).isEqualTo("TAG-2");
        assertThat(stop.getReason()).isEqualTo(Reason.LOCAL);
    }

    @Test
    @DisplayName("TC_005_1_CS EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = true")
    void TC_005_1_CS_EvSideDisconnectedStopAndUnlock() {
        charging(builder -> builder.configure(ConfigurationKeys.STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT, "true")
                .configure(ConfigurationKeys.UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT, "true"));
        harness.unplug(1);
        assertThat(harness.csms().actions()).containsExactly("StopTransaction", "StatusNotification");
        assertThat(harness.csms().received(StopTransactionRequest.class).get(0).getReason()).isEqualTo(Reason.EV_DISCONNECTED);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.AVAILABLE);
        assertThat(harness.hardware().isLocked(1)).isFalse();
        assertThat(harness.hardware().isEnergized(1)).isFalse();
    }

    @Test
    @DisplayName("TC_005_2_CS EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - UnlockConnectorOnEVSideDisconnect = false")
    void TC_005_2_CS_EvSideDisconnectedStopWithoutUnlock() {
        charging(builder -> builder.configure(ConfigurationKeys.STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT, "true")
                .configure(ConfigurationKeys.UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT, "false"));
        harness.unplug(1);
        assertThat(harness.csms().received(StopTransactionRequest.class).get(0).getReason()).isEqualTo(Reason.EV_DISCONNECTED);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.FINISHING);
        assertThat(harness.hardware().isLocked(1)).isTrue();

        harness.present(1, "TAG-1"); // the driver comes back for the cable
        assertThat(harness.hardware().isLocked(1)).isFalse();
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.FINISHING, ChargePointStatus.AVAILABLE);
        assertThat(harness.csms().actions()).doesNotContain("Authorize", "StartTransaction");
    }

    @Test
    @DisplayName("TC_005_3_CS EV Side Disconnected - StopTransactionOnEVSideDisconnect = false - UnlockConnectorOnEVSideDisconnect = false")
    void TC_005_3_CS_EvSideDisconnectedTransactionGoesOn() {
        charging(builder -> builder.configure(ConfigurationKeys.STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT, "false")
                .configure(ConfigurationKeys.UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT, "false"));
        harness.unplug(1);
        assertThat(harness.csms().actions()).containsExactly("StatusNotification");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.SUSPENDED_EV);
        assertThat(harness.hardware().isEnergized(1)).isFalse();
        assertThat(harness.hardware().isLocked(1)).isTrue();

        harness.plugIn(1);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.SUSPENDED_EV, ChargePointStatus.CHARGING);
        assertThat(harness.hardware().isEnergized(1)).isTrue();
        harness.present(1, "TAG-1");
        assertThat(harness.csms().received(StopTransactionRequest.class).get(0).getReason()).isEqualTo(Reason.LOCAL);
    }
}

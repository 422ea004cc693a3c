package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockStatus;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.7 Core Profile - Unlocking Happy flow, and 2.12 Unlocking Non-happy flow. */
class UnlockConnectorTest {

    private StationHarness harness;

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot(boolean fixedCable) {
        harness = new StationHarness(1, fixedCable);
        harness.csms().accept("TAG-1");
        harness.boot();
        harness.csms().clear();
    }

    private UnlockStatus unlock(int connectorId) {
        return harness.result(harness.chargePoint().unlockConnector(
                new UnlockConnectorRequest().withConnectorId(connectorId))).getStatus();
    }

    @Test
    @DisplayName("TC_017_1_CS Unlock connector - no charging session running (Not fixed cable)")
    void TC_017_1_CS_UnlockConnectorNoChargingSessionNotFixedCable() {
        boot(false);
        assertThat(unlock(1)).isEqualTo(UnlockStatus.UNLOCKED);
        assertThat(harness.csms().actions()).isEmpty();
    }

    @Test
    @DisplayName("TC_017_2_CS Unlock connector - no charging session running (Fixed cable)")
    void TC_017_2_CS_UnlockConnectorNoChargingSessionFixedCable() {
        boot(true);
        assertThat(unlock(1)).isEqualTo(UnlockStatus.NOT_SUPPORTED);
    }

    @Test
    @DisplayName("TC_018_1_CS Unlock Connector - With Charging Session (Not fixed cable)")
    void TC_018_1_CS_UnlockConnectorWithChargingSessionNotFixedCable() {
        boot(false);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.hardware().isLocked(1)).isTrue();
        harness.csms().clear();
        assertThat(unlock(1)).isEqualTo(UnlockStatus.UNLOCKED);
        assertThat(harness.csms().actions()).containsExactly("StopTransaction", "StatusNotification");
        assertThat(harness.csms().received(StopTransactionRequest.class).get(0).getReason()).isEqualTo(Reason.UNLOCK_COMMAND);
        assertThat(harness.hardware().isLocked(1)).isFalse();
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.FINISHING);
    }

    @Test
    @DisplayName("TC_018_2_CS Unlock Connector - With Charging Session (Fixed cable)")
    void TC_018_2_CS_UnlockConnectorWithChargingSessionFixedCable() {
        boot(true);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.csms().clear();
        assertThat(unlock(1)).isEqualTo(UnlockStatus.NOT_SUPPORTED);
        assertThat(harness.csms().actions()).isEmpty();
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
    }

    @Test
    @DisplayName("TC_030_CS Unlock Connector – Unlock Failure")
    void TC_030_CS_UnlockConnectorUnlockFailure() {
        boot(false);
        harness.hardware().failLocking(1, false, true);
        assertThat(unlock(1)).isEqualTo(UnlockStatus.UNLOCK_FAILED);
    }

    @Test
    @DisplayName("TC_031_CS Unlock Connector – Unknown Connector")
    void TC_031_CS_UnlockConnectorUnknownConnector() {
        boot(false);
        assertThat(unlock(2)).isEqualTo(UnlockStatus.NOT_SUPPORTED);
        assertThat(unlock(0)).isEqualTo(UnlockStatus.NOT_SUPPORTED);
    }
}

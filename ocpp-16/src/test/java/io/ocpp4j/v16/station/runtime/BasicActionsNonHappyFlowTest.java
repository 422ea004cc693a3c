package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OCTT 2.10 Core Profile - Basic Actions Non-happy flow. */
class BasicActionsNonHappyFlowTest {

    private final StationHarness harness = new StationHarness();

    @BeforeEach
    void boot() {
        harness.boot();
        harness.csms().clear();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** TC_023_CS runs on the certified stations (fixed cables); here: the cable stays unlocked. */
    @Test
    void anInvalidTagLeavesTheCableUnlocked() {
        harness.plugIn(1);
        harness.present(1, "UNKNOWN");
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "Authorize");
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.PREPARING);
        assertThat(harness.hardware().isEnergized(1)).isFalse();
        assertThat(harness.hardware().isLocked(1)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AuthorizationStatus.class, names = {"BLOCKED", "EXPIRED", "CONCURRENT_TX"})
    void otherRefusalsStartNothingEither(AuthorizationStatus status) {
        harness.csms().tag("TAG-X", status, null);
        harness.plugIn(1);
        harness.present(1, "TAG-X");
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "Authorize");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
    }

    @Test
    @DisplayName("TC_024_CS Start Charging Session - Lock Failure")
    void TC_024_CS_StartChargingSessionLockFailure() {
        harness.csms().accept("TAG-1");
        harness.hardware().failLocking(1, true, false);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "Authorize", "StatusNotification");
        StatusNotificationRequest fault = harness.csms().received(StatusNotificationRequest.class).get(1);
        assertThat(fault.getStatus()).isEqualTo(ChargePointStatus.FAULTED);
        assertThat(fault.getErrorCode()).isEqualTo(ChargePointErrorCode.CONNECTOR_LOCK_FAILURE);
        assertThat(harness.hardware().isEnergized(1)).isFalse();

        harness.hardware().failLocking(1, false, false);
        harness.unplug(1);
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
    }
}

package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.6 Core Profile - Resetting Happy Flow. */
class ResetTest {

    private final StationHarness harness = new StationHarness();

    @BeforeEach
    void boot() {
        harness.csms().accept("TAG-1");
        harness.boot();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void reset(ResetType type) {
        var answer = harness.result(harness.chargePoint().reset(new ResetRequest().withType(type)));
        assertThat(answer.getStatus()).isEqualTo(ResetStatus.ACCEPTED);
        harness.advance(Duration.ofSeconds(1));
        assertThat(harness.hardware().reboots()).containsExactly(type);
        assertThat(harness.connected()).isFalse();
    }

    private void rebootAndConnect() {
        harness.restart(false);
        harness.csms().clear();
        harness.connect();
    }

    private void charging() {
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.advance(Duration.ofMinutes(3));
        harness.csms().clear();
    }

    @Test
    @DisplayName("TC_013_CS Hard Reset Without transaction")
    void TC_013_CS_HardResetWithoutTransaction() {
        harness.csms().clear();
        reset(ResetType.HARD);
        assertThat(harness.csms().actions()).isEmpty();
        rebootAndConnect();
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "StatusNotification", "StatusNotification");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.AVAILABLE);
    }

    @Test
    @DisplayName("TC_014_CS Soft Reset Without Transaction")
    void TC_014_CS_SoftResetWithoutTransaction() {
        harness.csms().clear();
        reset(ResetType.SOFT);
        rebootAndConnect();
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "StatusNotification", "StatusNotification");
    }

    @Test
    @DisplayName("TC_015_CS Hard Reset With transaction")
    void TC_015_CS_HardResetWithTransaction() {
        charging();
        reset(ResetType.HARD);
        assertThat(harness.csms().actions()).containsExactly("StopTransaction", "StatusNotification");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getReason()).isEqualTo(Reason.HARD_RESET);
        assertThat(stop.getTransactionId()).isEqualTo(1000);
        assertThat(stop.getMeterStop()).isEqualTo(553); // 11 kW for 3 min and the 1 s reset grace
        rebootAndConnect();
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "StatusNotification", "StatusNotification");
        assertThat(harness.csms().received(StopTransactionRequest.class)).isEmpty();
    }

    @Test
    @DisplayName("TC_016_CS Soft Reset With Transaction")
    void TC_016_CS_SoftResetWithTransaction() {
        charging();
        reset(ResetType.SOFT);
        assertThat(harness.csms().received(StopTransactionRequest.class)).extracting(StopTransactionRequest::getReason)
                .containsExactly(Reason.SOFT_RESET);
        rebootAndConnect();
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING); // the cable is still in
    }

    @Test
    void aResetWhileOfflineDeliversTheStopAfterTheReboot() {
        charging();
        harness.disconnect();
        harness.restart(false); // a local reboot while offline
        harness.connect();
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "StatusNotification", "StatusNotification",
                "StopTransaction");
        assertThat(harness.csms().received(StopTransactionRequest.class)).extracting(StopTransactionRequest::getReason)
                .isEqualTo(List.of(Reason.POWER_LOSS));
    }
}

package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Faults beyond OCTT 2.16 (TC_041_CS runs on the certified stations, octt.CoreCases). */
class FaultBehaviorTest {

    private final StationHarness harness = new StationHarness(2, false);

    @BeforeEach
    void boot() {
        harness.csms().accept("TAG-1");
        harness.start(builder -> builder.configure(ConfigurationKeys.MINIMUM_STATUS_DURATION, "10"));
        harness.connect();
        harness.csms().clear();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aFaultDuringATransactionStopsTheEnergyUntilCleared() {
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.fault(1, ChargePointErrorCode.HIGH_TEMPERATURE);
        assertThat(harness.hardware().isEnergized(1)).isFalse();
        assertThat(harness.station().connector(1).transactionActive()).isTrue();
        harness.fault(1, null);
        assertThat(harness.hardware().isEnergized(1)).isTrue();
        harness.advance(Duration.ofSeconds(10));
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
    }

    @Test
    void minimumStatusDurationReportsOnlyStableStatuses() {
        harness.plugIn(2);
        harness.unplug(2);
        harness.plugIn(2);
        harness.advance(Duration.ofSeconds(9));
        assertThat(harness.statuses(2)).isEmpty();
        harness.advance(Duration.ofSeconds(1));
        assertThat(harness.statuses(2)).containsExactly(ChargePointStatus.PREPARING);
        harness.unplug(2);
        harness.plugIn(2);
        harness.advance(Duration.ofSeconds(20));
        assertThat(harness.statuses(2)).containsExactly(ChargePointStatus.PREPARING);
    }

    @Test
    void aStationFaultIsReportedOnConnectorZero() {
        harness.fault(0, ChargePointErrorCode.POWER_METER_FAILURE);
        assertThat(harness.statuses(0)).containsExactly(ChargePointStatus.FAULTED);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
    }
}

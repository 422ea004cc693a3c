package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AvailabilityStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ChangeAvailability (OCPP 1.6 section 5.2); TC_034_CS covers availability across a power failure. */
class ChangeAvailabilityTest {

    private final StationHarness harness = new StationHarness(2, false);

    @BeforeEach
    void boot() {
        harness.csms().accept("TAG-1");
        harness.boot();
        harness.csms().clear();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private AvailabilityStatus change(int connectorId, AvailabilityType type) {
        return harness.result(harness.chargePoint().changeAvailability(
                new ChangeAvailabilityRequest().withConnectorId(connectorId).withType(type))).getStatus();
    }

    @Test
    void aConnectorBecomesUnavailableAndAvailableAgain() {
        assertThat(change(1, AvailabilityType.INOPERATIVE)).isEqualTo(AvailabilityStatus.ACCEPTED);
        assertThat(change(1, AvailabilityType.INOPERATIVE)).isEqualTo(AvailabilityStatus.ACCEPTED);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.UNAVAILABLE);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
        assertThat(change(1, AvailabilityType.OPERATIVE)).isEqualTo(AvailabilityStatus.ACCEPTED);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.UNAVAILABLE, ChargePointStatus.PREPARING);
    }

    @Test
    void duringATransactionTheChangeIsScheduled() {
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.csms().clear();
        assertThat(change(1, AvailabilityType.INOPERATIVE)).isEqualTo(AvailabilityStatus.SCHEDULED);
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        assertThat(harness.hardware().isEnergized(1)).isTrue();
        harness.present(1, "TAG-1");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.UNAVAILABLE);
    }

    @Test
    void connectorZeroMeansTheWholeStation() {
        assertThat(change(0, AvailabilityType.INOPERATIVE)).isEqualTo(AvailabilityStatus.ACCEPTED);
        assertThat(harness.statuses(0)).containsExactly(ChargePointStatus.UNAVAILABLE);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.UNAVAILABLE);
        assertThat(harness.statuses(2)).containsExactly(ChargePointStatus.UNAVAILABLE);
        assertThat(change(0, AvailabilityType.OPERATIVE)).isEqualTo(AvailabilityStatus.ACCEPTED);
        assertThat(harness.status(2)).isEqualTo(ChargePointStatus.AVAILABLE);
    }

    @Test
    void anUnknownConnectorIsRejected() {
        assertThat(change(3, AvailabilityType.INOPERATIVE)).isEqualTo(AvailabilityStatus.REJECTED);
    }
}

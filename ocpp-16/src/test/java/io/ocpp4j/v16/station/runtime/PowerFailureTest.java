package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.13 Core Profile - Power Failure Non-Happy Flow. */
class PowerFailureTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    @DisplayName("TC_032_1_CS Power failure boot charging point - configured to stop transaction(s) before going down")
    void TC_032_1_CS_PowerFailureStopTransactionsBeforeGoingDown() {
        harness.csms().accept("TAG-1");
        harness.boot();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.advance(Duration.ofSeconds(150));
        harness.disconnect(); // the network goes first
        harness.hardware().powerFail();
        harness.settle();
        harness.restart(true);
        harness.csms().clear();
        harness.connect();
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "StatusNotification",
                "StatusNotification", "StatusNotification", "StopTransaction");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getReason()).isEqualTo(Reason.POWER_LOSS);
        assertThat(stop.getMeterStop()).isEqualTo(458); // read when the power failed, at 150 s
        assertThat(stop.getTimestamp().toInstant()).isEqualTo(StationHarness.START.plusSeconds(150));
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING); // the cable is still in
    }

    @Test
    @DisplayName("TC_032_2_CS Power failure boot charging point-configured to stop transaction(s)")
    void TC_032_2_CS_PowerFailureStopTransactionsAfterBoot() {
        harness.csms().accept("TAG-1");
        harness.start(builder -> builder.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60"));
        harness.connect();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.advance(Duration.ofSeconds(150)); // samples at 60 and 120 s; the power fails at 150 s
        harness.restart(true);
        harness.csms().clear();
        harness.unplug(1); // the driver took the cable during the outage
        harness.connect();
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "StatusNotification",
                "StatusNotification", "StatusNotification", "StopTransaction");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getReason()).isEqualTo(Reason.POWER_LOSS);
        assertThat(stop.getTransactionId()).isEqualTo(1000);
        assertThat(stop.getMeterStop()).isEqualTo(366); // the last reading stored, at 120 s
        assertThat(stop.getTimestamp().toInstant()).isEqualTo(StationHarness.START.plusSeconds(120));
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.AVAILABLE);
        assertThat(harness.hardware().isEnergized(1)).isFalse();
    }

    @Test
    void messagesQueuedBeforeThePowerFailureAreDeliveredInOrderAfterIt() {
        harness.csms().accept("TAG-1");
        harness.start(builder -> builder.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60")
                .configure(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE, "true"));
        harness.connect();
        harness.plugIn(2);
        harness.present(2, "TAG-1");
        harness.present(2, "TAG-1");
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "TAG-1"); // offline, from the cache
        harness.advance(Duration.ofSeconds(125));
        harness.restart(true);
        harness.csms().clear();
        harness.connect();
        assertThat(harness.csms().actions()).endsWith("StartTransaction", "MeterValues", "MeterValues", "StopTransaction");
        assertThat(harness.csms().received(MeterValuesRequest.class)).extracting(MeterValuesRequest::getTransactionId)
                .containsOnly(1001);
        assertThat(harness.csms().received(StopTransactionRequest.class).get(0).getTransactionId()).isEqualTo(1001);
        assertThat(harness.station().queuedTransactionMessages()).isZero();
    }

    @Test
    @DisplayName("TC_034_CS Power Failure with Unavailable Status")
    void TC_034_CS_PowerFailureWithUnavailableStatus() {
        harness.boot();
        harness.result(harness.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                .withConnectorId(0).withType(AvailabilityType.INOPERATIVE)));
        harness.restart(true);
        harness.csms().clear();
        harness.connect();
        assertThat(harness.statuses(0)).containsExactly(ChargePointStatus.UNAVAILABLE);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.UNAVAILABLE);
        assertThat(harness.statuses(2)).containsExactly(ChargePointStatus.UNAVAILABLE);
    }
}

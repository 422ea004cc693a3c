package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.1 Cold Boot Charge Point. */
class ColdBootTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    @DisplayName("TC_001_CS Cold Boot Charge Point")
    void TC_001_CS_ColdBootChargePoint() {
        harness.csms().heartbeatInterval(120);
        harness.boot();

        assertThat(harness.csms().actions()).containsExactly("BootNotification",
                "StatusNotification", "StatusNotification", "StatusNotification");
        BootNotificationRequest boot = harness.csms().received(BootNotificationRequest.class).get(0);
        assertThat(boot.getChargePointVendor()).isEqualTo("ocpp4j");
        assertThat(boot.getChargePointModel()).isEqualTo("Simulated");
        assertThat(harness.statuses(0)).containsExactly(ChargePointStatus.AVAILABLE);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.AVAILABLE);
        assertThat(harness.statuses(2)).containsExactly(ChargePointStatus.AVAILABLE);
        assertThat(harness.station().registrationStatus()).contains(RegistrationStatus.ACCEPTED);
        assertThat(harness.station().configuration(ConfigurationKeys.HEARTBEAT_INTERVAL)).contains("120");

        harness.csms().clear();
        harness.advance(Duration.ofSeconds(119));
        assertThat(harness.csms().actions()).isEmpty();
        harness.advance(Duration.ofSeconds(1));
        assertThat(harness.csms().actions()).containsExactly("Heartbeat");
        harness.advance(Duration.ofSeconds(360));
        assertThat(harness.csms().actions()).containsExactly("Heartbeat", "Heartbeat", "Heartbeat", "Heartbeat");
    }

    @Test
    @DisplayName("TC_002_CS Cold Boot Charge Point - Pending")
    void TC_002_CS_ColdBootChargePointPending() {
        harness.csms().bootAnswers(60, RegistrationStatus.PENDING, RegistrationStatus.PENDING);
        harness.boot();
        assertThat(harness.csms().actions()).containsExactly("BootNotification");
        assertThat(harness.station().registrationStatus()).contains(RegistrationStatus.PENDING);

        // While pending the CSMS may configure the station; the station sends nothing else.
        var configuration = harness.result(harness.chargePoint().getConfiguration(
                new GetConfigurationRequest().withKey(List.of(ConfigurationKeys.HEARTBEAT_INTERVAL))));
        assertThat(configuration.getConfigurationKey()).hasSize(1);
        var change = harness.result(harness.chargePoint().changeConfiguration(new ChangeConfigurationRequest()
                .withKey(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL).withValue("30")));
        assertThat(change.getStatus()).isEqualTo(ConfigurationStatus.ACCEPTED);
        harness.plugIn(1);
        harness.advance(Duration.ofSeconds(59));
        assertThat(harness.csms().actions()).containsExactly("BootNotification");

        harness.advance(Duration.ofSeconds(1));
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "BootNotification");
        harness.advance(Duration.ofSeconds(60));
        assertThat(harness.csms().actions()).containsExactly("BootNotification", "BootNotification",
                "BootNotification", "StatusNotification", "StatusNotification", "StatusNotification");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING);
        assertThat(harness.station().registrationStatus()).contains(RegistrationStatus.ACCEPTED);
    }

    @Test
    void rejectedBootIsRetriedAfterTheIntervalEvenAcrossReconnects() {
        harness.csms().bootAnswers(100, RegistrationStatus.REJECTED);
        harness.boot();
        assertThat(harness.station().registrationStatus()).contains(RegistrationStatus.REJECTED);
        harness.disconnect();
        harness.connect();
        harness.advance(Duration.ofSeconds(99));
        assertThat(harness.csms().actions()).containsExactly("BootNotification");
        harness.advance(Duration.ofSeconds(1));
        assertThat(harness.csms().actions()).startsWith("BootNotification", "BootNotification", "StatusNotification");
    }

    @Test
    void theClockIsTakenFromTheCsms() {
        harness.boot();
        OffsetDateTime sent = harness.csms().received(StatusNotificationRequest.class).get(0).getTimestamp();
        assertThat(sent.toInstant()).isEqualTo(StationHarness.START);
    }

    @Test
    void aReconnectDoesNotBootAgainButReportsChangedStatuses() {
        harness.boot();
        harness.disconnect();
        harness.plugIn(2);
        harness.csms().clear();
        harness.connect();
        assertThat(harness.csms().actions()).containsExactly("StatusNotification");
        assertThat(harness.statuses(2)).containsExactly(ChargePointStatus.PREPARING);
    }
}

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

/** Boot beyond OCTT 2.1 (TC_001_CS and TC_002_CS run on the certified stations, octt.CoreCases). */
class ColdBootTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
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

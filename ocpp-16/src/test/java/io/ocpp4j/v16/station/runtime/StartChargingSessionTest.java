package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.2 Start Charging Session. */
class StartChargingSessionTest {

    private final StationHarness harness = new StationHarness();

    @BeforeEach
    void boot() {
        harness.csms().accept("TAG-1");
        harness.start(builder -> builder.configure(ConfigurationKeys.CONNECTION_TIME_OUT, "30"));
        harness.connect();
        harness.csms().clear();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    @DisplayName("TC_003_CS Regular Charging Session - Plugin First")
    void TC_003_CS_RegularChargingSessionPluginFirst() {
        harness.plugIn(1);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING);
        harness.present(1, "TAG-1");
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "Authorize", "StartTransaction",
                "StatusNotification");
        assertThat(harness.csms().received(AuthorizeRequest.class).get(0).getIdTag()).isEqualTo("TAG-1");
        StartTransactionRequest start = harness.csms().received(StartTransactionRequest.class).get(0);
        assertThat(start.getConnectorId()).isEqualTo(1);
        assertThat(start.getIdTag()).isEqualTo("TAG-1");
        assertThat(start.getMeterStart()).isZero();
        assertThat(start.getTimestamp().toInstant()).isEqualTo(StationHarness.START);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
        assertThat(harness.hardware().isEnergized(1)).isTrue();
        assertThat(harness.hardware().isLocked(1)).isTrue();
        assertThat(harness.station().connector(1).transactionId()).isEqualTo(1000);

        harness.advance(Duration.ofMinutes(10)); // 11 kW for 10 minutes
        harness.present(1, "TAG-1");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getTransactionId()).isEqualTo(1000);
        assertThat(stop.getMeterStop()).isEqualTo(1833);
        assertThat(stop.getReason()).isEqualTo(Reason.LOCAL);
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.FINISHING);
        assertThat(harness.hardware().isEnergized(1)).isFalse();
        assertThat(harness.hardware().isLocked(1)).isFalse();
        harness.unplug(1);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING,
                ChargePointStatus.FINISHING, ChargePointStatus.AVAILABLE);
    }

    @Test
    @DisplayName("TC_004_1_CS Regular Charging Session – Identification First")
    void TC_004_1_CS_RegularChargingSessionIdentificationFirst() {
        harness.present(1, "TAG-1");
        assertThat(harness.csms().actions()).containsExactly("Authorize", "StatusNotification");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING);
        harness.advance(Duration.ofSeconds(29));
        harness.plugIn(1);
        assertThat(harness.csms().actions()).containsExactly("Authorize", "StatusNotification", "StartTransaction",
                "StatusNotification");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
    }

    @Test
    @DisplayName("TC_004_2_CS Regular Charging Session – Identification First - ConnectionTimeOut")
    void TC_004_2_CS_RegularChargingSessionIdentificationFirstConnectionTimeOut() {
        harness.present(1, "TAG-1");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING);
        harness.advance(Duration.ofSeconds(30));
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.AVAILABLE);
        harness.plugIn(1);
        assertThat(harness.csms().actions()).doesNotContain("StartTransaction");
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.PREPARING);
    }
}

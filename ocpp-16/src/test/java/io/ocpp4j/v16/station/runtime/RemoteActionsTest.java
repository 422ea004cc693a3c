package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.5 Core Profile - Remote actions Happy flow, and 2.11 Remote Actions Non-Happy Flow. */
class RemoteActionsTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot(Consumer<StationRuntime.Builder> options) {
        harness.csms().accept("TAG-1");
        harness.start(builder -> {
            builder.configure(ConfigurationKeys.CONNECTION_TIME_OUT, "45");
            options.accept(builder);
        });
        harness.connect();
        harness.csms().clear();
    }

    private RemoteStartStopStatus remoteStart(Integer connectorId, String idTag) {
        return harness.result(harness.chargePoint().remoteStartTransaction(
                new RemoteStartTransactionRequest().withConnectorId(connectorId).withIdTag(idTag))).getStatus();
    }

    private RemoteStartStopStatus remoteStop(int transactionId) {
        return harness.result(harness.chargePoint().remoteStopTransaction(
                new RemoteStopTransactionRequest().withTransactionId(transactionId))).getStatus();
    }

    @Test
    @DisplayName("TC_010_CS Remote Start Charging Session – Cable Plugged in First")
    void TC_010_CS_RemoteStartChargingSessionCablePluggedInFirst() {
        boot(builder -> {
        });
        harness.plugIn(1);
        assertThat(remoteStart(1, "TAG-1")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "StartTransaction", "StatusNotification");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
        assertThat(harness.csms().received(StartTransactionRequest.class).get(0).getIdTag()).isEqualTo("TAG-1");
    }

    @Test
    @DisplayName("TC_011_1_CS Remote Start Charging Session – Remote Start First")
    void TC_011_1_CS_RemoteStartChargingSessionRemoteStartFirst() {
        boot(builder -> {
        });
        assertThat(remoteStart(1, "TAG-1")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING);
        harness.plugIn(1);
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "StartTransaction", "StatusNotification");
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
    }

    @Test
    @DisplayName("TC_011_2_CS Remote Start Charging Session – Time Out")
    void TC_011_2_CS_RemoteStartChargingSessionTimeOut() {
        boot(builder -> {
        });
        assertThat(remoteStart(1, "TAG-1")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        harness.advance(Duration.ofSeconds(45));
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.AVAILABLE);
        harness.plugIn(1);
        assertThat(harness.csms().actions()).doesNotContain("StartTransaction");
    }

    @Test
    @DisplayName("TC_012_CS Remote Stop Charging Session")
    void TC_012_CS_RemoteStopChargingSession() {
        boot(builder -> {
        });
        harness.plugIn(1);
        remoteStart(1, "TAG-1");
        harness.advance(Duration.ofMinutes(5));
        harness.csms().clear();
        assertThat(remoteStop(1000)).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(harness.csms().actions()).containsExactly("StopTransaction", "StatusNotification");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getReason()).isEqualTo(Reason.REMOTE);
        assertThat(stop.getTransactionId()).isEqualTo(1000);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.FINISHING);
        harness.unplug(1);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.FINISHING, ChargePointStatus.AVAILABLE);
    }

    @Test
    void remoteStartAuthorizesFirstWhenConfiguredTo() {
        boot(builder -> builder.configure(ConfigurationKeys.AUTHORIZE_REMOTE_TX_REQUESTS, "true"));
        harness.plugIn(1);
        assertThat(remoteStart(1, "TAG-1")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "Authorize", "StartTransaction",
                "StatusNotification");
        harness.plugIn(2);
        assertThat(remoteStart(2, "UNKNOWN")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(harness.station().connector(2).transactionActive()).isFalse();
        assertThat(harness.status(2)).isEqualTo(ChargePointStatus.PREPARING);
    }

    @Test
    void remoteStartWithoutConnectorPicksTheConnectorWithACable() {
        boot(builder -> {
        });
        harness.plugIn(2);
        assertThat(remoteStart(null, "TAG-1")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(harness.csms().received(StartTransactionRequest.class).get(0).getConnectorId()).isEqualTo(2);
    }

    @Test
    @DisplayName("TC_026_CS Remote Start Charging Session – Rejected")
    void TC_026_CS_RemoteStartChargingSessionRejected() {
        boot(builder -> {
        });
        harness.result(harness.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                .withConnectorId(1).withType(AvailabilityType.INOPERATIVE)));
        assertThat(remoteStart(1, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED);
        harness.plugIn(2);
        assertThat(remoteStart(2, "TAG-1")).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(remoteStart(2, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED); // busy
        assertThat(remoteStart(null, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED); // none free
        assertThat(remoteStart(3, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED); // no such connector
        assertThat(harness.csms().received(StartTransactionRequest.class)).hasSize(1);
    }

    @Test
    @DisplayName("TC_027_CS Remote start transaction - connector id shall not be 0")
    void TC_027_CS_RemoteStartTransactionConnectorIdShallNotBe0() {
        boot(builder -> {
        });
        assertThat(remoteStart(0, "TAG-1")).isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(harness.csms().actions()).isEmpty();
    }

    @Test
    @DisplayName("TC_028_CS Remote Stop Transaction – Rejected")
    void TC_028_CS_RemoteStopTransactionRejected() {
        boot(builder -> {
        });
        harness.plugIn(1);
        remoteStart(1, "TAG-1");
        harness.csms().clear();
        assertThat(remoteStop(4242)).isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(harness.csms().actions()).isEmpty();
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
    }
}

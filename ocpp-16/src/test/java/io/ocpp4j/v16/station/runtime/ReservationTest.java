package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationStatus;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.ReservationStatus;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.20 Reservation, on a two-connector station. */
class ReservationTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot() {
        boot(builder -> {
        });
    }

    private void boot(Consumer<StationRuntime.Builder> options) {
        harness.csms().accept("TAG-1").accept("TAG-2")
                .tag("GROUP-A1", AuthorizationStatus.ACCEPTED, "GROUP-A")
                .tag("GROUP-A2", AuthorizationStatus.ACCEPTED, "GROUP-A");
        harness.start(builder -> {
            builder.reservation();
            options.accept(builder);
        });
        harness.connect();
        harness.csms().clear();
    }

    private ReservationStatus reserve(int reservationId, int connectorId, String idTag, String parentIdTag) {
        return harness.result(harness.chargePoint().reserveNow(new ReserveNowRequest()
                .withReservationId(reservationId).withConnectorId(connectorId).withIdTag(idTag).withParentIdTag(parentIdTag)
                .withExpiryDate(harness.time().clock().instant().plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC))))
                .getStatus();
    }

    private CancelReservationStatus cancel(int reservationId) {
        return harness.result(harness.chargePoint().cancelReservation(
                new CancelReservationRequest().withReservationId(reservationId))).getStatus();
    }

    private StartTransactionRequest lastStart() {
        var starts = harness.csms().received(StartTransactionRequest.class);
        return starts.get(starts.size() - 1);
    }

    @Test
    @DisplayName("TC_046_1_CS Reservation of a Connector - Local start transaction")
    void TC_046_1_CS_ReservationOfAConnectorLocalStartTransaction() {
        boot();
        assertThat(reserve(7, 1, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.RESERVED);
        harness.plugIn(1);
        harness.present(1, "TAG-2"); // not the reserved tag: nothing starts
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
        harness.present(1, "TAG-1");
        assertThat(harness.station().connector(1).transactionActive()).isTrue();
        assertThat(lastStart().getReservationId()).isEqualTo(7);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.RESERVED, ChargePointStatus.PREPARING,
                ChargePointStatus.CHARGING);
        assertThat(cancel(7)).isEqualTo(CancelReservationStatus.REJECTED); // used up
    }

    @Test
    @DisplayName("TC_046_2_CS Reservation of a Connector - Remote start transaction")
    void TC_046_2_CS_ReservationOfAConnectorRemoteStartTransaction() {
        boot();
        assertThat(reserve(8, 2, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
        RemoteStartStopStatus other = harness.result(harness.chargePoint().remoteStartTransaction(
                new RemoteStartTransactionRequest().withConnectorId(2).withIdTag("TAG-2"))).getStatus();
        assertThat(other).isEqualTo(RemoteStartStopStatus.REJECTED);
        RemoteStartStopStatus own = harness.result(harness.chargePoint().remoteStartTransaction(
                new RemoteStartTransactionRequest().withConnectorId(2).withIdTag("TAG-1"))).getStatus();
        assertThat(own).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        harness.plugIn(2);
        assertThat(lastStart().getReservationId()).isEqualTo(8);
        assertThat(lastStart().getConnectorId()).isEqualTo(2);
    }

    @Test
    @DisplayName("TC_047_CS Reservation of a Connector - Expire")
    void TC_047_CS_ReservationOfAConnectorExpire() {
        boot();
        assertThat(reserve(9, 1, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
        harness.advance(Duration.ofMinutes(10));
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.RESERVED, ChargePointStatus.AVAILABLE);
        harness.plugIn(1);
        harness.present(1, "TAG-2");
        assertThat(harness.station().connector(1).transactionActive()).isTrue();
        assertThat(lastStart().getReservationId()).isNull();
    }

    @Test
    @DisplayName("TC_048_1_CS Reservation of a Connector - Faulted")
    void TC_048_1_CS_ReservationOfAConnectorFaulted() {
        boot();
        harness.fault(1, ChargePointErrorCode.GROUND_FAILURE);
        assertThat(reserve(1, 1, "TAG-1", null)).isEqualTo(ReservationStatus.FAULTED);
    }

    @Test
    @DisplayName("TC_048_2_CS Reservation of a Connector - Occupied")
    void TC_048_2_CS_ReservationOfAConnectorOccupied() {
        boot();
        harness.plugIn(1);
        harness.present(1, "TAG-2");
        assertThat(reserve(1, 1, "TAG-1", null)).isEqualTo(ReservationStatus.OCCUPIED);
        assertThat(reserve(2, 2, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
        assertThat(reserve(3, 2, "TAG-2", null)).isEqualTo(ReservationStatus.OCCUPIED); // reserved by another
    }

    @Test
    @DisplayName("TC_048_3_CS Reservation of a Connector - Unavailable")
    void TC_048_3_CS_ReservationOfAConnectorUnavailable() {
        boot();
        harness.result(harness.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                .withConnectorId(1).withType(AvailabilityType.INOPERATIVE)));
        assertThat(reserve(1, 1, "TAG-1", null)).isEqualTo(ReservationStatus.UNAVAILABLE);
    }

    @Test
    @DisplayName("TC_048_4_CS Reservation of a Connector - Rejected")
    void TC_048_4_CS_ReservationOfAConnectorRejected() {
        boot();
        assertThat(reserve(1, 3, "TAG-1", null)).isEqualTo(ReservationStatus.REJECTED); // no such connector
        assertThat(harness.csms().actions()).isEmpty();
    }

    @Test
    @DisplayName("TC_049_CS Reservation of a Charge Point - Transaction")
    void TC_049_CS_ReservationOfAChargePointTransaction() {
        boot(builder -> builder.configure(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "true"));
        assertThat(reserve(11, 0, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
        harness.plugIn(1);
        harness.present(1, "TAG-2"); // one connector stays free for the reservation: this one may start
        assertThat(harness.station().connector(1).transactionActive()).isTrue();
        harness.plugIn(2);
        harness.present(2, "TAG-2"); // ...but not the last one
        assertThat(harness.station().connector(2).transactionActive()).isFalse();
        harness.present(2, "TAG-1");
        assertThat(harness.station().connector(2).transactionActive()).isTrue();
        assertThat(lastStart().getReservationId()).isEqualTo(11);
    }

    @Test
    @DisplayName("TC_050_1_CS Reservation of a Charge Point - Faulted")
    void TC_050_1_CS_ReservationOfAChargePointFaulted() {
        boot(builder -> builder.configure(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "true"));
        harness.fault(0, ChargePointErrorCode.OTHER_ERROR);
        assertThat(reserve(1, 0, "TAG-1", null)).isEqualTo(ReservationStatus.FAULTED);
    }

    @Test
    @DisplayName("TC_050_2_CS Reservation of a Charge Point - Occupied")
    void TC_050_2_CS_ReservationOfAChargePointOccupied() {
        boot(builder -> builder.configure(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "true"));
        harness.plugIn(1);
        harness.present(1, "TAG-2");
        harness.plugIn(2);
        harness.present(2, "TAG-2");
        assertThat(reserve(1, 0, "TAG-1", null)).isEqualTo(ReservationStatus.OCCUPIED);
    }

    @Test
    @DisplayName("TC_050_3_CS Reservation of a Charge Point - Unavailable")
    void TC_050_3_CS_ReservationOfAChargePointUnavailable() {
        boot(builder -> builder.configure(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "true"));
        harness.result(harness.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                .withConnectorId(0).withType(AvailabilityType.INOPERATIVE)));
        assertThat(reserve(1, 0, "TAG-1", null)).isEqualTo(ReservationStatus.UNAVAILABLE);
    }

    @Test
    @DisplayName("TC_050_4_CS Reservation of a Charge Point - Rejected")
    void TC_050_4_CS_ReservationOfAChargePointRejected() {
        boot(); // ReserveConnectorZeroSupported = false
        assertThat(reserve(1, 0, "TAG-1", null)).isEqualTo(ReservationStatus.REJECTED);
    }

    @Test
    @DisplayName("TC_051_CS Cancel Reservation")
    void TC_051_CS_CancelReservation() {
        boot();
        assertThat(reserve(5, 1, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
        assertThat(cancel(5)).isEqualTo(CancelReservationStatus.ACCEPTED);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.RESERVED, ChargePointStatus.AVAILABLE);
    }

    @Test
    @DisplayName("TC_052_CS Cancel Reservation - Rejected")
    void TC_052_CS_CancelReservationRejected() {
        boot();
        assertThat(cancel(42)).isEqualTo(CancelReservationStatus.REJECTED);
    }

    @Test
    @DisplayName("TC_053_CS Use a reserved Connector with parentIdTag")
    void TC_053_CS_UseAReservedConnectorWithParentIdTag() {
        boot();
        assertThat(reserve(6, 1, "GROUP-A1", "GROUP-A")).isEqualTo(ReservationStatus.ACCEPTED);
        harness.plugIn(1);
        harness.present(1, "GROUP-A2");
        assertThat(harness.station().connector(1).transactionActive()).isTrue();
        assertThat(lastStart().getIdTag()).isEqualTo("GROUP-A2");
        assertThat(lastStart().getReservationId()).isEqualTo(6);
    }

    @Test
    void aReservationSurvivesARestartAndAReservationIdIsReplaced() {
        boot();
        assertThat(reserve(5, 1, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
        assertThat(reserve(5, 2, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED); // moves it
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
        harness.restart(false);
        harness.connect();
        assertThat(harness.status(2)).isEqualTo(ChargePointStatus.RESERVED);
        harness.advance(Duration.ofMinutes(10));
        assertThat(harness.status(2)).isEqualTo(ChargePointStatus.AVAILABLE);
    }
}

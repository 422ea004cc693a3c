package io.ocpp4j.v16.station.runtime.octt;

import static io.ocpp4j.v16.FeatureProfiles.RESERVATION;
import static io.ocpp4j.v16.station.runtime.octt.CaseRun.OTHER_TAG;
import static io.ocpp4j.v16.station.runtime.octt.CaseRun.TAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationStatus;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.ReservationStatus;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.station.runtime.StationProfile;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The OCTT {@code _CS} cases of Reservation (section 2.20): connector reservations on every
 * station, reservations of the whole station (connector 0) where {@code ReserveConnectorZeroSupported}
 * (PICS R-1) says so, and TC_050_4 (Rejected) where it does not.
 */
final class ReservationCases {

    private static final Function<StationProfile, Optional<String>> CONNECTOR_ZERO = station ->
            station.reservesWholeStation() ? Optional.empty()
                    : Optional.of("not applicable: ReserveConnectorZeroSupported is false (PICS R-1 No)");

    private ReservationCases() {
    }

    static List<OcttCase> all() {
        return List.of(
                OcttCase.of("TC_046_1_CS", "Reservation of a Connector - Local start transaction", RESERVATION, run -> {
                    int connector = run.boot().last();
                    assertThat(reserve(run, 1, connector, TAG, null)).isEqualTo(ReservationStatus.ACCEPTED);
                    assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.RESERVED);
                    run.plugIn(connector);
                    run.present(connector, OTHER_TAG);
                    assertThat(run.charging(connector)).as("another tag may not use it").isFalse();
                    run.present(connector, TAG);
                    assertThat(run.charging(connector)).isTrue();
                    assertThat(run.lastStart().getReservationId()).isEqualTo(1);
                    assertThat(run.statuses(connector)).endsWith(ChargePointStatus.CHARGING);
                }),
                OcttCase.of("TC_046_2_CS", "Reservation of a Connector - Remote start transaction", RESERVATION, run -> {
                    int connector = run.boot().last();
                    assertThat(reserve(run, 2, connector, TAG, null)).isEqualTo(ReservationStatus.ACCEPTED);
                    run.plugIn(connector);
                    assertThat(run.remoteStart(connector, TAG, null)).isEqualTo(RemoteStartStopStatus.ACCEPTED);
                    assertThat(run.lastStart().getReservationId()).isEqualTo(2);
                    assertThat(run.lastStart().getConnectorId()).isEqualTo(connector);
                }),
                OcttCase.of("TC_047_CS", "Reservation of a Connector - Expire", RESERVATION, run -> {
                    run.boot();
                    reserve(run, 3, 1, TAG, null);
                    run.advance(Duration.ofMinutes(9));
                    assertThat(run.status(1)).isEqualTo(ChargePointStatus.RESERVED);
                    run.advance(Duration.ofMinutes(1));
                    assertThat(run.statuses(1)).containsExactly(ChargePointStatus.RESERVED, ChargePointStatus.AVAILABLE);
                    assertThat(run.result(run.chargePoint().cancelReservation(new CancelReservationRequest()
                            .withReservationId(3))).getStatus()).isEqualTo(CancelReservationStatus.REJECTED);
                }),
                OcttCase.of("TC_048_1_CS", "Reservation of a Connector - Faulted", RESERVATION, run -> {
                    run.boot().harness().fault(1, ChargePointErrorCode.OTHER_ERROR);
                    assertThat(reserve(run, 4, 1, TAG, null)).isEqualTo(ReservationStatus.FAULTED);
                }),
                OcttCase.of("TC_048_2_CS", "Reservation of a Connector - Occupied", RESERVATION, run -> {
                    run.boot().charge(1, OTHER_TAG);
                    assertThat(reserve(run, 5, 1, TAG, null)).isEqualTo(ReservationStatus.OCCUPIED);
                }),
                OcttCase.of("TC_048_3_CS", "Reservation of a Connector - Unavailable", RESERVATION, run -> {
                    inoperative(run.boot(), 1);
                    assertThat(reserve(run, 6, 1, TAG, null)).isEqualTo(ReservationStatus.UNAVAILABLE);
                }),
                OcttCase.of("TC_048_4_CS", "Reservation of a Connector - Rejected", RESERVATION, run ->
                        assertThat(reserve(run.boot(), 7, run.last() + 1, TAG, null)).isEqualTo(ReservationStatus.REJECTED)),
                OcttCase.when("TC_049_CS", "Reservation of a Charge Point - Transaction", RESERVATION, CONNECTOR_ZERO, run -> {
                    assertThat(reserve(run.boot(), 8, 0, TAG, null)).isEqualTo(ReservationStatus.ACCEPTED);
                    run.charge(run.last(), TAG);
                    assertThat(run.lastStart().getReservationId()).isEqualTo(8);
                }),
                OcttCase.when("TC_050_1_CS", "Reservation of a Charge Point - Faulted", RESERVATION, CONNECTOR_ZERO, run -> {
                    run.boot().harness().fault(0, ChargePointErrorCode.OTHER_ERROR);
                    assertThat(reserve(run, 9, 0, TAG, null)).isEqualTo(ReservationStatus.FAULTED);
                }),
                OcttCase.when("TC_050_2_CS", "Reservation of a Charge Point - Occupied", RESERVATION, CONNECTOR_ZERO, run -> {
                    run.boot();
                    for (int id = 1; id <= run.last(); id++) {
                        run.charge(id, OTHER_TAG);
                    }
                    assertThat(reserve(run, 10, 0, TAG, null)).isEqualTo(ReservationStatus.OCCUPIED);
                }),
                OcttCase.when("TC_050_3_CS", "Reservation of a Charge Point - Unavailable", RESERVATION, CONNECTOR_ZERO, run -> {
                    inoperative(run.boot(), 0);
                    assertThat(reserve(run, 11, 0, TAG, null)).isEqualTo(ReservationStatus.UNAVAILABLE);
                }),
                OcttCase.when("TC_050_4_CS", "Reservation of a Charge Point - Rejected", RESERVATION,
                        station -> station.reservesWholeStation()
                                ? Optional.of("not applicable: ReserveConnectorZeroSupported is true (PICS R-1 Yes)")
                                : Optional.empty(),
                        run -> assertThat(reserve(run.boot(), 12, 0, TAG, null)).isEqualTo(ReservationStatus.REJECTED)),
                OcttCase.of("TC_051_CS", "Cancel Reservation", RESERVATION, run -> {
                    int connector = run.boot().last();
                    reserve(run, 13, connector, TAG, null);
                    assertThat(run.result(run.chargePoint().cancelReservation(new CancelReservationRequest()
                            .withReservationId(13))).getStatus()).isEqualTo(CancelReservationStatus.ACCEPTED);
                    assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.RESERVED, ChargePointStatus.AVAILABLE);
                    run.charge(connector, OTHER_TAG);
                }),
                OcttCase.of("TC_052_CS", "Cancel Reservation - Rejected", RESERVATION, run ->
                        assertThat(run.boot().result(run.chargePoint().cancelReservation(new CancelReservationRequest()
                                .withReservationId(99))).getStatus()).isEqualTo(CancelReservationStatus.REJECTED)),
                OcttCase.of("TC_053_CS", "Use a reserved Connector with parentIdTag", RESERVATION, run -> {
                    assertThat(reserve(run.boot(), 14, 1, "GROUP-A1", "GROUP-A")).isEqualTo(ReservationStatus.ACCEPTED);
                    run.charge(1, "GROUP-A2");
                    assertThat(run.lastStart().getReservationId()).isEqualTo(14);
                    assertThat(run.lastStart().getIdTag()).isEqualTo("GROUP-A2");
                }));
    }

    private static ReservationStatus reserve(CaseRun run, int reservationId, int connectorId, String idTag, String parentIdTag) {
        return run.result(run.chargePoint().reserveNow(new ReserveNowRequest().withReservationId(reservationId)
                .withConnectorId(connectorId).withIdTag(idTag).withParentIdTag(parentIdTag)
                .withExpiryDate(run.now().plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC)))).getStatus();
    }

    private static void inoperative(CaseRun run, int connectorId) {
        run.result(run.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                .withConnectorId(connectorId).withType(AvailabilityType.INOPERATIVE)));
    }
}

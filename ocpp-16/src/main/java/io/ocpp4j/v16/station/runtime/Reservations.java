package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationResponse;
import io.ocpp4j.v16.model.CancelReservationStatus;
import io.ocpp4j.v16.model.ReservationStatus;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.model.ReserveNowResponse;
import io.ocpp4j.v16.station.ReservationHandler;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Reservation feature profile (OCPP 1.6 §5.13, §5.3): ReserveNow and CancelReservation, the
 * connector's {@code Reserved} status, expiry at {@code expiryDate}, and use by the reserved tag or
 * a tag of its group (same {@code parentIdTag}); the transaction started on it carries its
 * {@code reservationId}. A reservation of connector 0 (where {@code ReserveConnectorZeroSupported})
 * keeps one connector free for its tag and shows no connector as Reserved. Reservations are kept in
 * the store. State thread only, but for the handler methods, which hop onto it.
 */
final class Reservations implements ReservationHandler {

    private static final Logger log = LoggerFactory.getLogger(Reservations.class);

    private final Context ctx;
    private final ChargePointController controller;
    private final StoreMap store;
    private final Map<Integer, StateTimer> expiries = new HashMap<>();

    Reservations(Context ctx, ChargePointController controller, StoreMap store) {
        this.ctx = ctx;
        this.controller = controller;
        this.store = store;
        controller.reservationUsed(this::used);
    }

    /** After the controller started: takes the stored reservations back, dropping lapsed ones. */
    void start() {
        for (String json : store.snapshot().values()) {
            Reservation reservation = StoreCodec.read(json, Reservation.class);
            if (reservation.connectorId() < 0 || reservation.connectorId() > ctx.connectors
                    || !reservation.expiryDate().toInstant().isAfter(ctx.clock.instant())) {
                store.remove(Integer.toString(reservation.reservationId()));
                continue;
            }
            install(reservation);
        }
        ctx.commit();
    }

    @Override
    public CompletionStage<ReserveNowResponse> onReserveNow(ReserveNowRequest request, CallContext context) {
        return ctx.supply(() -> new ReserveNowResponse().withStatus(reserve(request)));
    }

    @Override
    public CompletionStage<CancelReservationResponse> onCancelReservation(CancelReservationRequest request,
                                                                         CallContext context) {
        return ctx.supply(() -> {
            Reservation reservation = find(request.getReservationId());
            if (reservation == null) {
                return new CancelReservationResponse().withStatus(CancelReservationStatus.REJECTED);
            }
            log.info("{}: reservation {} cancelled", ctx.identity, reservation.reservationId());
            remove(reservation);
            return new CancelReservationResponse().withStatus(CancelReservationStatus.ACCEPTED);
        });
    }

    ReservationStatus reserve(ReserveNowRequest request) {
        int connectorId = request.getConnectorId();
        if (connectorId < 0 || connectorId > ctx.connectors) {
            return ReservationStatus.REJECTED;
        }
        if (connectorId == 0 && !ctx.config.isTrue(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED)) {
            return ReservationStatus.REJECTED;
        }
        Reservation previous = find(request.getReservationId());
        Connector station = controller.state(0);
        Connector c = controller.state(connectorId);
        ReservationStatus status;
        if (c.fault != null || station.fault != null || c.lockFailure) {
            status = ReservationStatus.FAULTED;
        } else if (c.availability == AvailabilityType.INOPERATIVE || station.availability == AvailabilityType.INOPERATIVE) {
            status = ReservationStatus.UNAVAILABLE;
        } else if (connectorId == 0 ? !anyFree(previous) : occupied(c, previous)) {
            status = ReservationStatus.OCCUPIED;
        } else {
            status = ReservationStatus.ACCEPTED;
        }
        if (status != ReservationStatus.ACCEPTED) {
            log.info("{}: ReserveNow {} on connector {}: {}", ctx.identity, request.getReservationId(), connectorId, status);
            return status;
        }
        if (previous != null) {
            remove(previous);
        }
        Reservation reservation = new Reservation(request.getReservationId(), connectorId, request.getIdTag(),
                request.getParentIdTag(), request.getExpiryDate());
        store.put(Integer.toString(reservation.reservationId()), StoreCodec.write(reservation));
        ctx.commit();
        install(reservation);
        log.info("{}: connector {} reserved for {} until {} (reservation {})", ctx.identity, connectorId,
                reservation.idTag(), reservation.expiryDate(), reservation.reservationId());
        return ReservationStatus.ACCEPTED;
    }

    /** A connector is occupied for a new reservation: in use, being started, or reserved by another. */
    private static boolean occupied(Connector c, Reservation replacing) {
        return c.transaction != null || c.pending != null || c.finishing || c.plugged
                || (c.reservation != null && c.reservation != replacing);
    }

    private boolean anyFree(Reservation replacing) {
        for (int id = 1; id <= ctx.connectors; id++) {
            if (!occupied(controller.state(id), replacing) && controller.state(id).ready(controller.state(0))) {
                return true;
            }
        }
        return false;
    }

    private void install(Reservation reservation) {
        Connector c = controller.state(reservation.connectorId());
        c.reservation = reservation;
        Duration left = Duration.between(ctx.clock.instant(), reservation.expiryDate().toInstant());
        expiries.put(reservation.reservationId(), ctx.schedule(left, () -> {
            if (c.reservation == reservation) {
                log.info("{}: reservation {} expired", ctx.identity, reservation.reservationId());
                remove(reservation);
            }
        }));
        controller.changed(reservation.connectorId());
    }

    private Reservation find(Integer reservationId) {
        for (int id = 0; id <= ctx.connectors; id++) {
            Reservation reservation = controller.state(id).reservation;
            if (reservation != null && reservationId != null && reservation.reservationId() == reservationId) {
                return reservation;
            }
        }
        return null;
    }

    /** A transaction starts on the reservation: it is used up (committed with the transaction's start). */
    private void used(Reservation reservation) {
        log.info("{}: reservation {} used by a transaction", ctx.identity, reservation.reservationId());
        clear(reservation);
    }

    private void remove(Reservation reservation) {
        clear(reservation);
        ctx.commit();
        controller.changed(reservation.connectorId());
    }

    private void clear(Reservation reservation) {
        Connector c = controller.state(reservation.connectorId());
        if (c.reservation == reservation) {
            c.reservation = null;
        }
        StateTimer expiry = expiries.remove(reservation.reservationId());
        if (expiry != null) {
            expiry.cancel();
        }
        store.remove(Integer.toString(reservation.reservationId()));
    }

    void close() {
        expiries.values().forEach(timer -> timer.cancel());
        expiries.clear();
    }
}

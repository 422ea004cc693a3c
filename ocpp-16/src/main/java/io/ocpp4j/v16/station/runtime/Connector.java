package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;

/**
 * One connector's state (connector 0 stands for the whole station: its availability and faults).
 * Its OCPP status is derived from the state, never stored. State thread only.
 */
final class Connector {

    final int id;
    AvailabilityType availability = AvailabilityType.OPERATIVE;
    /** Connector 0 only: the connectors are held Unavailable (e.g. for a firmware installation). */
    boolean held;
    boolean plugged;
    boolean evSuspended;
    /** The transaction ended but the previous user has not left yet (cable plugged or held). */
    boolean finishing;
    boolean lockFailure;
    /** The tag whose cable stays locked after an EV-side disconnect, or {@code null}. */
    String heldFor;
    ChargePointErrorCode fault;
    String faultInfo;
    PendingStart pending;
    Transaction transaction;
    /** A reservation of this connector (of any connector, on connector 0), or {@code null}. */
    Reservation reservation;

    Connector(int id) {
        this.id = id;
    }

    boolean operative(Connector station) {
        return availability == AvailabilityType.OPERATIVE && station.availability == AvailabilityType.OPERATIVE
                && !station.held;
    }

    /** @return whether a new transaction could begin here (ignoring a pending authorization) */
    boolean ready(Connector station) {
        return operative(station) && fault == null && station.fault == null && !lockFailure && transaction == null
                && !finishing;
    }

    /** @return whether a new authorization may be taken for this connector by anyone (not reserved) */
    boolean free(Connector station) {
        return ready(station) && pending == null && reservation == null;
    }

    /**
     * @param idTag the tag that wants the connector, or {@code null} for anyone
     * @param parentIdTag its parent, or {@code null}
     * @return whether a new authorization may be taken for this connector by that tag
     */
    boolean freeFor(Connector station, String idTag, String parentIdTag) {
        return ready(station) && pending == null && (reservation == null || reservation.admits(idTag, parentIdTag));
    }

    /** The OCPP status of a connector (not of the station). */
    ChargePointStatus status(Connector station) {
        if (fault != null || lockFailure) {
            return ChargePointStatus.FAULTED;
        }
        if (transaction != null) {
            if (transaction.suspendedByEvse) {
                return ChargePointStatus.SUSPENDED_EVSE;
            }
            return !plugged || evSuspended ? ChargePointStatus.SUSPENDED_EV : ChargePointStatus.CHARGING;
        }
        if (!operative(station)) {
            return ChargePointStatus.UNAVAILABLE;
        }
        if (finishing) {
            return ChargePointStatus.FINISHING;
        }
        if (plugged || pending != null) {
            return ChargePointStatus.PREPARING;
        }
        return reservation != null ? ChargePointStatus.RESERVED : ChargePointStatus.AVAILABLE;
    }

    /** The OCPP status of the station (connector 0). */
    ChargePointStatus stationStatus() {
        if (fault != null) {
            return ChargePointStatus.FAULTED;
        }
        return availability == AvailabilityType.OPERATIVE ? ChargePointStatus.AVAILABLE : ChargePointStatus.UNAVAILABLE;
    }

    ChargePointErrorCode errorCode() {
        if (fault != null) {
            return fault;
        }
        return lockFailure ? ChargePointErrorCode.CONNECTOR_LOCK_FAILURE : ChargePointErrorCode.NO_ERROR;
    }
}

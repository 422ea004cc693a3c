package io.ocpp4j.v16.station.runtime;

import java.time.OffsetDateTime;

/**
 * A reservation made by ReserveNow, as kept in the store.
 *
 * @param reservationId the CSMS's id
 * @param connectorId the connector, 0 for any connector of the station
 * @param idTag the tag it is for
 * @param parentIdTag the tag's parent, if the CSMS gave one: tags of the same group may use it too
 * @param expiryDate when it lapses
 */
record Reservation(int reservationId, int connectorId, String idTag, String parentIdTag, OffsetDateTime expiryDate) {

    /**
     * @param tag an id tag
     * @param parent its parent as authorization says, or {@code null}
     * @return whether the tag may use the reservation: it is the reserved tag, or of its group
     */
    boolean admits(String tag, String parent) {
        return tag != null && (IdTags.same(idTag, tag) || (parentIdTag != null && parent != null && IdTags.same(parentIdTag, parent)));
    }
}

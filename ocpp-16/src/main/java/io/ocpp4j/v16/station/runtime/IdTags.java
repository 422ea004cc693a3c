package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.IdTagInfo;
import java.time.Instant;
import java.util.Locale;

/** Helpers for id tags, which OCPP 1.6 compares without regard to case (CiString20). */
final class IdTags {

    private IdTags() {
    }

    /** @return the tag as a map key: case folded */
    static String key(String idTag) {
        return idTag.toUpperCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    /** @return the info as it stands now: an Accepted entry past its expiry date is Expired */
    static IdTagInfo asOf(IdTagInfo info, Instant now) {
        if (info.getStatus() == AuthorizationStatus.ACCEPTED && info.getExpiryDate() != null
                && info.getExpiryDate().toInstant().isBefore(now)) {
            return copy(info).withStatus(AuthorizationStatus.EXPIRED);
        }
        return info;
    }

    static boolean isValid(IdTagInfo info) {
        return info != null && info.getStatus() == AuthorizationStatus.ACCEPTED;
    }

    static IdTagInfo copy(IdTagInfo info) {
        return new IdTagInfo().withStatus(info.getStatus()).withExpiryDate(info.getExpiryDate())
                .withParentIdTag(info.getParentIdTag());
    }

    static IdTagInfo invalid() {
        return new IdTagInfo().withStatus(AuthorizationStatus.INVALID);
    }
}

package io.ocpp4j.v16.station.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The station's time: the given clock, corrected by the CSMS's time from BootNotification and
 * Heartbeat responses. Timestamps in messages come from here, in UTC, to the millisecond.
 */
final class StationClock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    StationClock(Clock base) {
        this.base = base;
    }

    /** @return now, as the CSMS would have it */
    Instant instant() {
        return base.instant().plus(offset);
    }

    /** @return now in UTC, to the millisecond */
    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Takes the CSMS's time.
     *
     * @param csmsTime the current time the CSMS reported
     */
    void synchronize(OffsetDateTime csmsTime) {
        if (csmsTime != null) {
            offset = Duration.between(base.instant(), csmsTime.toInstant());
        }
    }
}

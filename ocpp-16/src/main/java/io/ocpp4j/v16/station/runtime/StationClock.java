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
    private final ClockListener listener;
    private volatile Duration offset = Duration.ZERO;

    StationClock(Clock base, ClockListener listener) {
        this.base = base;
        this.listener = listener;
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
     * Takes the CSMS's time (state thread) and tells the listener when the station's time moved.
     *
     * @param csmsTime the current time the CSMS reported
     */
    void synchronize(OffsetDateTime csmsTime) {
        if (csmsTime != null) {
            Instant now = base.instant();
            Duration previous = offset;
            offset = Duration.between(now, csmsTime.toInstant());
            if (!offset.equals(previous)) {
                listener.clockSet(now.plus(previous), now.plus(offset));
            }
        }
    }
}

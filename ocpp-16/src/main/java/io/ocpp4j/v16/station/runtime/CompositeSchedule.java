package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The limits in effect on a connector (or the station) over a time window, merged from every
 * installed charging profile: what GetCompositeSchedule reports.
 *
 * @param start the start of the window
 * @param duration its length in seconds
 * @param unit the unit of the limits
 * @param periods the periods, in order, the first at offset 0, no two neighbours alike
 */
public record CompositeSchedule(Instant start, int duration, ChargingRateUnit unit, List<Period> periods) {

    public CompositeSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(unit, "unit");
        periods = List.copyOf(periods);
    }

    /**
     * One period of a composite schedule.
     *
     * @param startPeriod seconds from the schedule's start
     * @param limit the limit in the schedule's unit
     * @param numberPhases the phases of the limit
     */
    public record Period(int startPeriod, BigDecimal limit, int numberPhases) {
    }

    /**
     * @param offsetSeconds seconds from the start
     * @return the period in effect then
     */
    public Period at(long offsetSeconds) {
        Period current = periods.get(0);
        for (Period period : periods) {
            if (period.startPeriod() > offsetSeconds) {
                break;
            }
            current = period;
        }
        return current;
    }

    /** @return the schedule as GetCompositeSchedule carries it */
    public ChargingSchedule toModel() {
        return new ChargingSchedule()
                .withDuration(duration)
                .withStartSchedule(start.atOffset(ZoneOffset.UTC))
                .withChargingRateUnit(unit)
                .withChargingSchedulePeriod(periods.stream().map(p -> new ChargingSchedulePeriod()
                        .withStartPeriod(p.startPeriod()).withLimit(p.limit()).withNumberPhases(p.numberPhases())).toList());
    }
}

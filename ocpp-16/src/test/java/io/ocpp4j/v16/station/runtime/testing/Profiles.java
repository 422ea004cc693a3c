package io.ocpp4j.v16.station.runtime.testing;

import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileKind;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import io.ocpp4j.v16.model.RecurrencyKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Charging profiles for tests, written the way OCTT's test cases describe them. */
public final class Profiles {

    private Profiles() {
    }

    /**
     * @param startsAndLimits pairs of startPeriod (s) and limit
     * @return the periods
     */
    public static List<ChargingSchedulePeriod> periods(double... startsAndLimits) {
        List<ChargingSchedulePeriod> periods = new ArrayList<>();
        for (int i = 0; i < startsAndLimits.length; i += 2) {
            periods.add(new ChargingSchedulePeriod().withStartPeriod((int) startsAndLimits[i])
                    .withLimit(BigDecimal.valueOf(startsAndLimits[i + 1])));
        }
        return periods;
    }

    /** @return a relative profile (from the transaction's start) */
    public static ChargingProfile relative(int id, ChargingProfilePurpose purpose, int stackLevel, ChargingRateUnit unit,
                                           double... startsAndLimits) {
        return profile(id, purpose, stackLevel, ChargingProfileKind.RELATIVE, null, null, unit, startsAndLimits);
    }

    /** @return an absolute profile starting at {@code start} */
    public static ChargingProfile absolute(int id, ChargingProfilePurpose purpose, int stackLevel, Instant start,
                                           Integer duration, ChargingRateUnit unit, double... startsAndLimits) {
        return profile(id, purpose, stackLevel, ChargingProfileKind.ABSOLUTE, start, duration, unit, startsAndLimits);
    }

    /** @return a recurring profile repeating from {@code start} */
    public static ChargingProfile recurring(int id, ChargingProfilePurpose purpose, int stackLevel, RecurrencyKind kind,
                                            Instant start, Integer duration, ChargingRateUnit unit, double... startsAndLimits) {
        return profile(id, purpose, stackLevel, ChargingProfileKind.RECURRING, start, duration, unit, startsAndLimits)
                .withRecurrencyKind(kind);
    }

    private static ChargingProfile profile(int id, ChargingProfilePurpose purpose, int stackLevel, ChargingProfileKind kind,
                                           Instant start, Integer duration, ChargingRateUnit unit, double... startsAndLimits) {
        return new ChargingProfile()
                .withChargingProfileId(id)
                .withStackLevel(stackLevel)
                .withChargingProfilePurpose(purpose)
                .withChargingProfileKind(kind)
                .withChargingSchedule(new ChargingSchedule()
                        .withStartSchedule(start == null ? null : start.atOffset(ZoneOffset.UTC))
                        .withDuration(duration)
                        .withChargingRateUnit(unit)
                        .withChargingSchedulePeriod(periods(startsAndLimits)));
    }
}

package io.ocpp4j.v16.station.runtime;

import static io.ocpp4j.v16.model.ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_DEFAULT_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_PROFILE;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.absolute;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.recurring;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.RecurrencyKind;
import io.ocpp4j.v16.station.runtime.CompositeSchedule.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The composite schedule, example by example. */
class CompositeScheduleCalculatorTest {

    private static final Instant T0 = Instant.parse("2025-01-06T08:00:00Z");
    private final CompositeScheduleCalculator calculator = new CompositeScheduleCalculator(ElectricalSupply.THREE_PHASE_230V_32A, 2);

    private static Period period(int start, double limit) {
        return new Period(start, BigDecimal.valueOf(limit).setScale(1), 3);
    }

    private List<Period> compute(List<InstalledProfile> profiles, Map<Integer, TransactionInfo> transactions, int connectorId,
                                 int duration, ChargingRateUnit unit) {
        return calculator.compute(profiles, transactions, connectorId, T0, duration, unit).periods();
    }

    @Test
    void withoutProfilesTheHardwareMaximumApplies() {
        assertThat(compute(List.of(), Map.of(), 1, 3600, ChargingRateUnit.A)).containsExactly(period(0, 32));
        assertThat(compute(List.of(), Map.of(), 1, 3600, ChargingRateUnit.W)).containsExactly(period(0, 22080));
        assertThat(compute(List.of(), Map.of(), 0, 3600, ChargingRateUnit.W)).containsExactly(period(0, 44160));
    }

    @Test
    void aTxDefaultProfileOnConnectorZeroAppliesToEveryConnector() {
        List<InstalledProfile> profiles = List.of(new InstalledProfile(0,
                absolute(1, TX_DEFAULT_PROFILE, 0, T0, 600, ChargingRateUnit.A, 0, 16, 300, 10)));
        assertThat(compute(profiles, Map.of(), 2, 3600, ChargingRateUnit.A))
                .containsExactly(period(0, 16), period(300, 10), period(600, 32));
    }

    @Test
    void theHigherStackLevelWinsAndTheLowerTakesOverWhenItEnds() {
        List<InstalledProfile> profiles = List.of(
                new InstalledProfile(1, absolute(1, TX_DEFAULT_PROFILE, 0, T0, null, ChargingRateUnit.A, 0, 10)),
                new InstalledProfile(1, absolute(2, TX_DEFAULT_PROFILE, 1, T0.plusSeconds(60), 120, ChargingRateUnit.A, 0, 20)));
        assertThat(compute(profiles, Map.of(), 1, 600, ChargingRateUnit.A))
                .containsExactly(period(0, 10), period(60, 20), period(180, 10));
    }

    @Test
    void aTxProfileOverridesTheDefaultButNotTheStationMaximum() {
        Map<Integer, TransactionInfo> tx = Map.of(1, new TransactionInfo(7, T0.minusSeconds(100)));
        List<InstalledProfile> profiles = List.of(
                new InstalledProfile(0, absolute(1, CHARGE_POINT_MAX_PROFILE, 0, T0, null, ChargingRateUnit.A, 0, 25)),
                new InstalledProfile(0, absolute(2, TX_DEFAULT_PROFILE, 5, T0, null, ChargingRateUnit.A, 0, 6)),
                new InstalledProfile(1, relative(3, TX_PROFILE, 0, ChargingRateUnit.A, 0, 30, 200, 12).withTransactionId(7)));
        assertThat(compute(profiles, tx, 1, 600, ChargingRateUnit.A)).containsExactly(period(0, 25), period(100, 12));
        assertThat(compute(profiles, Map.of(), 1, 600, ChargingRateUnit.A)).containsExactly(period(0, 6));
        Map<Integer, TransactionInfo> other = Map.of(1, new TransactionInfo(8, T0));
        assertThat(compute(profiles, other, 1, 600, ChargingRateUnit.A)).containsExactly(period(0, 6));
    }

    @Test
    void wattsAndAmperesConvertWithVoltageAndPhases() {
        List<InstalledProfile> profiles = List.of(new InstalledProfile(1,
                absolute(1, TX_DEFAULT_PROFILE, 0, T0, null, ChargingRateUnit.W, 0, 11040)));
        assertThat(compute(profiles, Map.of(), 1, 60, ChargingRateUnit.A)).containsExactly(period(0, 16));
        CompositeScheduleCalculator singlePhase = new CompositeScheduleCalculator(
                new ElectricalSupply(230, 1, BigDecimal.valueOf(32)), 1);
        List<Period> periods = singlePhase.compute(List.of(new InstalledProfile(1,
                        absolute(1, TX_DEFAULT_PROFILE, 0, T0, null, ChargingRateUnit.A, 0, 10))), Map.of(), 1, T0, 60,
                ChargingRateUnit.W).periods();
        assertThat(periods).containsExactly(new Period(0, new BigDecimal("2300.0"), 1));
    }

    @Test
    void aDailyRecurringProfileRepeats() {
        Instant yesterday22h = Instant.parse("2025-01-05T22:00:00Z");
        List<InstalledProfile> profiles = List.of(new InstalledProfile(0, recurring(1, CHARGE_POINT_MAX_PROFILE, 0,
                RecurrencyKind.DAILY, yesterday22h, 86_400, ChargingRateUnit.A, 0, 8, 36_000, 20)));
        // 08:00 is 10 h after 22:00: the 20 A period; 22:00 the 8 A period again.
        assertThat(compute(profiles, Map.of(), 1, 86_400, ChargingRateUnit.A))
                .containsExactly(period(0, 20), period(14 * 3600, 8));
    }

    @Test
    void aWeeklyRecurringProfileRepeatsOnTheSameWeekday() {
        Instant lastMonday = T0.minusSeconds(7 * 86_400);
        List<InstalledProfile> profiles = List.of(new InstalledProfile(0, recurring(1, TX_DEFAULT_PROFILE, 0,
                RecurrencyKind.WEEKLY, lastMonday, 3600, ChargingRateUnit.A, 0, 11)));
        assertThat(compute(profiles, Map.of(), 1, 7200, ChargingRateUnit.A)).containsExactly(period(0, 11), period(3600, 32));
    }

    @Test
    void validityBoundsAProfile() {
        var profile = absolute(1, TX_DEFAULT_PROFILE, 0, T0, null, ChargingRateUnit.A, 0, 10)
                .withValidFrom(T0.plusSeconds(60).atOffset(ZoneOffset.UTC))
                .withValidTo(T0.plusSeconds(120).atOffset(ZoneOffset.UTC));
        assertThat(compute(List.of(new InstalledProfile(1, profile)), Map.of(), 1, 600, ChargingRateUnit.A))
                .containsExactly(period(0, 32), period(60, 10), period(120, 32));
    }

    @Test
    void theStationIsTheSumOfItsConnectorsCappedByTheStationMaximum() {
        List<InstalledProfile> profiles = List.of(
                new InstalledProfile(0, absolute(1, TX_DEFAULT_PROFILE, 0, T0, null, ChargingRateUnit.A, 0, 10)),
                new InstalledProfile(0, absolute(2, CHARGE_POINT_MAX_PROFILE, 0, T0, null, ChargingRateUnit.A, 0, 40, 60, 15)));
        assertThat(compute(profiles, Map.of(), 0, 600, ChargingRateUnit.A)).containsExactly(period(0, 20), period(60, 15));
    }

    @Test
    void refusesWrongConnectorsAndDurations() {
        assertThatThrownBy(() -> compute(List.of(), Map.of(), 3, 60, ChargingRateUnit.A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> compute(List.of(), Map.of(), 1, 0, ChargingRateUnit.A)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowWithTooManyChangesIsRefused() {
        List<InstalledProfile> profiles = List.of(new InstalledProfile(0, recurring(1, TX_DEFAULT_PROFILE, 0,
                RecurrencyKind.DAILY, T0, null, ChargingRateUnit.A, 0, 8, 100, 9, 200, 10, 300, 11, 400, 12, 500, 13)));
        assertThatThrownBy(() -> compute(profiles, Map.of(), 1, Integer.MAX_VALUE, ChargingRateUnit.A))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileKind;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link CompositeScheduleCalculator} against a direct reading of the rules: at every
 * instant a connector's limit is the lowest of the supply's maximum, the highest-stack
 * ChargePointMaxProfile in force and the highest-stack TxProfile in force (else TxDefaultProfile).
 * Supply: 230 V, three phases, 32 A (22,080 W); connector 1 has transaction 7.
 */
class CompositeScheduleProperties {

    private static final Instant T0 = Instant.parse("2025-01-06T08:00:00Z");
    private static final int WINDOW = 3 * 3600;
    private static final long MAX_WATTS = 22_080;
    private static final Map<Integer, TransactionInfo> TX = Map.of(1, new TransactionInfo(7, T0.minusSeconds(600)));
    private final CompositeScheduleCalculator calculator = new CompositeScheduleCalculator(ElectricalSupply.THREE_PHASE_230V_32A, 2);

    @Property(tries = 300)
    void neverAboveAnyApplicableLimit(@ForAll("profiles") List<InstalledProfile> profiles) {
        CompositeSchedule watts = calculator.compute(profiles, TX, 1, T0, WINDOW, ChargingRateUnit.W);
        for (long t : instants(profiles)) {
            BigDecimal limit = watts.at(t - T0.getEpochSecond()).limit();
            assertThat(limit).isLessThanOrEqualTo(BigDecimal.valueOf(MAX_WATTS));
            Long max = top(profiles, ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE, t);
            if (max != null) {
                assertThat(limit).isLessThanOrEqualTo(BigDecimal.valueOf(max));
            }
            Long tx = txLevel(profiles, t);
            if (tx != null) {
                assertThat(limit).isLessThanOrEqualTo(BigDecimal.valueOf(tx));
            }
        }
    }

    @Property(tries = 300)
    void equalsTheLowestOfTheHighestStackProfilesInForce(@ForAll("profiles") List<InstalledProfile> profiles) {
        CompositeSchedule watts = calculator.compute(profiles, TX, 1, T0, WINDOW, ChargingRateUnit.W);
        for (long t : instants(profiles)) {
            long expected = MAX_WATTS;
            Long max = top(profiles, ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE, t);
            Long tx = txLevel(profiles, t);
            expected = Math.min(expected, max == null ? MAX_WATTS : max);
            expected = Math.min(expected, tx == null ? MAX_WATTS : tx);
            assertThat(watts.at(t - T0.getEpochSecond()).limit()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        }
    }

    @Property(tries = 300)
    void equalsTheOnlyProfileWhereOnlyOneApplies(@ForAll("profile") InstalledProfile profile) {
        CompositeSchedule watts = calculator.compute(List.of(profile), TX, 1, T0, WINDOW, ChargingRateUnit.W);
        for (long t : instants(List.of(profile))) {
            ChargingProfile p = profile.profile();
            boolean otherTransaction = p.getTransactionId() != null && p.getTransactionId() != 7;
            Long own = otherTransaction ? null : limit(p, t);
            BigDecimal expected = BigDecimal.valueOf(own == null ? MAX_WATTS : own);
            assertThat(watts.at(t - T0.getEpochSecond()).limit()).isEqualByComparingTo(expected);
        }
    }

    @Property(tries = 200)
    void amperesAndWattsDescribeTheSameLimits(@ForAll("profiles") List<InstalledProfile> profiles) {
        CompositeSchedule amps = calculator.compute(profiles, TX, 1, T0, WINDOW, ChargingRateUnit.A);
        CompositeSchedule watts = calculator.compute(profiles, TX, 1, T0, WINDOW, ChargingRateUnit.W);
        for (long t : instants(profiles)) {
            long offset = t - T0.getEpochSecond();
            BigDecimal w = watts.at(offset).limit();
            BigDecimal a = amps.at(offset).limit().multiply(BigDecimal.valueOf(690));
            assertThat(a).isLessThanOrEqualTo(w).isGreaterThan(w.subtract(BigDecimal.valueOf(69)));
        }
    }

    @Property(tries = 200)
    void periodsStartAtZeroIncreaseAndDiffer(@ForAll("profiles") List<InstalledProfile> profiles) {
        for (int connector = 0; connector <= 2; connector++) {
            List<CompositeSchedule.Period> periods = calculator.compute(profiles, TX, connector, T0, WINDOW, ChargingRateUnit.A)
                    .periods();
            assertThat(periods.get(0).startPeriod()).isZero();
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).startPeriod()).isGreaterThan(periods.get(i - 1).startPeriod());
                assertThat(periods.get(i).limit()).isNotEqualByComparingTo(periods.get(i - 1).limit());
            }
        }
    }

    @Property(tries = 200)
    void aStationMaximumNeverRaisesALimit(@ForAll("profiles") List<InstalledProfile> all,
                                          @ForAll("profile") InstalledProfile extra) {
        List<InstalledProfile> profiles = all.stream()
                .filter(i -> i.profile().getChargingProfilePurpose() != ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE).toList();
        ChargingProfile cap = extra.profile().withChargingProfileId(99)
                .withChargingProfilePurpose(ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE).withTransactionId(null);
        List<InstalledProfile> capped = new ArrayList<>(profiles);
        capped.add(new InstalledProfile(0, cap));
        CompositeSchedule before = calculator.compute(profiles, TX, 1, T0, WINDOW, ChargingRateUnit.W);
        CompositeSchedule after = calculator.compute(capped, TX, 1, T0, WINDOW, ChargingRateUnit.W);
        for (long t : instants(capped)) {
            long offset = t - T0.getEpochSecond();
            assertThat(after.at(offset).limit()).isLessThanOrEqualTo(before.at(offset).limit());
        }
    }

    // ---- the rules, read directly ---------------------------------------------------------------

    /** The limit of one absolute profile at {@code t}, in W, or null where its schedule does not run. */
    private static Long limit(ChargingProfile p, long t) {
        ChargingSchedule schedule = p.getChargingSchedule();
        long offset = t - schedule.getStartSchedule().toEpochSecond();
        if (offset < 0 || (schedule.getDuration() != null && offset >= schedule.getDuration())) {
            return null;
        }
        ChargingSchedulePeriod current = null;
        for (ChargingSchedulePeriod period : schedule.getChargingSchedulePeriod()) {
            if (period.getStartPeriod() <= offset) {
                current = period;
            }
        }
        long value = current.getLimit().longValueExact();
        return schedule.getChargingRateUnit() == ChargingRateUnit.A ? value * 690 : value;
    }

    /** The limit of the highest-stack profile of a purpose in force at {@code t} (connector 1 first at a tie). */
    private static Long top(List<InstalledProfile> profiles, ChargingProfilePurpose purpose, long t) {
        InstalledProfile best = null;
        for (InstalledProfile installed : profiles) {
            ChargingProfile p = installed.profile();
            if (p.getChargingProfilePurpose() != purpose || limit(p, t) == null) {
                continue;
            }
            if (purpose == ChargingProfilePurpose.TX_PROFILE && p.getTransactionId() != null && p.getTransactionId() != 7) {
                continue;
            }
            if (best == null || p.getStackLevel() > best.profile().getStackLevel()
                    || (p.getStackLevel().equals(best.profile().getStackLevel()) && installed.connectorId() == 1)) {
                best = installed;
            }
        }
        return best == null ? null : limit(best.profile(), t);
    }

    private static Long txLevel(List<InstalledProfile> profiles, long t) {
        Long tx = top(profiles, ChargingProfilePurpose.TX_PROFILE, t);
        return tx != null ? tx : top(profiles, ChargingProfilePurpose.TX_DEFAULT_PROFILE, t);
    }

    /** Every 10 s of the window, and each instant where a profile's schedule changes, and the second before. */
    private static TreeSet<Long> instants(List<InstalledProfile> profiles) {
        long from = T0.getEpochSecond();
        TreeSet<Long> instants = new TreeSet<>();
        for (long t = from; t < from + WINDOW; t += 10) {
            instants.add(t);
        }
        for (InstalledProfile installed : profiles) {
            ChargingSchedule schedule = installed.profile().getChargingSchedule();
            long start = schedule.getStartSchedule().toEpochSecond();
            List<Long> edges = new ArrayList<>();
            schedule.getChargingSchedulePeriod().forEach(p -> edges.add(start + p.getStartPeriod()));
            if (schedule.getDuration() != null) {
                edges.add(start + schedule.getDuration());
            }
            for (long edge : edges) {
                for (long t = edge - 1; t <= edge; t++) {
                    if (t >= from && t < from + WINDOW) {
                        instants.add(t);
                    }
                }
            }
        }
        return instants;
    }

    // ---- generators -----------------------------------------------------------------------------

    @Provide
    Arbitrary<List<InstalledProfile>> profiles() {
        return profile().list().ofMinSize(1).ofMaxSize(5)
                .uniqueElements(i -> i.connectorId() + "/" + i.profile().getChargingProfilePurpose() + "/" + i.profile().getStackLevel())
                .map(list -> {
                    List<InstalledProfile> numbered = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        numbered.add(new InstalledProfile(list.get(i).connectorId(),
                                list.get(i).profile().withChargingProfileId(i + 1)));
                    }
                    return numbered;
                });
    }

    @Provide
    Arbitrary<InstalledProfile> profile() {
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3); // CPMax, TxDefault@0, TxDefault@1, TxProfile@1
        Arbitrary<Integer> stack = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> startOffset = Arbitraries.integers().between(-3600, 3600);
        Arbitrary<Integer> duration = Arbitraries.integers().between(60, 3 * 3600).injectNull(0.3);
        Arbitrary<Boolean> watts = Arbitraries.of(true, false);
        Arbitrary<List<int[]>> periods = Combinators.combine(Arbitraries.integers().between(1, 1800),
                        Arbitraries.integers().between(0, 32)).as((gap, limit) -> new int[] {gap, limit})
                .list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Boolean> ownTransaction = Arbitraries.of(true, false);
        return Combinators.combine(kind, stack, startOffset, duration, watts, periods, ownTransaction)
                .as((k, s, offset, d, w, gaps, own) -> {
                    ChargingProfilePurpose purpose = switch (k) {
                        case 0 -> ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE;
                        case 1, 2 -> ChargingProfilePurpose.TX_DEFAULT_PROFILE;
                        default -> ChargingProfilePurpose.TX_PROFILE;
                    };
                    int connectorId = k == 0 || k == 1 ? 0 : 1;
                    List<ChargingSchedulePeriod> schedulePeriods = new ArrayList<>();
                    int start = 0;
                    for (int[] gap : gaps) {
                        schedulePeriods.add(new ChargingSchedulePeriod().withStartPeriod(start)
                                .withLimit(BigDecimal.valueOf(w ? gap[1] * 690L : gap[1])));
                        start += gap[0];
                    }
                    ChargingProfile profile = new ChargingProfile()
                            .withChargingProfileId(1)
                            .withStackLevel(s)
                            .withChargingProfilePurpose(purpose)
                            .withChargingProfileKind(ChargingProfileKind.ABSOLUTE)
                            .withTransactionId(purpose == ChargingProfilePurpose.TX_PROFILE ? (own ? 7 : 8) : null)
                            .withChargingSchedule(new ChargingSchedule()
                                    .withStartSchedule(T0.plusSeconds(offset).atOffset(ZoneOffset.UTC))
                                    .withDuration(d)
                                    .withChargingRateUnit(w ? ChargingRateUnit.W : ChargingRateUnit.A)
                                    .withChargingSchedulePeriod(schedulePeriods));
                    return new InstalledProfile(connectorId, profile);
                });
    }
}

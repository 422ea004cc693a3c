package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileKind;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import io.ocpp4j.v16.model.RecurrencyKind;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Merges installed charging profiles into the limits in effect: a pure function of its inputs, with
 * no state of the runtime. The rules (OCPP 1.6 §3.13):
 * <ul>
 *   <li>Within one purpose, at each instant, the valid profile ({@code validFrom}/{@code validTo})
 *       with the highest {@code stackLevel} whose schedule covers the instant applies; when its
 *       schedule has ended (or not begun), the next lower stack level takes over. At equal stack
 *       levels a profile on the connector beats one on connector 0.</li>
 *   <li>A connector's limit is the lowest of: the {@code ChargePointMaxProfile} (connector 0), the
 *       {@code TxProfile} of its ongoing transaction or, if none applies, the
 *       {@code TxDefaultProfile} (its own or connector 0's), and the supply's maximum current.</li>
 *   <li>The station's limit (connector 0) is the sum of its connectors' limits, capped by the
 *       {@code ChargePointMaxProfile}.</li>
 *   <li>Schedules start at {@code startSchedule} (absolute), at the latest daily or weekly
 *       recurrence of it (recurring) or at the transaction's start (relative; the window's start
 *       without a transaction).</li>
 *   <li>Limits are compared as power: {@code W = A × voltage × phases}, with a period's
 *       {@code numberPhases} (default: the supply's phases, at most the supply's phases).
 *       Converted limits are rounded down to 0.1, never up.</li>
 * </ul>
 */
public final class CompositeScheduleCalculator {

    /** The most distinct instants one computation examines; a longer window is refused. */
    public static final int MAX_BREAKPOINTS = 100_000;

    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;

    private final ElectricalSupply supply;
    private final int connectors;

    /**
     * @param supply each connector's supply
     * @param connectors the number of connectors
     */
    public CompositeScheduleCalculator(ElectricalSupply supply, int connectors) {
        this.supply = Objects.requireNonNull(supply, "supply");
        if (connectors < 1) {
            throw new IllegalArgumentException("at least one connector");
        }
        this.connectors = connectors;
    }

    /**
     * @param profiles the installed profiles
     * @param transactions the ongoing transactions by connector
     * @param connectorId the connector, 0 for the station
     * @param start the window's start (whole seconds count)
     * @param duration the window's length in seconds, 1 or more
     * @param unit the unit to report in
     * @return the composite schedule over the window
     * @throws IllegalArgumentException for a window with more than {@link #MAX_BREAKPOINTS} changes
     */
    public CompositeSchedule compute(List<InstalledProfile> profiles, Map<Integer, TransactionInfo> transactions,
                                     int connectorId, Instant start, int duration, ChargingRateUnit unit) {
        if (connectorId < 0 || connectorId > connectors) {
            throw new IllegalArgumentException("no connector " + connectorId);
        }
        if (duration < 1) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
        long from = start.getEpochSecond();
        long end = from + duration;
        TreeSet<Long> instants = breakpoints(profiles, transactions, from, end);
        List<CompositeSchedule.Period> periods = new ArrayList<>();
        for (long t : instants) {
            Limit limit = connectorId == 0 ? stationLimit(profiles, transactions, t, from)
                    : connectorLimit(profiles, transactions, connectorId, t, from);
            CompositeSchedule.Period period = new CompositeSchedule.Period((int) (t - from), express(limit, unit),
                    limit.phases());
            CompositeSchedule.Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last == null || last.limit().compareTo(period.limit()) != 0 || last.numberPhases() != period.numberPhases()) {
                periods.add(period);
            }
        }
        return new CompositeSchedule(Instant.ofEpochSecond(from), duration, unit, periods);
    }

    /**
     * @param profiles the installed profiles
     * @param transactions the ongoing transactions by connector
     * @param connectorId a connector, 1 or more
     * @param now the instant
     * @return the connector's limit at that instant
     */
    public ChargingLimit limitAt(List<InstalledProfile> profiles, Map<Integer, TransactionInfo> transactions,
                                 int connectorId, Instant now) {
        long t = now.getEpochSecond();
        Limit limit = connectorLimit(profiles, transactions, connectorId, t, t);
        return new ChargingLimit(supply.amps(limit.watts(), limit.phases()), limit.watts(), limit.phases());
    }

    // ---- one instant ----------------------------------------------------------------------------

    /** A limit as power, with the phases it is drawn on. */
    private record Limit(BigDecimal watts, int phases) {
        Limit min(Limit other) {
            return other == null || watts.compareTo(other.watts) <= 0 ? this : other;
        }
    }

    private Limit stationLimit(List<InstalledProfile> profiles, Map<Integer, TransactionInfo> transactions, long t, long from) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int id = 1; id <= connectors; id++) {
            sum = sum.add(connectorLimit(profiles, transactions, id, t, from).watts());
        }
        Limit total = new Limit(sum, supply.phases());
        Limit max = applicable(profiles, ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE, 0, null, t, from, null);
        return total.min(max);
    }

    private Limit connectorLimit(List<InstalledProfile> profiles, Map<Integer, TransactionInfo> transactions,
                                 int connectorId, long t, long from) {
        TransactionInfo tx = transactions.get(connectorId);
        Long txStart = tx == null ? null : tx.start().getEpochSecond();
        Limit limit = new Limit(supply.watts(supply.maxCurrent(), supply.phases()), supply.phases());
        limit = limit.min(applicable(profiles, ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE, 0, null, t, from, txStart));
        Limit txLimit = tx == null ? null
                : applicable(profiles, ChargingProfilePurpose.TX_PROFILE, connectorId, tx, t, from, txStart);
        if (txLimit == null) {
            txLimit = applicable(profiles, ChargingProfilePurpose.TX_DEFAULT_PROFILE, connectorId, null, t, from, txStart);
        }
        return limit.min(txLimit);
    }

    /** The limit of the highest-stack profile of a purpose that applies at {@code t}, or null. */
    private Limit applicable(List<InstalledProfile> profiles, ChargingProfilePurpose purpose, int connectorId,
                             TransactionInfo tx, long t, long from, Long txStart) {
        List<InstalledProfile> candidates = new ArrayList<>();
        for (InstalledProfile installed : profiles) {
            ChargingProfile p = installed.profile();
            if (p.getChargingProfilePurpose() != purpose) {
                continue;
            }
            boolean onConnector = installed.connectorId() == connectorId
                    || (purpose == ChargingProfilePurpose.TX_DEFAULT_PROFILE && installed.connectorId() == 0);
            if (!onConnector) {
                continue;
            }
            if (purpose == ChargingProfilePurpose.TX_PROFILE && p.getTransactionId() != null
                    && !p.getTransactionId().equals(tx.transactionId())) {
                continue;
            }
            candidates.add(installed);
        }
        candidates.sort(Comparator.comparingInt((InstalledProfile i) -> i.profile().getStackLevel()).reversed()
                .thenComparing(i -> i.connectorId() == 0));
        for (InstalledProfile candidate : candidates) {
            Optional<Limit> limit = limitOf(candidate.profile(), t, from, txStart);
            if (limit.isPresent()) {
                return limit.get();
            }
        }
        return null;
    }

    private Optional<Limit> limitOf(ChargingProfile p, long t, long from, Long txStart) {
        if (!valid(p, t)) {
            return Optional.empty();
        }
        ChargingSchedule schedule = p.getChargingSchedule();
        long start = scheduleStart(p, t, from, txStart);
        long offset = t - start;
        if (offset < 0 || (schedule.getDuration() != null && offset >= schedule.getDuration())) {
            return Optional.empty();
        }
        ChargingSchedulePeriod current = null;
        for (ChargingSchedulePeriod period : schedule.getChargingSchedulePeriod()) {
            if (period.getStartPeriod() <= offset) {
                current = period;
            }
        }
        if (current == null) {
            return Optional.empty();
        }
        int phases = current.getNumberPhases() == null ? supply.phases() : Math.min(current.getNumberPhases(), supply.phases());
        phases = Math.max(1, phases);
        BigDecimal watts = schedule.getChargingRateUnit() == ChargingRateUnit.W ? current.getLimit()
                : supply.watts(current.getLimit(), phases);
        return Optional.of(new Limit(watts, phases));
    }

    private static boolean valid(ChargingProfile p, long t) {
        return (p.getValidFrom() == null || t >= seconds(p.getValidFrom()))
                && (p.getValidTo() == null || t < seconds(p.getValidTo()));
    }

    private static long scheduleStart(ChargingProfile p, long t, long from, Long txStart) {
        OffsetDateTime startSchedule = p.getChargingSchedule().getStartSchedule();
        ChargingProfileKind kind = p.getChargingProfileKind();
        if (kind == ChargingProfileKind.RELATIVE) {
            return txStart != null ? txStart : from;
        }
        long base = startSchedule != null ? seconds(startSchedule) : p.getValidFrom() != null ? seconds(p.getValidFrom()) : from;
        if (kind == ChargingProfileKind.RECURRING) {
            long every = recurrence(p);
            return base + Math.floorDiv(t - base, every) * every;
        }
        return base;
    }

    private static long recurrence(ChargingProfile p) {
        return p.getRecurrencyKind() == RecurrencyKind.WEEKLY ? WEEK : DAY;
    }

    // ---- where limits may change ----------------------------------------------------------------

    private TreeSet<Long> breakpoints(List<InstalledProfile> profiles, Map<Integer, TransactionInfo> transactions,
                                      long from, long end) {
        TreeSet<Long> instants = new TreeSet<>();
        instants.add(from);
        List<Long> relativeStarts = new ArrayList<>();
        relativeStarts.add(from);
        transactions.values().forEach(tx -> relativeStarts.add(tx.start().getEpochSecond()));
        for (InstalledProfile installed : profiles) {
            ChargingProfile p = installed.profile();
            if (p.getValidFrom() != null) {
                add(instants, seconds(p.getValidFrom()), from, end);
            }
            if (p.getValidTo() != null) {
                add(instants, seconds(p.getValidTo()), from, end);
            }
            ChargingProfileKind kind = p.getChargingProfileKind();
            if (kind == ChargingProfileKind.RELATIVE) {
                for (long s : relativeStarts) {
                    addSchedule(instants, p.getChargingSchedule(), s, from, end);
                }
            } else if (kind == ChargingProfileKind.RECURRING) {
                long every = recurrence(p);
                long first = scheduleStart(p, from, from, null);
                for (long s = first; s < end; s += every) {
                    addSchedule(instants, p.getChargingSchedule(), s, from, end);
                    add(instants, s + every, from, end);
                }
            } else {
                addSchedule(instants, p.getChargingSchedule(), scheduleStart(p, from, from, null), from, end);
            }
        }
        return instants;
    }

    private static void addSchedule(TreeSet<Long> instants, ChargingSchedule schedule, long start, long from, long end) {
        for (ChargingSchedulePeriod period : schedule.getChargingSchedulePeriod()) {
            add(instants, start + period.getStartPeriod(), from, end);
        }
        if (schedule.getDuration() != null) {
            add(instants, start + schedule.getDuration(), from, end);
        }
    }

    private static void add(TreeSet<Long> instants, long t, long from, long end) {
        if (t >= from && t < end) {
            instants.add(t);
            if (instants.size() > MAX_BREAKPOINTS) {
                throw new IllegalArgumentException("the window holds more than " + MAX_BREAKPOINTS + " limit changes");
            }
        }
    }

    private BigDecimal express(Limit limit, ChargingRateUnit unit) {
        return unit == ChargingRateUnit.W ? limit.watts().setScale(1, RoundingMode.FLOOR)
                : supply.amps(limit.watts(), limit.phases());
    }

    private static long seconds(OffsetDateTime time) {
        return time.toEpochSecond();
    }
}

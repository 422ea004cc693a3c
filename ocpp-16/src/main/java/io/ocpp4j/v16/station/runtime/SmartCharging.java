package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileKind;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileResponse;
import io.ocpp4j.v16.model.ClearChargingProfileStatus;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleStatus;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.model.SetChargingProfileResponse;
import io.ocpp4j.v16.station.SmartChargingHandler;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimit;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimiter;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Smart Charging feature profile: installs and clears charging profiles (kept in the store),
 * answers GetCompositeSchedule with {@link CompositeScheduleCalculator}, and hands each connector's
 * effective limit to the {@link ChargingLimiter} whenever it changes. State thread only, but for the
 * handler methods, which hop onto it.
 */
final class SmartCharging implements SmartChargingHandler {

    private static final Logger log = LoggerFactory.getLogger(SmartCharging.class);
    /** How far ahead the next change of a limit is looked for; the runtime looks again then. */
    private static final int HORIZON_SECONDS = 86_400;

    private final Context ctx;
    private final ChargePointController controller;
    private final StoreMap store;
    private final CompositeScheduleCalculator calculator;
    private final ChargingLimiter limiter;
    /** By chargingProfileId, in installation order. */
    private final Map<Integer, InstalledProfile> profiles = new LinkedHashMap<>();
    /** A profile RemoteStartTransaction carried, by connector (0: the connector the start picks). */
    private final Map<Integer, PendingProfile> remoteStartProfiles = new HashMap<>();
    private final ChargingLimit[] applied;
    private StateTimer next;
    private boolean evaluationQueued;

    SmartCharging(Context ctx, ChargePointController controller, StoreMap store, ElectricalSupply supply,
                  ChargingLimiter limiter) {
        this.ctx = ctx;
        this.controller = controller;
        this.store = store;
        this.calculator = new CompositeScheduleCalculator(supply, ctx.connectors);
        this.limiter = limiter;
        this.applied = new ChargingLimit[ctx.connectors + 1];
        store.snapshot().values().forEach(json -> {
            InstalledProfile installed = StoreCodec.read(json, InstalledProfile.class);
            profiles.put(installed.profile().getChargingProfileId(), installed);
        });
    }

    // ---- the CSMS's calls -----------------------------------------------------------------------

    @Override
    public CompletionStage<SetChargingProfileResponse> onSetChargingProfile(SetChargingProfileRequest request,
                                                                           CallContext context) {
        return ctx.supply(() -> {
            ChargingProfileStatus status = install(request.getConnectorId(), request.getCsChargingProfiles());
            if (status == ChargingProfileStatus.ACCEPTED) {
                evaluate();
            }
            return new SetChargingProfileResponse().withStatus(status);
        });
    }

    @Override
    public CompletionStage<ClearChargingProfileResponse> onClearChargingProfile(ClearChargingProfileRequest request,
                                                                               CallContext context) {
        return ctx.supply(() -> new ClearChargingProfileResponse().withStatus(clear(request)));
    }

    @Override
    public CompletionStage<GetCompositeScheduleResponse> onGetCompositeSchedule(GetCompositeScheduleRequest request,
                                                                               CallContext context) {
        return ctx.supply(() -> composite(request));
    }

    // ---- state thread ---------------------------------------------------------------------------

    /** Validates and installs a profile, durably; the caller evaluates the limits. */
    ChargingProfileStatus install(int connectorId, ChargingProfile requested) {
        String refusal = refusal(connectorId, requested);
        if (refusal != null) {
            log.info("{}: SetChargingProfile {} on connector {} rejected: {}", ctx.identity,
                    requested.getChargingProfileId(), connectorId, refusal);
            return ChargingProfileStatus.REJECTED;
        }
        ChargingProfile profile = StoreCodec.read(StoreCodec.write(requested), ChargingProfile.class);
        if (profile.getChargingProfileKind() == ChargingProfileKind.ABSOLUTE
                && profile.getChargingSchedule().getStartSchedule() == null) {
            profile.getChargingSchedule().setStartSchedule(ctx.clock.now());
        }
        if (profile.getChargingProfilePurpose() == ChargingProfilePurpose.TX_PROFILE && profile.getTransactionId() == null) {
            profile.setTransactionId(controller.transaction(connectorId).transactionId);
        }
        List<Integer> replaced = replacedBy(connectorId, profile);
        int max = ctx.config.intValue(SmartChargingKeys.MAX_CHARGING_PROFILES_INSTALLED);
        if (profiles.size() - replaced.size() >= max) {
            log.info("{}: SetChargingProfile {} rejected: {} profiles installed already", ctx.identity,
                    profile.getChargingProfileId(), profiles.size());
            return ChargingProfileStatus.REJECTED;
        }
        replaced.forEach(this::remove);
        InstalledProfile installed = new InstalledProfile(connectorId, profile);
        profiles.put(profile.getChargingProfileId(), installed);
        store.put(Integer.toString(profile.getChargingProfileId()), StoreCodec.write(installed));
        ctx.commit();
        return ChargingProfileStatus.ACCEPTED;
    }

    /** @return why a profile cannot be installed, or {@code null} if it can */
    private String refusal(int connectorId, ChargingProfile p) {
        if (connectorId < 0 || connectorId > ctx.connectors) {
            return "no connector " + connectorId;
        }
        ChargingProfilePurpose purpose = p.getChargingProfilePurpose();
        if (purpose == ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE && connectorId != 0) {
            return "a ChargePointMaxProfile belongs on connector 0";
        }
        if (purpose == ChargingProfilePurpose.TX_PROFILE) {
            if (connectorId == 0) {
                return "a TxProfile needs a connector";
            }
            Transaction tx = controller.transaction(connectorId);
            if (tx == null) {
                return "no transaction on connector " + connectorId;
            }
            if (p.getTransactionId() != null && !p.getTransactionId().equals(tx.transactionId)) {
                return "transaction " + p.getTransactionId() + " is not the one on connector " + connectorId;
            }
        }
        int maxStack = ctx.config.intValue(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL);
        if (p.getStackLevel() < 0 || p.getStackLevel() > maxStack) {
            return "stackLevel " + p.getStackLevel() + " outside 0.." + maxStack;
        }
        if (p.getValidFrom() != null && p.getValidTo() != null && !p.getValidFrom().isBefore(p.getValidTo())) {
            return "validFrom is not before validTo";
        }
        if (p.getChargingProfileKind() == ChargingProfileKind.RECURRING
                && (p.getRecurrencyKind() == null || p.getChargingSchedule().getStartSchedule() == null)) {
            return "a recurring profile needs recurrencyKind and startSchedule";
        }
        return scheduleRefusal(p.getChargingSchedule());
    }

    private String scheduleRefusal(ChargingSchedule schedule) {
        String unit = schedule.getChargingRateUnit() == ChargingRateUnit.A ? "Current" : "Power";
        if (!ctx.config.list(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT).contains(unit)) {
            return "charging rate unit " + schedule.getChargingRateUnit() + " not allowed";
        }
        List<ChargingSchedulePeriod> periods = schedule.getChargingSchedulePeriod();
        int maxPeriods = ctx.config.intValue(SmartChargingKeys.CHARGING_SCHEDULE_MAX_PERIODS);
        if (periods.isEmpty() || periods.size() > maxPeriods) {
            return periods.size() + " periods, not 1.." + maxPeriods;
        }
        if (schedule.getDuration() != null && schedule.getDuration() < 0) {
            return "negative duration";
        }
        int previous = -1;
        for (ChargingSchedulePeriod period : periods) {
            if (previous < 0 ? period.getStartPeriod() != 0 : period.getStartPeriod() <= previous) {
                return "periods must start at 0 and increase";
            }
            previous = period.getStartPeriod();
            if (period.getLimit().signum() < 0) {
                return "negative limit";
            }
            if (period.getNumberPhases() != null && (period.getNumberPhases() < 1 || period.getNumberPhases() > 3)) {
                return "numberPhases " + period.getNumberPhases() + " outside 1..3";
            }
        }
        return null;
    }

    /** Profiles a new one replaces: the same id, or the same connector, purpose and stack level. */
    private List<Integer> replacedBy(int connectorId, ChargingProfile profile) {
        List<Integer> replaced = new ArrayList<>();
        for (InstalledProfile installed : profiles.values()) {
            ChargingProfile old = installed.profile();
            if (old.getChargingProfileId().equals(profile.getChargingProfileId())
                    || (installed.connectorId() == connectorId
                    && old.getChargingProfilePurpose() == profile.getChargingProfilePurpose()
                    && old.getStackLevel().equals(profile.getStackLevel()))) {
                replaced.add(old.getChargingProfileId());
            }
        }
        return replaced;
    }

    ClearChargingProfileStatus clear(ClearChargingProfileRequest request) {
        List<Integer> cleared = new ArrayList<>();
        for (InstalledProfile installed : profiles.values()) {
            ChargingProfile p = installed.profile();
            boolean matches = request.getId() != null ? p.getChargingProfileId().equals(request.getId())
                    : (request.getConnectorId() == null || request.getConnectorId() == installed.connectorId())
                    && (request.getChargingProfilePurpose() == null || request.getChargingProfilePurpose() == p.getChargingProfilePurpose())
                    && (request.getStackLevel() == null || request.getStackLevel().equals(p.getStackLevel()));
            if (matches) {
                cleared.add(p.getChargingProfileId());
            }
        }
        if (cleared.isEmpty()) {
            return ClearChargingProfileStatus.UNKNOWN;
        }
        cleared.forEach(this::remove);
        ctx.commit();
        evaluate();
        return ClearChargingProfileStatus.ACCEPTED;
    }

    private void remove(int chargingProfileId) {
        profiles.remove(chargingProfileId);
        store.remove(Integer.toString(chargingProfileId));
    }

    GetCompositeScheduleResponse composite(GetCompositeScheduleRequest request) {
        int connectorId = request.getConnectorId();
        if (connectorId < 0 || connectorId > ctx.connectors || request.getDuration() < 1) {
            return new GetCompositeScheduleResponse().withStatus(GetCompositeScheduleStatus.REJECTED);
        }
        ChargingRateUnit unit = request.getChargingRateUnit() != null ? request.getChargingRateUnit()
                : ctx.config.list(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT).contains("Current")
                ? ChargingRateUnit.A : ChargingRateUnit.W;
        Instant now = ctx.clock.instant();
        try {
            CompositeSchedule schedule = calculator.compute(List.copyOf(profiles.values()), transactions(), connectorId,
                    now, request.getDuration(), unit);
            return new GetCompositeScheduleResponse()
                    .withStatus(GetCompositeScheduleStatus.ACCEPTED)
                    .withConnectorId(connectorId)
                    .withScheduleStart(now.atOffset(ZoneOffset.UTC))
                    .withChargingSchedule(schedule.toModel());
        } catch (IllegalArgumentException e) {
            log.info("{}: GetCompositeSchedule rejected: {}", ctx.identity, e.getMessage());
            return new GetCompositeScheduleResponse().withStatus(GetCompositeScheduleStatus.REJECTED);
        }
    }

    /** A RemoteStartTransaction's profile, kept until its transaction starts or the start times out. */
    private record PendingProfile(ChargingProfile profile, Instant accepted, Instant expires) {
    }

    /**
     * @param profile the profile RemoteStartTransaction carries
     * @return whether it may be installed once the transaction starts: a TxProfile without a
     *         transactionId, within the station's limits
     */
    boolean acceptsRemoteStartProfile(ChargingProfile profile) {
        if (profile.getChargingProfilePurpose() != ChargingProfilePurpose.TX_PROFILE
                || profile.getTransactionId() != null) {
            return false;
        }
        int maxStack = ctx.config.intValue(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL);
        return profile.getStackLevel() >= 0 && profile.getStackLevel() <= maxStack
                && scheduleRefusal(profile.getChargingSchedule()) == null;
    }

    /**
     * Keeps an accepted RemoteStartTransaction's profile, to install as the TxProfile of the
     * transaction it starts (for at most {@code ConnectionTimeOut}).
     *
     * @param connectorId the connector asked for, or {@code null}
     */
    void remoteStartAccepted(Integer connectorId, ChargingProfile profile) {
        Instant now = ctx.clock.instant();
        Instant expires = now.plusSeconds(ctx.config.intValue(ConfigurationKeys.CONNECTION_TIME_OUT));
        remoteStartProfiles.put(connectorId == null ? 0 : connectorId, new PendingProfile(profile, now, expires));
        connectorsChanged();
    }

    /** A connector's state may have changed: look at the limits once the current task is done. */
    void connectorsChanged() {
        if (!evaluationQueued) {
            evaluationQueued = true;
            ctx.run(() -> {
                evaluationQueued = false;
                evaluate();
            });
        }
    }

    /**
     * Installs TxProfiles that RemoteStartTransaction carried, drops TxProfiles whose transaction
     * ended, hands changed limits to the hardware and sets the timer for the next change.
     */
    void evaluate() {
        boolean changed = adoptRemoteStartProfiles() | dropEndedTxProfiles();
        if (changed) {
            ctx.commit();
        }
        List<InstalledProfile> installed = List.copyOf(profiles.values());
        Map<Integer, TransactionInfo> transactions = transactions();
        Instant now = ctx.clock.instant();
        long nextChange = HORIZON_SECONDS;
        for (int id = 1; id <= ctx.connectors; id++) {
            ChargingLimit limit = calculator.limitAt(installed, transactions, id, now);
            if (!same(limit, applied[id])) {
                applied[id] = limit;
                log.debug("{}: connector {} limited to {} A / {} W", ctx.identity, id, limit.amps(), limit.watts());
                limiter.limit(id, limit);
            }
            try {
                CompositeSchedule ahead = calculator.compute(installed, transactions, id, now, HORIZON_SECONDS, ChargingRateUnit.W);
                if (ahead.periods().size() > 1) {
                    nextChange = Math.min(nextChange, ahead.periods().get(1).startPeriod());
                }
            } catch (IllegalArgumentException e) { // too many changes in a day: look again in a minute
                log.warn("{}: next limit change of connector {} not computed: {}", ctx.identity, id, e.getMessage());
                nextChange = Math.min(nextChange, 60);
            }
        }
        next = StateTimer.cancel(next);
        next = ctx.schedule(Duration.ofSeconds(Math.max(1, nextChange)), this::evaluate);
    }

    private boolean adoptRemoteStartProfiles() {
        boolean changed = false;
        Instant now = ctx.clock.instant();
        remoteStartProfiles.values().removeIf(pending -> now.isAfter(pending.expires()));
        for (Map.Entry<Integer, PendingProfile> entry : List.copyOf(remoteStartProfiles.entrySet())) {
            int connectorId = entry.getKey();
            for (int id = connectorId == 0 ? 1 : connectorId; id <= (connectorId == 0 ? ctx.connectors : connectorId); id++) {
                Transaction tx = controller.transaction(id);
                if (tx != null && !tx.startTime.toInstant().isBefore(entry.getValue().accepted().truncatedTo(ChronoUnit.MILLIS))) {
                    remoteStartProfiles.remove(connectorId);
                    changed |= install(id, entry.getValue().profile()) == ChargingProfileStatus.ACCEPTED;
                    break;
                }
            }
        }
        return changed;
    }

    private boolean dropEndedTxProfiles() {
        List<Integer> ended = new ArrayList<>();
        for (InstalledProfile installed : profiles.values()) {
            if (installed.profile().getChargingProfilePurpose() == ChargingProfilePurpose.TX_PROFILE
                    && controller.transaction(installed.connectorId()) == null) {
                ended.add(installed.profile().getChargingProfileId());
            }
        }
        ended.forEach(this::remove);
        return !ended.isEmpty();
    }

    private Map<Integer, TransactionInfo> transactions() {
        Map<Integer, TransactionInfo> transactions = new HashMap<>();
        for (int id = 1; id <= ctx.connectors; id++) {
            Transaction tx = controller.transaction(id);
            if (tx != null) {
                transactions.put(id, new TransactionInfo(tx.transactionId, tx.startTime.toInstant()));
            }
        }
        return transactions;
    }

    private static boolean same(ChargingLimit a, ChargingLimit b) {
        return b != null && a.amps().compareTo(b.amps()) == 0 && a.watts().compareTo(b.watts()) == 0
                && a.phases() == b.phases();
    }

    void close() {
        next = StateTimer.cancel(next);
    }
}

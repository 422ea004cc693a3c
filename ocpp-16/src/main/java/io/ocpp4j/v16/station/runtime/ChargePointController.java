package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.AvailabilityStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StopTransactionResponse;
import io.ocpp4j.v16.model.UnlockStatus;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charge point's state machine: connectors, cables, id tags, transactions, availability, unlock
 * and reset. Hardware events and the CSMS's requests arrive here on the state thread; the
 * controller updates the connectors, drives the contactor and lock, starts and stops transactions
 * (through {@link Transactions}) and reports statuses (through {@link StatusReporter}).
 */
final class ChargePointController implements TransactionQueue.Outcomes, Registration.Listener {

    private static final Logger log = LoggerFactory.getLogger(ChargePointController.class);

    private final Context ctx;
    private final Authorizer authorizer;
    private final TransactionQueue queue;
    private final StatusReporter status;
    private final StoreMap availabilityStore;
    private final Duration resetGrace;
    private final Duration resetStopTimeout;
    private final Consumer<ResetType> shutdown;
    private final Connector[] connectors;
    private final AtomicReferenceArray<ConnectorView> views;
    private Transactions transactions;
    private PendingStart stationPending;
    private ClockAlignedReadings aligned;
    private boolean resetting;
    private Runnable connectorsChanged = () -> {
    };
    private Consumer<Reservation> reservationUsed = reservation -> {
    };
    /** Tasks waiting for the last transaction to end ({@link #whenNoTransaction}). */
    private final List<Runnable> noTransactionWaiters = new ArrayList<>();

    /**
     * @param shutdown stops the runtime and reboots, once a reset has stopped the transactions
     */
    ChargePointController(Context ctx, Authorizer authorizer, TransactionQueue queue, StatusReporter status,
                          StoreMap availabilityStore, Duration resetGrace, Duration resetStopTimeout,
                          Consumer<ResetType> shutdown) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.queue = queue;
        this.status = status;
        this.availabilityStore = availabilityStore;
        this.resetGrace = resetGrace;
        this.resetStopTimeout = resetStopTimeout;
        this.shutdown = shutdown;
        this.connectors = new Connector[ctx.connectors + 1];
        this.views = new AtomicReferenceArray<>(ctx.connectors + 1);
        for (int id = 0; id <= ctx.connectors; id++) {
            connectors[id] = new Connector(id);
            String stored = availabilityStore.get(Integer.toString(id)).orElse(null);
            if (stored != null) {
                connectors[id].availability = AvailabilityType.fromValue(stored);
            }
        }
    }

    void transactions(Transactions value) {
        this.transactions = value;
    }

    /**
     * After the runtime is built: open every relay (nothing flows until a transaction says so),
     * report power-lost transactions, derive statuses, start timers.
     */
    void start() {
        for (int id = 1; id <= ctx.connectors; id++) {
            ctx.contactor.deEnergize(id);
        }
        int interrupted = transactions.recoverAfterPowerLoss();
        if (interrupted > 0) {
            log.info("{}: {} transaction(s) interrupted by a power loss will be reported stopped", ctx.identity, interrupted);
        }
        refreshAll();
        aligned = new ClockAlignedReadings(ctx, transactions, id -> connectors[id].transaction, this::sampled);
        aligned.schedule();
    }

    void close() {
        if (aligned != null) {
            aligned.close();
        }
        if (stationPending != null) {
            stationPending.cancel();
        }
        for (Connector c : connectors) {
            if (c.pending != null) {
                c.pending.cancel();
            }
            if (c.transaction != null) {
                c.transaction.sampling = StateTimer.cancel(c.transaction.sampling);
            }
        }
        status.close();
    }

    /** @param listener hears, on the state thread, that a connector's state may have changed */
    void connectorsChanged(Runnable listener) {
        this.connectorsChanged = listener;
    }

    /** @param listener hears, on the state thread, that a transaction starts on a reservation */
    void reservationUsed(Consumer<Reservation> listener) {
        this.reservationUsed = listener;
    }

    /** @return a connector's state (0 for the station); state thread only */
    Connector state(int connectorId) {
        return connectors[connectorId];
    }

    /** Derives and reports a connector's status again, after a change made from outside. */
    void changed(int connectorId) {
        refresh(connectors[connectorId]);
    }

    /** @return the ongoing transaction on a connector (1 or more), or {@code null}; state thread only */
    Transaction transaction(int connectorId) {
        return connectors[connectorId].transaction;
    }

    /** @return a snapshot of a connector, from any thread */
    ConnectorView view(int connectorId) {
        return views.get(connectorId);
    }

    // ---- registration ---------------------------------------------------------------------------

    @Override
    public void accepted() {
        status.reportAll();
        queue.resume();
        if (aligned != null) {
            aligned.schedule(); // the clock may have moved to the CSMS's time
        }
    }

    @Override
    public void resumed() {
        status.reportChanged();
        queue.resume();
    }

    // ---- hardware events ------------------------------------------------------------------------

    void cablePlugged(int id) {
        Connector c = connector(id, "cablePlugged");
        if (c == null || c.plugged) {
            return;
        }
        c.plugged = true;
        c.finishing = false;
        Transaction tx = c.transaction;
        if (tx != null) { // the EV came back to a transaction that went on without it
            c.evSuspended = false;
            energizeIfAllowed(c);
            refresh(c);
            return;
        }
        if (c.pending != null && !c.pending.authorizing) {
            begin(c, c.pending);
            return;
        }
        if (c.pending == null && stationPending != null && usable(c, stationPending.idTag, stationPending.parentIdTag())) {
            PendingStart pending = stationPending;
            stationPending = null;
            pending.cancel();
            begin(c, pending);
            return;
        }
        refresh(c);
    }

    void cableUnplugged(int id) {
        Connector c = connector(id, "cableUnplugged");
        if (c == null || !c.plugged) {
            return;
        }
        c.plugged = false;
        c.lockFailure = false;
        c.evSuspended = false;
        if (c.heldFor == null) {
            c.finishing = false;
        }
        if (c.transaction != null) {
            if (ctx.config.isTrue(ConfigurationKeys.STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT)) {
                stop(c, Reason.EV_DISCONNECTED, null,
                        ctx.config.isTrue(ConfigurationKeys.UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT));
                return;
            }
            ctx.contactor.deEnergize(c.id); // the transaction goes on, suspended, until the EV returns
        }
        refresh(c);
    }

    void idTagPresented(int id, String idTag) {
        if (idTag == null || idTag.isEmpty() || idTag.length() > 20) {
            log.warn("{}: id tag ignored: not 1 to 20 characters", ctx.identity);
            return;
        }
        List<Connector> scope = new ArrayList<>();
        if (id == 0) {
            for (int i = 1; i <= ctx.connectors; i++) {
                scope.add(connectors[i]);
            }
        } else {
            Connector c = connector(id, "idTagPresented");
            if (c == null) {
                return;
            }
            scope.add(c);
        }
        for (Connector c : scope) { // the driver comes back for a cable held after an EV-side stop
            if (c.heldFor != null && IdTags.same(c.heldFor, idTag)) {
                release(c);
                return;
            }
        }
        for (Connector c : scope) { // the same tag stops its own transaction, no authorization needed
            if (c.transaction != null && IdTags.same(c.transaction.idTag, idTag)) {
                stop(c, Reason.LOCAL, idTag, true);
                return;
            }
        }
        boolean busy = scope.stream().anyMatch(c -> c.transaction != null);
        if (!busy && (resetting || scope.stream().noneMatch(c -> c.ready(station()) && c.pending == null))) {
            log.info("{}: id tag ignored: no connector can start a transaction now", ctx.identity);
            return;
        }
        authorizer.authorize(idTag).thenAccept(info -> {
            if (busy && IdTags.isValid(info) && info.getParentIdTag() != null) {
                for (Connector c : scope) { // another tag of the same group stops it
                    Transaction tx = c.transaction;
                    if (tx != null && IdTags.same(tx.parentIdTag, info.getParentIdTag())) {
                        stop(c, Reason.LOCAL, idTag, true);
                        return;
                    }
                }
            }
            if (id != 0 && busy) {
                log.info("{}: id tag presented at busy connector {} does not stop its transaction", ctx.identity, id);
                return;
            }
            authorizedLocally(id, idTag, info);
        });
    }

    void evSuspended(int id, boolean suspended) {
        Connector c = connector(id, "evSuspended");
        if (c != null) {
            c.evSuspended = suspended;
            refresh(c);
        }
    }

    void faultDetected(int id, ChargePointErrorCode code, String info) {
        if (id < 0 || id > ctx.connectors) {
            log.warn("{}: fault on unknown connector {} ignored", ctx.identity, id);
            return;
        }
        Connector c = connectors[id];
        c.fault = code == ChargePointErrorCode.NO_ERROR ? ChargePointErrorCode.OTHER_ERROR : code;
        c.faultInfo = info;
        for (Connector affected : id == 0 ? List.of(connectors).subList(1, connectors.length) : List.of(c)) {
            if (affected.transaction != null) {
                ctx.contactor.deEnergize(affected.id);
            }
            cancelPending(affected);
        }
        if (id == 0) {
            cancelStationPending();
        }
        refreshAll();
    }

    void faultCleared(int id) {
        if (id < 0 || id > ctx.connectors || connectors[id].fault == null) {
            return;
        }
        connectors[id].fault = null;
        connectors[id].faultInfo = null;
        for (int i = 1; i <= ctx.connectors; i++) {
            if (connectors[i].transaction != null) {
                energizeIfAllowed(connectors[i]);
            }
        }
        refreshAll();
    }

    void powerFailing() {
        log.warn("{}: power failing; stopping every transaction", ctx.identity);
        cancelStationPending();
        for (int id = 1; id <= ctx.connectors; id++) {
            cancelPending(connectors[id]);
            if (connectors[id].transaction != null) {
                stop(connectors[id], Reason.POWER_LOSS, null, false);
            }
        }
    }

    // ---- the CSMS's requests --------------------------------------------------------------------

    /** RemoteStartTransaction; the follow-up (authorization, start) runs after the answer. */
    Answer<RemoteStartStopStatus> remoteStart(Integer connectorId, String idTag) {
        if (resetting) {
            return Answer.of(RemoteStartStopStatus.REJECTED);
        }
        Connector target = null;
        if (connectorId != null) {
            if (connectorId < 1 || connectorId > ctx.connectors) {
                return Answer.of(RemoteStartStopStatus.REJECTED);
            }
            target = usable(connectors[connectorId], idTag, null) ? connectors[connectorId] : null;
        } else {
            target = choose(idTag, null);
        }
        if (target == null) {
            return Answer.of(RemoteStartStopStatus.REJECTED);
        }
        Connector c = target;
        PendingStart pending = new PendingStart(idTag, null, true);
        boolean authorize = ctx.config.isTrue(ConfigurationKeys.AUTHORIZE_REMOTE_TX_REQUESTS);
        pending.authorizing = authorize;
        c.pending = pending; // hold the connector while we answer
        refresh(c);
        return new Answer<>(RemoteStartStopStatus.ACCEPTED, () -> {
            if (c.pending != pending) {
                return;
            }
            if (!authorize) {
                arm(c, pending);
                return;
            }
            authorizer.authorize(idTag).thenAccept(info -> {
                if (c.pending != pending) {
                    return;
                }
                pending.authorizing = false;
                if (IdTags.isValid(info)) {
                    pending.info = info;
                    arm(c, pending);
                } else {
                    log.info("{}: remote start for connector {} not authorized: {}", ctx.identity, c.id, info.getStatus());
                    c.pending = null;
                    refresh(c);
                }
            });
        });
    }

    /** RemoteStopTransaction. */
    Answer<RemoteStartStopStatus> remoteStop(int transactionId) {
        for (int id = 1; id <= ctx.connectors; id++) {
            Connector c = connectors[id];
            Transaction tx = c.transaction;
            if (tx != null && tx.transactionId != null && tx.transactionId == transactionId) {
                return new Answer<>(RemoteStartStopStatus.ACCEPTED, () -> {
                    if (c.transaction == tx) {
                        stop(c, Reason.REMOTE, null, true);
                    }
                });
            }
        }
        return Answer.of(RemoteStartStopStatus.REJECTED);
    }

    /** ChangeAvailability: at once, or {@code Scheduled} after the transactions it affects. */
    AvailabilityStatus changeAvailability(int connectorId, AvailabilityType type) {
        if (connectorId < 0 || connectorId > ctx.connectors) {
            return AvailabilityStatus.REJECTED;
        }
        List<Connector> targets = connectorId == 0 ? List.of(connectors) : List.of(connectors[connectorId]);
        boolean scheduled = false;
        for (Connector c : targets) {
            c.availability = type;
            availabilityStore.put(Integer.toString(c.id), type.value());
            if (type == AvailabilityType.INOPERATIVE) {
                scheduled |= c.transaction != null;
                cancelPending(c);
            }
        }
        if (type == AvailabilityType.INOPERATIVE && connectorId == 0) {
            cancelStationPending();
        }
        ctx.commit();
        refreshAll();
        return scheduled ? AvailabilityStatus.SCHEDULED : AvailabilityStatus.ACCEPTED;
    }

    /**
     * Holds the connectors (or releases them): while held, connectors without a transaction are
     * Unavailable and take no new one; a transaction under way goes on and its connector becomes
     * Unavailable when it ends. Availability set by the CSMS is left as it is.
     */
    void hold(boolean value) {
        if (station().held == value) {
            return;
        }
        station().held = value;
        if (value) {
            cancelStationPending();
            for (int id = 1; id <= ctx.connectors; id++) {
                cancelPending(connectors[id]);
            }
        }
        refreshAll();
    }

    /** Runs a task once no transaction is ongoing: queued at once if none is, else after the last ends. */
    void whenNoTransaction(Runnable task) {
        if (anyTransaction()) {
            noTransactionWaiters.add(task);
        } else {
            ctx.run(task);
        }
    }

    private boolean anyTransaction() {
        for (int id = 1; id <= ctx.connectors; id++) {
            if (connectors[id].transaction != null) {
                return true;
            }
        }
        return false;
    }

    /** UnlockConnector: stops the connector's transaction first. */
    UnlockStatus unlock(int connectorId) {
        if (connectorId < 1 || connectorId > ctx.connectors || ctx.lock == null) {
            return UnlockStatus.NOT_SUPPORTED;
        }
        Connector c = connectors[connectorId];
        if (c.transaction != null) {
            stop(c, Reason.UNLOCK_COMMAND, null, false);
        }
        boolean unlocked = ctx.lock.unlock(c.id);
        if (unlocked && c.heldFor != null) {
            c.heldFor = null;
            c.finishing = c.plugged;
            refresh(c);
        }
        return unlocked ? UnlockStatus.UNLOCKED : UnlockStatus.UNLOCK_FAILED;
    }

    /** Reset: answered, then transactions stopped, their StopTransaction given time to go, then reboot. */
    Answer<Boolean> reset(ResetType type) {
        if (resetting) {
            return Answer.of(true);
        }
        resetting = true;
        return new Answer<>(true, () -> ctx.schedule(resetGrace, () -> {
            Reason reason = type == ResetType.HARD ? Reason.HARD_RESET : Reason.SOFT_RESET;
            cancelStationPending();
            for (int id = 1; id <= ctx.connectors; id++) {
                cancelPending(connectors[id]);
                if (connectors[id].transaction != null) {
                    stop(connectors[id], reason, null, true);
                }
            }
            StateTimer deadline = ctx.schedule(resetStopTimeout, () -> {
                log.warn("{}: rebooting with {} transaction message(s) undelivered; they are sent after the reboot",
                        ctx.identity, queue.size());
                shutdown.accept(type);
            });
            queue.whenDrained(() -> {
                deadline.cancel();
                shutdown.accept(type);
            });
        }));
    }

    // ---- transaction outcomes -------------------------------------------------------------------

    @Override
    public void startTransactionAnswered(long localId, String idTag, StartTransactionResponse response) {
        IdTagInfo info = response.getIdTagInfo();
        authorizer.learn(idTag, info);
        for (int id = 1; id <= ctx.connectors; id++) {
            Connector c = connectors[id];
            Transaction tx = c.transaction;
            if (tx == null || tx.localId != localId) {
                continue;
            }
            tx.transactionId = response.getTransactionId();
            if (tx.parentIdTag == null && info != null) {
                tx.parentIdTag = info.getParentIdTag();
            }
            transactions.persist(tx);
            refresh(c);
            if (!IdTags.isValid(IdTags.asOf(info, ctx.clock.instant()))) {
                invalidated(c, tx, info);
            }
        }
    }

    @Override
    public void stopTransactionAnswered(long localId, String idTag, StopTransactionResponse response) {
        authorizer.learn(idTag, response.getIdTagInfo());
    }

    /** A sample was taken: enforce {@code MaxEnergyOnInvalidId}. */
    void sampled(Transaction tx) {
        if (tx.energyCapWh != null && !tx.suspendedByEvse && tx.lastMeterWh >= tx.energyCapWh) {
            Connector c = connectors[tx.connectorId];
            if (c.transaction == tx) {
                log.info("{}: {} reached MaxEnergyOnInvalidId; energy stopped", ctx.identity, tx);
                suspendByEvse(c, tx);
            }
        }
    }

    /** MeterValueSampleInterval or ClockAlignedDataInterval changed. */
    void meterIntervalsChanged() {
        for (int id = 1; id <= ctx.connectors; id++) {
            if (connectors[id].transaction != null) {
                transactions.rescheduleSampling(connectors[id].transaction);
            }
        }
        if (aligned != null) {
            aligned.schedule();
        }
    }

    // ---- internals ------------------------------------------------------------------------------

    private void invalidated(Connector c, Transaction tx, IdTagInfo info) {
        log.info("{}: the CSMS reports the id tag of {} as {}", ctx.identity, tx, info == null ? null : info.getStatus());
        if (ctx.config.isTrue(ConfigurationKeys.STOP_TRANSACTION_ON_INVALID_ID)) {
            stop(c, Reason.DE_AUTHORIZED, null, true);
            return;
        }
        int maxEnergy = ctx.config.intValue(ConfigurationKeys.MAX_ENERGY_ON_INVALID_ID);
        if (maxEnergy > 0) {
            tx.energyCapWh = ctx.meter.read(c.id).energyWh() + maxEnergy;
            transactions.persist(tx);
            ctx.commit();
        } else {
            suspendByEvse(c, tx);
        }
    }

    private void suspendByEvse(Connector c, Transaction tx) {
        tx.suspendedByEvse = true;
        ctx.contactor.deEnergize(c.id);
        transactions.persist(tx);
        ctx.commit();
        refresh(c);
    }

    private void authorizedLocally(int id, String idTag, IdTagInfo info) {
        if (!IdTags.isValid(info)) {
            log.info("{}: id tag not authorized: {}", ctx.identity, info.getStatus());
            return;
        }
        if (resetting) {
            return;
        }
        Connector target;
        if (id != 0) {
            target = usable(connectors[id], idTag, info.getParentIdTag()) ? connectors[id] : null;
        } else {
            target = choosePlugged(idTag, info.getParentIdTag());
            if (target == null && ctx.connectors == 1 && usable(connectors[1], idTag, info.getParentIdTag())) {
                target = connectors[1];
            }
            if (target == null && choose(idTag, info.getParentIdTag()) != null) { // wait for a cable at any free connector
                cancelStationPending();
                PendingStart pending = new PendingStart(idTag, info, false);
                stationPending = pending;
                pending.timeout = ctx.schedule(connectionTimeOut(), () -> {
                    if (stationPending == pending) {
                        stationPending = null;
                    }
                });
                return;
            }
        }
        if (target == null) {
            log.info("{}: id tag authorized but no connector is free", ctx.identity);
            return;
        }
        PendingStart pending = new PendingStart(idTag, info, false);
        target.pending = pending;
        arm(target, pending);
    }

    /** A pending authorization: starts now if the cable is in, else waits for it until ConnectionTimeOut. */
    private void arm(Connector c, PendingStart pending) {
        if (c.plugged) {
            begin(c, pending);
            return;
        }
        pending.cancel();
        pending.timeout = ctx.schedule(connectionTimeOut(), () -> {
            if (c.pending == pending) {
                log.info("{}: no cable plugged into connector {} within ConnectionTimeOut", ctx.identity, c.id);
                c.pending = null;
                refresh(c);
            }
        });
        refresh(c);
    }

    private void begin(Connector c, PendingStart pending) {
        pending.cancel();
        c.pending = null;
        if (!c.ready(station()) || resetting) {
            refresh(c);
            return;
        }
        if (ctx.lock != null && !ctx.lock.lock(c.id)) {
            log.warn("{}: connector {} failed to lock; no transaction", ctx.identity, c.id);
            c.lockFailure = true;
            refresh(c);
            return;
        }
        c.evSuspended = false;
        Integer reservationId = null;
        Reservation reservation = c.reservation != null ? c.reservation : station().reservation;
        if (reservation != null && reservation.admits(pending.idTag, pending.parentIdTag())) {
            reservationId = reservation.reservationId();
            reservationUsed.accept(reservation);
        }
        c.transaction = transactions.start(c.id, pending.idTag, pending.parentIdTag(), reservationId);
        energizeIfAllowed(c);
        refresh(c);
    }

    private void stop(Connector c, Reason reason, String idTag, boolean unlock) {
        Transaction tx = c.transaction;
        if (tx == null) {
            return;
        }
        ctx.contactor.deEnergize(c.id);
        transactions.stop(tx, reason, idTag);
        c.transaction = null;
        c.evSuspended = false;
        if (ctx.lock != null) {
            if (unlock) {
                ctx.lock.unlock(c.id);
            } else if (!c.plugged && reason == Reason.EV_DISCONNECTED) {
                c.heldFor = tx.idTag; // the cable stays locked in the socket until the driver returns
            }
        }
        c.finishing = c.plugged || c.heldFor != null;
        refresh(c);
    }

    private void release(Connector c) {
        if (ctx.lock != null) {
            ctx.lock.unlock(c.id);
        }
        c.heldFor = null;
        c.finishing = c.plugged;
        refresh(c);
    }

    private void energizeIfAllowed(Connector c) {
        Transaction tx = c.transaction;
        if (tx != null && !tx.suspendedByEvse && c.plugged && c.fault == null && station().fault == null) {
            ctx.contactor.energize(c.id);
        }
    }

    private void cancelPending(Connector c) {
        if (c.pending != null) {
            c.pending.cancel();
            c.pending = null;
        }
    }

    private void cancelStationPending() {
        if (stationPending != null) {
            stationPending.cancel();
            stationPending = null;
        }
    }

    /** @return a free connector with a cable in, else the first free one, else {@code null} */
    private Connector choose(String idTag, String parentIdTag) {
        Connector plugged = choosePlugged(idTag, parentIdTag);
        if (plugged != null) {
            return plugged;
        }
        for (int id = 1; id <= ctx.connectors; id++) {
            if (usable(connectors[id], idTag, parentIdTag)) {
                return connectors[id];
            }
        }
        return null;
    }

    private Connector choosePlugged(String idTag, String parentIdTag) {
        for (int id = 1; id <= ctx.connectors; id++) {
            if (connectors[id].plugged && usable(connectors[id], idTag, parentIdTag)) {
                return connectors[id];
            }
        }
        return null;
    }

    /**
     * @return whether a tag may take a connector: free for it (its own reservation or none), and a
     *         reservation of the station (connector 0) by someone else still leaves a free connector
     */
    private boolean usable(Connector c, String idTag, String parentIdTag) {
        if (!c.freeFor(station(), idTag, parentIdTag)) {
            return false;
        }
        Reservation any = station().reservation;
        if (any == null || any.admits(idTag, parentIdTag) || c.reservation != null) {
            return true;
        }
        for (int id = 1; id <= ctx.connectors; id++) {
            if (connectors[id] != c && connectors[id].free(station())) {
                return true;
            }
        }
        return false;
    }

    private Duration connectionTimeOut() {
        return Duration.ofSeconds(ctx.config.intValue(ConfigurationKeys.CONNECTION_TIME_OUT));
    }

    private Connector station() {
        return connectors[0];
    }

    private Connector connector(int id, String event) {
        if (id < 1 || id > ctx.connectors) {
            log.warn("{}: {} for unknown connector {} ignored", ctx.identity, event, id);
            return null;
        }
        return connectors[id];
    }

    private void refreshAll() {
        for (Connector c : connectors) {
            refresh(c);
        }
    }

    private void refresh(Connector c) {
        if (c.id == 0) {
            status.update(0, c.stationStatus(), c.fault == null ? ChargePointErrorCode.NO_ERROR : c.fault, c.faultInfo);
            views.set(0, new ConnectorView(0, c.stationStatus(), false, null));
            return;
        }
        Transaction tx = c.transaction;
        status.update(c.id, c.status(station()), c.errorCode(), c.faultInfo);
        views.set(c.id, new ConnectorView(c.id, c.status(station()), tx != null, tx == null ? null : tx.transactionId));
        connectorsChanged.run();
        if (tx == null && !noTransactionWaiters.isEmpty() && !anyTransaction()) {
            List<Runnable> due = List.copyOf(noTransactionWaiters);
            noTransactionWaiters.clear();
            due.forEach(ctx::run); // after the change that ended the last transaction
        }
    }
}

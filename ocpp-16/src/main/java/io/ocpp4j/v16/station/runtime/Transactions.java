package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.MeterValue;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.hardware.MeterReading;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, samples and stops transactions: each change is written to the store together with the
 * message that reports it, in one commit, and the message queued for delivery. Keeps the meter
 * values StopTransaction carries ({@code StopTxnSampledData}, {@code StopTxnAlignedData}), at most
 * {@code maxStopData} of them. On start, transactions left in the store by a power loss are reported
 * stopped with reason {@code PowerLoss}. State thread only.
 */
final class Transactions {

    private static final Logger log = LoggerFactory.getLogger(Transactions.class);
    private static final String NEXT_LOCAL_ID = "nextLocalId";

    private final Context ctx;
    private final TransactionQueue queue;
    private final StoreMap records;
    private final StoreMap meta;
    private final int maxStopData;
    private final Consumer<Transaction> sampled;
    private long nextLocalId;

    /**
     * @param sampled hears each periodic sample of a transaction (to check energy limits)
     */
    Transactions(Context ctx, TransactionQueue queue, StoreMap records, StoreMap meta, int maxStopData,
                 Consumer<Transaction> sampled) {
        this.ctx = ctx;
        this.queue = queue;
        this.records = records;
        this.meta = meta;
        this.maxStopData = maxStopData;
        this.sampled = sampled;
        this.nextLocalId = meta.get(NEXT_LOCAL_ID).map(Long::parseLong).orElse(1L);
    }

    /** Reports the transactions a power loss interrupted as stopped (reason PowerLoss), with their last reading. */
    int recoverAfterPowerLoss() {
        List<TransactionRecord> interrupted = new ArrayList<>();
        records.snapshot().values().forEach(json -> interrupted.add(StoreCodec.read(json, TransactionRecord.class)));
        for (TransactionRecord record : interrupted) {
            Transaction tx = Transaction.from(record);
            log.warn("{}: {} was interrupted by a power loss; reporting it stopped at {} Wh", ctx.identity, tx,
                    tx.lastMeterWh);
            StopTransactionRequest stop = new StopTransactionRequest()
                    .withMeterStop(toInt(tx.lastMeterWh))
                    .withTimestamp(tx.lastMeterTime)
                    .withReason(Reason.POWER_LOSS)
                    .withTransactionData(tx.stopData.isEmpty() ? null : List.copyOf(tx.stopData));
            records.remove(StoreCodec.key(tx.localId));
            queue.add(QueuedMessage.STOP_TRANSACTION, tx.localId, stop);
        }
        if (!interrupted.isEmpty()) {
            ctx.commit();
        }
        return interrupted.size();
    }

    /** Starts a transaction: stored and StartTransaction queued in one commit, then sent. */
    Transaction start(int connectorId, String idTag, String parentIdTag) {
        return start(connectorId, idTag, parentIdTag, null);
    }

    /** Starts a transaction on a reservation (or none, for a {@code null} reservationId). */
    Transaction start(int connectorId, String idTag, String parentIdTag, Integer reservationId) {
        OffsetDateTime now = ctx.clock.now();
        MeterReading reading = ctx.meter.read(connectorId);
        Transaction tx = new Transaction(nextLocalId++, connectorId, idTag, parentIdTag, toInt(reading.energyWh()), now);
        meta.put(NEXT_LOCAL_ID, Long.toString(nextLocalId));
        addStopData(tx, reading, ConfigurationKeys.STOP_TXN_SAMPLED_DATA, ReadingContext.TRANSACTION_BEGIN, now);
        persist(tx);
        queue.add(QueuedMessage.START_TRANSACTION, tx.localId, new StartTransactionRequest()
                .withConnectorId(connectorId)
                .withIdTag(idTag)
                .withMeterStart(tx.meterStart)
                .withReservationId(reservationId)
                .withTimestamp(now));
        ctx.commit();
        log.info("{}: started {} at {} Wh", ctx.identity, tx, tx.meterStart);
        queue.pump();
        scheduleSampling(tx);
        return tx;
    }

    /** Stops a transaction: removed from the store and StopTransaction queued in one commit, then sent. */
    void stop(Transaction tx, Reason reason, String idTag) {
        tx.sampling = StateTimer.cancel(tx.sampling);
        OffsetDateTime now = ctx.clock.now();
        MeterReading reading = ctx.meter.read(tx.connectorId);
        addStopData(tx, reading, ConfigurationKeys.STOP_TXN_SAMPLED_DATA, ReadingContext.TRANSACTION_END, now);
        StopTransactionRequest stop = new StopTransactionRequest()
                .withIdTag(idTag)
                .withMeterStop(toInt(reading.energyWh()))
                .withTimestamp(now)
                .withReason(reason)
                .withTransactionData(tx.stopData.isEmpty() ? null : List.copyOf(tx.stopData));
        records.remove(StoreCodec.key(tx.localId));
        queue.add(QueuedMessage.STOP_TRANSACTION, tx.localId, stop);
        ctx.commit();
        log.info("{}: stopped {} ({}) at {} Wh", ctx.identity, tx, reason, reading.energyWh());
        queue.pump();
    }

    /** Takes a clock-aligned reading for a transaction: queued as MeterValues, kept for StopTransaction. */
    void aligned(Transaction tx, MeterReading reading, OffsetDateTime time) {
        Optional<MeterValue> value = MeterSampler.sample(reading, ctx.config.list(ConfigurationKeys.METER_VALUES_ALIGNED_DATA),
                ReadingContext.SAMPLE_CLOCK, time);
        value.ifPresent(mv -> queue.add(QueuedMessage.METER_VALUES, tx.localId, meterValues(tx, mv)));
        addStopData(tx, reading, ConfigurationKeys.STOP_TXN_ALIGNED_DATA, ReadingContext.SAMPLE_CLOCK, time);
        remember(tx, reading, time);
        persist(tx);
        ctx.commit();
        queue.pump();
    }

    /** Stores a changed transaction (the caller commits). */
    void persist(Transaction tx) {
        records.put(StoreCodec.key(tx.localId), StoreCodec.write(tx.toRecord()));
    }

    /** MeterValueSampleInterval changed: the next sample is due one new interval from now. */
    void rescheduleSampling(Transaction tx) {
        scheduleSampling(tx);
    }

    private void scheduleSampling(Transaction tx) {
        tx.sampling = StateTimer.cancel(tx.sampling);
        int seconds = ctx.config.intValue(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL);
        if (seconds > 0) {
            tx.sampling = ctx.schedule(Duration.ofSeconds(seconds), () -> {
                tx.sampling = null;
                sample(tx);
                scheduleSampling(tx);
            });
        }
    }

    private void sample(Transaction tx) {
        OffsetDateTime now = ctx.clock.now();
        MeterReading reading = ctx.meter.read(tx.connectorId);
        Optional<MeterValue> value = MeterSampler.sample(reading, ctx.config.list(ConfigurationKeys.METER_VALUES_SAMPLED_DATA),
                ReadingContext.SAMPLE_PERIODIC, now);
        value.ifPresent(mv -> queue.add(QueuedMessage.METER_VALUES, tx.localId, meterValues(tx, mv)));
        addStopData(tx, reading, ConfigurationKeys.STOP_TXN_SAMPLED_DATA, ReadingContext.SAMPLE_PERIODIC, now);
        remember(tx, reading, now);
        persist(tx);
        ctx.commit();
        queue.pump();
        sampled.accept(tx);
    }

    private static MeterValuesRequest meterValues(Transaction tx, MeterValue value) {
        return new MeterValuesRequest().withConnectorId(tx.connectorId).withMeterValue(List.of(value));
    }

    private static void remember(Transaction tx, MeterReading reading, OffsetDateTime time) {
        tx.lastMeterWh = reading.energyWh();
        tx.lastMeterTime = time;
    }

    private void addStopData(Transaction tx, MeterReading reading, String key, ReadingContext context, OffsetDateTime time) {
        Optional<MeterValue> value = MeterSampler.sample(reading, ctx.config.list(key), context, time);
        if (value.isEmpty()) {
            return;
        }
        if (tx.stopData.size() >= maxStopData) {
            if (context != ReadingContext.TRANSACTION_END) {
                return;
            }
            tx.stopData.remove(tx.stopData.size() - 1); // the end reading matters more than the last sample
        }
        tx.stopData.add(value.get());
    }

    private static int toInt(long wh) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, wh));
    }
}

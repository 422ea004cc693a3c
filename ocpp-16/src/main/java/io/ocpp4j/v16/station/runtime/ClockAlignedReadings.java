package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.station.runtime.hardware.MeterReading;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clock-aligned meter values: every {@code ClockAlignedDataInterval} seconds from midnight (UTC, on
 * the CSMS's clock), each connector is read. A connector with a transaction reports through the
 * durable queue (and keeps {@code StopTxnAlignedData} for StopTransaction); an idle one sends
 * MeterValues without transactionId if the station is online, and nothing otherwise. State thread only.
 */
final class ClockAlignedReadings {

    private static final Logger log = LoggerFactory.getLogger(ClockAlignedReadings.class);

    private final Context ctx;
    private final Transactions transactions;
    private final IntFunction<Transaction> transactionOf;
    private final Consumer<Transaction> sampled;
    private StateTimer timer;

    /**
     * @param transactionOf the ongoing transaction of a connector, or {@code null}
     * @param sampled hears each reading of a transaction (to check energy limits)
     */
    ClockAlignedReadings(Context ctx, Transactions transactions, IntFunction<Transaction> transactionOf,
                         Consumer<Transaction> sampled) {
        this.ctx = ctx;
        this.transactions = transactions;
        this.transactionOf = transactionOf;
        this.sampled = sampled;
    }

    /** (Re)schedules the next reading, after the interval or the clock changed. */
    void schedule() {
        timer = StateTimer.cancel(timer);
        int interval = ctx.config.intValue(ConfigurationKeys.CLOCK_ALIGNED_DATA_INTERVAL);
        if (interval <= 0) {
            return;
        }
        Instant now = ctx.clock.instant();
        long secondOfDay = now.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay();
        long next = (secondOfDay / interval + 1) * interval;
        Duration delay = Duration.ofSeconds(next - secondOfDay).minusNanos(now.getNano());
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusSeconds(next);
        timer = ctx.schedule(delay, () -> {
            timer = null;
            read(at);
            schedule();
        });
    }

    void close() {
        timer = StateTimer.cancel(timer);
    }

    private void read(OffsetDateTime at) {
        List<String> measurands = ctx.config.list(ConfigurationKeys.METER_VALUES_ALIGNED_DATA);
        for (int id = 1; id <= ctx.connectors; id++) {
            MeterReading reading = ctx.meter.read(id);
            Transaction tx = transactionOf.apply(id);
            if (tx != null) {
                transactions.aligned(tx, reading, at);
                sampled.accept(tx);
            } else if (ctx.online()) {
                int connectorId = id;
                MeterSampler.sample(reading, measurands, ReadingContext.SAMPLE_CLOCK, at).ifPresent(value ->
                        ctx.central.meterValues(new MeterValuesRequest().withConnectorId(connectorId)
                                .withMeterValue(List.of(value))).whenComplete((response, failure) -> {
                                    if (failure != null) {
                                        log.info("{}: clock-aligned MeterValues of connector {} not delivered: {}",
                                                ctx.identity, connectorId, failure.getMessage());
                                    }
                                }));
            }
        }
    }
}

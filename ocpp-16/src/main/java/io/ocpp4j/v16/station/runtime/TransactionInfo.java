package io.ocpp4j.v16.station.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * What smart charging needs to know of a connector's ongoing transaction.
 *
 * @param transactionId the CSMS's transactionId, {@code null} while not known yet
 * @param start when it started (relative schedules count from here)
 */
public record TransactionInfo(Integer transactionId, Instant start) {

    public TransactionInfo {
        Objects.requireNonNull(start, "start");
    }
}

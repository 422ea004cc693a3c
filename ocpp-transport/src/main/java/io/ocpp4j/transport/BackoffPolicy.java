package io.ocpp4j.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long a station waits before each reconnection attempt, as OCPP 2.0.1 describes it with
 * {@code RetryBackOffWaitMinimum}, {@code RetryBackOffRandomRange} and
 * {@code RetryBackOffRepeatTimes} (usable the same way for 1.6):
 *
 * <pre>
 * delay(n) = waitMinimum × 2^min(n, repeatTimes) + random(0 .. randomRange)
 * </pre>
 *
 * where {@code n} counts the attempts since the connection was lost (0 for the first). The base
 * doubles {@code repeatTimes} times and then stays; a fresh random part is added every time. After a
 * successful connection the count starts again at 0. {@code waitMinimum} must be positive, so a
 * station never reconnects in a tight loop.
 *
 * @param waitMinimum the first base delay ({@code RetryBackOffWaitMinimum})
 * @param randomRange the largest random addition ({@code RetryBackOffRandomRange})
 * @param repeatTimes how many times the base delay doubles ({@code RetryBackOffRepeatTimes})
 */
public record BackoffPolicy(Duration waitMinimum, Duration randomRange, int repeatTimes) {

    /** Checks the settings. */
    public BackoffPolicy {
        ServerConfig.positive(waitMinimum, "waitMinimum");
        Objects.requireNonNull(randomRange, "randomRange");
        if (randomRange.isNegative()) {
            throw new IllegalArgumentException("randomRange must not be negative");
        }
        if (repeatTimes < 0) {
            throw new IllegalArgumentException("repeatTimes must not be negative");
        }
    }

    /**
     * A policy from OCPP configuration values in seconds.
     *
     * @param waitMinimumSeconds {@code RetryBackOffWaitMinimum}
     * @param randomRangeSeconds {@code RetryBackOffRandomRange}
     * @param repeatTimes {@code RetryBackOffRepeatTimes}
     * @return the policy
     */
    public static BackoffPolicy ofSeconds(int waitMinimumSeconds, int randomRangeSeconds, int repeatTimes) {
        return new BackoffPolicy(Duration.ofSeconds(waitMinimumSeconds), Duration.ofSeconds(randomRangeSeconds),
                repeatTimes);
    }

    /**
     * The delay before attempt {@code n} without its random part.
     *
     * @param attempt the attempt number since the connection was lost, from 0
     * @return {@code waitMinimum × 2^min(attempt, repeatTimes)}, saturated at about 292 years
     */
    public Duration baseDelay(int attempt) {
        int doublings = Math.min(Math.max(attempt, 0), repeatTimes);
        long millis = waitMinimum.toMillis();
        for (int i = 0; i < doublings && millis < Long.MAX_VALUE / 2; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(millis);
    }

    /**
     * The delay before attempt {@code n}.
     *
     * @param attempt the attempt number since the connection was lost, from 0
     * @param random the source of the random part
     * @return the base delay plus a random part in {@code [0, randomRange]}, in milliseconds
     */
    public Duration delay(int attempt, RandomGenerator random) {
        long range = randomRange.toMillis();
        long jitter = range == 0 ? 0 : random.nextLong(range + 1);
        return baseDelay(attempt).plusMillis(jitter);
    }
}

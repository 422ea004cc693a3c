package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    @Test
    void baseDelayDoublesRepeatTimesThenStays() {
        BackoffPolicy policy = BackoffPolicy.ofSeconds(3, 10, 3);
        assertThat(policy.baseDelay(0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.baseDelay(1)).isEqualTo(Duration.ofSeconds(6));
        assertThat(policy.baseDelay(2)).isEqualTo(Duration.ofSeconds(12));
        assertThat(policy.baseDelay(3)).isEqualTo(Duration.ofSeconds(24));
        assertThat(policy.baseDelay(4)).isEqualTo(Duration.ofSeconds(24));
        assertThat(policy.baseDelay(1_000)).isEqualTo(Duration.ofSeconds(24));
    }

    @Property
    void delayIsBaseDelayPlusAtMostTheRandomRange(@ForAll @IntRange(min = 0, max = 100) int attempt,
                                                  @ForAll @IntRange(min = 0, max = 5_000) int rangeMillis,
                                                  @ForAll long seed) {
        BackoffPolicy policy = new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(rangeMillis), 5);
        Duration delay = policy.delay(attempt, new Random(seed));
        assertThat(delay).isBetween(policy.baseDelay(attempt), policy.baseDelay(attempt).plusMillis(rangeMillis));
    }

    @Test
    void hugeRepeatTimesSaturateInsteadOfOverflowing() {
        BackoffPolicy policy = new BackoffPolicy(Duration.ofDays(1), Duration.ZERO, 200);
        assertThat(policy.baseDelay(200)).isPositive();
    }

    @Test
    void refusesATightLoop() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ZERO, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(-1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ZERO, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.testing.CountingListener;
import io.ocpp4j.core.testing.Link;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Answers that arrive just as their call times out: whichever wins, each call ends exactly once (one
 * outcome reported to the listener, one completion), and the session holds nothing afterwards.
 */
class EachCallEndsOnceTest {

    private static final int CALLS = 3_000;

    @Test
    void answersRacingTimeoutsEndEachCallOnce() throws Exception {
        ScheduledExecutorService peer = Executors.newSingleThreadScheduledExecutor();
        CountingListener counts = new CountingListener();
        try (RpcRuntime runtime = RpcRuntime.builder().name("race").build();
             Link link = new Link(TestCatalog.V201_STYLE)) {
            link.csms().listen(new ConnectionListener() {
                @Override
                public void onText(String text) {
                    JsonNode call = RawPeer.parse(text);
                    String id = call.get(1).asText();
                    long delayMicros = ThreadLocalRandom.current().nextLong(700, 1_300); // around the timeout
                    peer.schedule(() -> link.csms().send("[3,\"" + id + "\",{\"status\":\"Accepted\","
                            + "\"currentTime\":\"2024-01-01T00:00:00Z\",\"interval\":1}]"), delayMicros, TimeUnit.MICROSECONDS);
                }

                @Override
                public void onClose(int code, String reason, boolean byPeer) {
                }
            });
            RpcSession station = RpcSession.builder(link.station(), TestCatalog.V201_STYLE, Role.STATION)
                    .runtime(runtime).listener(counts).callTimeout(Duration.ofMillis(1)).maxQueuedCalls(CALLS).build();

            LongAdder completions = new LongAdder();
            CompletableFuture<?>[] all = new CompletableFuture<?>[CALLS];
            BootNotificationRequest request = new BootNotificationRequest("V", "M");
            for (int i = 0; i < CALLS; i++) {
                all[i] = station.call(TestCatalog.BOOT_NOTIFICATION, request).toCompletableFuture()
                        .whenComplete((r, t) -> completions.increment());
            }
            CompletableFuture.allOf(all).handle((r, t) -> null).get(120, TimeUnit.SECONDS);

            long ended = counts.outcomes.values().stream().mapToLong(LongAdder::sum).sum();
            assertThat(ended).as("outcomes reported").isEqualTo(CALLS);
            assertThat(completions.sum()).isEqualTo(CALLS);
            assertThat(station.pendingCalls()).isZero();
        } finally {
            peer.shutdownNow();
        }
    }
}

package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.testing.CountingListener;
import io.ocpp4j.core.testing.Link;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationRequest;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 100,000 calls, some answered with results, some with CALLERRORs, some with invalid payloads and some
 * never: afterwards the session holds nothing and the timer holds no stale timeouts.
 */
class NoLeakTest {

    private static final int CALLS = 100_000;

    @Test
    void aHundredThousandCallsLeaveNothingBehind() throws Exception {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
        timer.setRemoveOnCancelPolicy(true);
        CountingListener counts = new CountingListener();
        try (RpcRuntime runtime = RpcRuntime.builder().name("leak").scheduler(timer).build();
             Link link = new Link(TestCatalog.V201_STYLE)) {
            AtomicLong seen = new AtomicLong();
            link.csms().listen(new ConnectionListener() {
                @Override
                public void onText(String text) {
                    JsonNode call = RawPeer.parse(text);
                    String id = call.get(1).asText();
                    long n = seen.incrementAndGet();
                    if (n % 1000 == 0) {
                        return; // never answered: times out
                    }
                    if (n % 10 == 0) {
                        link.csms().send("[4,\"" + id + "\",\"GenericError\",\"no\",{}]");
                    } else if (n % 17 == 0) {
                        link.csms().send("[3,\"" + id + "\",{\"status\":\"Nope\"}]");
                    } else {
                        link.csms().send("[3,\"" + id + "\",{\"status\":\"Accepted\",\"currentTime\":\"2024-01-01T00:00:00Z\",\"interval\":1}]");
                    }
                }

                @Override
                public void onClose(int code, String reason, boolean byPeer) {
                }
            });
            RpcSession station = RpcSession.builder(link.station(), TestCatalog.V201_STYLE, Role.STATION)
                    .runtime(runtime).listener(counts).callTimeout(Duration.ofMillis(50)).maxQueuedCalls(1_000).build();

            Semaphore window = new Semaphore(500); // keep the queue below its bound
            BootNotificationRequest request = new BootNotificationRequest("V", "M");
            CompletableFuture<?>[] all = new CompletableFuture<?>[CALLS];
            for (int i = 0; i < CALLS; i++) {
                window.acquire();
                all[i] = station.call(TestCatalog.BOOT_NOTIFICATION, request).toCompletableFuture()
                        .whenComplete((BootNotificationResponse r, Throwable t) -> window.release());
            }
            CompletableFuture.allOf(all).handle((r, t) -> null).get(120, TimeUnit.SECONDS);

            assertThat(counts.outcome(RpcListener.Outcome.RESULT)).isPositive();
            assertThat(counts.outcome(RpcListener.Outcome.CALL_ERROR)).isPositive();
            assertThat(counts.outcome(RpcListener.Outcome.INVALID_RESPONSE)).isPositive();
            // the unanswered ones time out; on a loaded machine an answered one may too, never fewer
            assertThat(counts.outcome(RpcListener.Outcome.TIMEOUT)).isGreaterThanOrEqualTo(CALLS / 1000);
            assertThat(counts.outcomes.values().stream().mapToLong(java.util.concurrent.atomic.LongAdder::sum).sum())
                    .isEqualTo(CALLS);
            assertThat(station.pendingCalls()).isZero();
            assertThat(station.incomingCalls()).isZero();
            assertThat(timer.getQueue()).as("stale call timeouts").isEmpty();
        } finally {
            timer.shutdownNow();
        }
    }
}

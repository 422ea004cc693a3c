package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.testing.Link;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationRequest;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 1,000 calls from many threads at once go out strictly one at a time, each thread's in its order. */
class OneCallInFlightTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 125;

    @Test
    void concurrentCallsGoOutOneAtATimeInOrder() throws Exception {
        try (RpcRuntime runtime = RpcRuntime.builder().name("inflight").build();
             Link link = new Link(TestCatalog.V201_STYLE)) {
            AtomicInteger outstanding = new AtomicInteger();
            AtomicInteger maxOutstanding = new AtomicInteger();
            List<String> arrivals = new CopyOnWriteArrayList<>();
            ExecutorService answerer = Executors.newSingleThreadExecutor();
            // A CSMS that checks that nothing new arrives before it answered, and answers from another thread.
            link.csms().listen(new ConnectionListener() {
                @Override
                public void onText(String text) {
                    maxOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
                    JsonNode call = RawPeer.parse(text);
                    arrivals.add(call.get(3).get("chargePointVendor").asText() + "/" + call.get(3).get("chargePointModel").asText());
                    answerer.execute(() -> {
                        outstanding.decrementAndGet();
                        link.csms().send("[3,\"" + call.get(1).asText()
                                + "\",{\"status\":\"Accepted\",\"currentTime\":\"2024-01-01T00:00:00Z\",\"interval\":1}]");
                    });
                }

                @Override
                public void onClose(int code, String reason, boolean byPeer) {
                }
            });
            RpcSession station = RpcSession.builder(link.station(), TestCatalog.V201_STYLE, Role.STATION)
                    .runtime(runtime).maxQueuedCalls(THREADS * CALLS_PER_THREAD).build();

            ExecutorService callers = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            Map<Integer, List<CompletableFuture<BootNotificationResponse>>> results = new ConcurrentHashMap<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                callers.execute(() -> {
                    List<CompletableFuture<BootNotificationResponse>> mine = new ArrayList<>();
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        mine.add(station.call(TestCatalog.BOOT_NOTIFICATION,
                                new BootNotificationRequest("t" + thread, String.valueOf(i))).toCompletableFuture());
                    }
                    results.put(thread, mine);
                });
            }
            start.countDown();
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            for (List<CompletableFuture<BootNotificationResponse>> mine : results.values()) {
                CompletableFuture.allOf(mine.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
            answerer.shutdown();

            assertThat(arrivals).hasSize(THREADS * CALLS_PER_THREAD);
            assertThat(maxOutstanding.get()).as("calls in flight at once").isEqualTo(1);
            for (int t = 0; t < THREADS; t++) {
                String prefix = "t" + t + "/";
                List<Integer> order = arrivals.stream().filter(a -> a.startsWith(prefix))
                        .map(a -> Integer.parseInt(a.substring(prefix.length()))).toList();
                assertThat(order).as("thread %d's calls in its order", t).isSorted().hasSize(CALLS_PER_THREAD);
            }
            assertThat(station.pendingCalls()).isZero();
        }
    }
}

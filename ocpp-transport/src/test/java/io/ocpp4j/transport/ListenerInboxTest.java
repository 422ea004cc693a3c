package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.ConnectionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ListenerInboxTest {

    @Test
    void holdsFramesUntilAListenerIsAttachedAndDeliversThemInOrder() throws Exception {
        ListenerInbox inbox = new ListenerInbox("CS1", 10);
        assertThat(inbox.offerFrame("a")).isTrue();
        assertThat(inbox.offerFrame("b")).isTrue();
        inbox.offerClose(1000, "bye", true);
        assertThat(inbox.offerFrame("after close")).isTrue(); // dropped
        RecordingListener listener = new RecordingListener();
        inbox.attach(listener);
        assertThat(listener.frames).containsExactly("a", "b");
        assertThat(listener.awaitClose()).isEqualTo(new RecordingListener.Close(1000, "bye", true));
    }

    @Test
    void refusesFramesBeyondItsCapacityButAlwaysTakesTheClose() throws Exception {
        ListenerInbox inbox = new ListenerInbox("CS1", 2);
        assertThat(inbox.offerFrame("1")).isTrue();
        assertThat(inbox.offerFrame("2")).isTrue();
        assertThat(inbox.offerFrame("3")).isFalse();
        inbox.offerClose(1008, "too many", false);
        inbox.offerClose(1000, "second close is ignored", false);
        RecordingListener listener = new RecordingListener();
        inbox.attach(listener);
        assertThat(listener.frames).containsExactly("1", "2");
        assertThat(listener.awaitClose().code()).isEqualTo(1008);
        assertThat(listener.closeCount).hasValue(1);
    }

    @Test
    void onlyOneListener() {
        ListenerInbox inbox = new ListenerInbox("CS1", 2);
        inbox.attach(new RecordingListener());
        assertThatThrownBy(() -> inbox.attach(new RecordingListener())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailingListenerDoesNotStopDelivery() {
        ListenerInbox inbox = new ListenerInbox("CS1", 10);
        List<String> seen = new ArrayList<>();
        inbox.attach(new ConnectionListener() {
            @Override
            public void onText(String text) {
                seen.add(text);
                throw new IllegalStateException("boom");
            }

            @Override
            public void onClose(int code, String reason, boolean byPeer) {
                seen.add("closed");
            }
        });
        inbox.offerFrame("a");
        inbox.offerFrame("b");
        inbox.offerClose(1000, "", true);
        assertThat(seen).containsExactly("a", "b", "closed");
    }

    @Test
    void concurrentOffersAreDeliveredOneAtATimeInEachThreadsOrder() throws Exception {
        ListenerInbox inbox = new ListenerInbox("CS1", 100_000);
        RecordingListener listener = new RecordingListener();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> producers = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                int producer = p;
                producers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 2_000; i++) {
                        inbox.offerFrame(producer + ":" + i);
                    }
                    return null;
                }));
            }
            producers.add(pool.submit(() -> {
                start.await();
                inbox.attach(listener);
                return null;
            }));
            start.countDown();
            for (Future<?> future : producers) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(listener.overlaps).hasValue(0);
        assertThat(listener.frames).hasSize(6_000);
        for (int p = 0; p < 3; p++) {
            String prefix = p + ":";
            List<Integer> order = listener.frames.stream().filter(f -> f.startsWith(prefix))
                    .map(f -> Integer.parseInt(f.substring(prefix.length()))).toList();
            assertThat(order).isSorted();
        }
    }
}

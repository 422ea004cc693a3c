package io.ocpp4j.transport;

import io.ocpp4j.core.ConnectionListener;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A listener that records what it receives, for tests. */
class RecordingListener implements ConnectionListener {

    /** The close event. */
    record Close(int code, String reason, boolean byPeer) {
    }

    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CompletableFuture<Close> closed = new CompletableFuture<>();
    final AtomicInteger closeCount = new AtomicInteger();
    private final AtomicInteger inCallback = new AtomicInteger();
    final AtomicInteger overlaps = new AtomicInteger();

    @Override
    public void onText(String text) {
        enter();
        try {
            threads.add(Thread.currentThread().getName());
            frames.add(text);
        } finally {
            inCallback.decrementAndGet();
        }
    }

    @Override
    public void onClose(int code, String reason, boolean byPeer) {
        enter();
        try {
            closeCount.incrementAndGet();
            closed.complete(new Close(code, reason, byPeer));
        } finally {
            inCallback.decrementAndGet();
        }
    }

    private void enter() {
        if (inCallback.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
    }

    String nextFrame() throws InterruptedException {
        String frame = frames.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 10 s");
        }
        return frame;
    }

    Close awaitClose() throws Exception {
        return closed.get(15, TimeUnit.SECONDS);
    }
}

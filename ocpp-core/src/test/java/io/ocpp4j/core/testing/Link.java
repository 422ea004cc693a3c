package io.ocpp4j.core.testing;

import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.ProtocolVersion;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory link whose two ends deliver on their own "I/O" threads, named {@code io-station-N} and {@code io-csms-N}. */
public final class Link implements AutoCloseable {

    private final ExecutorService stationIo = Executors.newSingleThreadExecutor(named("io-station"));
    private final ExecutorService csmsIo = Executors.newSingleThreadExecutor(named("io-csms"));
    private final InMemoryConnection.Pair pair;

    public Link(ProtocolVersion version) {
        this.pair = InMemoryConnection.pair(version.subprotocol(), "CP-1", stationIo, csmsIo, 100_000);
    }

    public InMemoryConnection station() {
        return pair.station();
    }

    public InMemoryConnection csms() {
        return pair.csms();
    }

    @Override
    public void close() {
        stationIo.shutdownNow();
        csmsIo.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package io.ocpp4j.v16.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.chargetime.ocpp.AsyncPromiseFulfillerDecorator;
import eu.chargetime.ocpp.JSONServer;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.FrameObserver;
import io.ocpp4j.core.ObservedConnection;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.java_websocket.server.WebSocketServer;

/** What the interop tests share: the bound on every wait, raw frames, thread and port hygiene. */
final class Interop {

    /** The bound for every wait. */
    static final Duration WAIT = Duration.ofSeconds(30); // bounds hangs; generous for a loaded 2-core machine

    private Interop() {
    }

    /** The answer of a call, waited for at most {@link #WAIT}. */
    static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The same instant (the two libraries may write it with different offsets). */
    static boolean sameInstant(OffsetDateTime ours, ZonedDateTime theirs) {
        return ours.toInstant().equals(theirs.toInstant());
    }

    /**
     * The port a ChargeTime {@link JSONServer} opened on port 0 bound. Their API takes a port but never
     * tells the bound one, so we read it from their Java-WebSocket server (private fields
     * {@code JSONServer.listener} and {@code WebSocketListener.server}); it binds on its own thread, so
     * we wait for it.
     */
    static int boundPort(JSONServer server) throws ReflectiveOperationException {
        Object listener = field(server, "listener");
        await().atMost(WAIT).until(() -> {
            WebSocketServer webSocketServer = (WebSocketServer) field(listener, "server");
            return webSocketServer != null && webSocketServer.getPort() != 0;
        });
        return ((WebSocketServer) field(listener, "server")).getPort();
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }

    /**
     * Gives ChargeTime a request executor of the test's own and returns it, to be shut down after the
     * test. ChargeTime runs every request it receives (on either side) on one JVM-wide static
     * {@code Executors.newCachedThreadPool()} in {@code AsyncPromiseFulfillerDecorator}, never shut
     * down (its idle threads end after a minute); its only handle is the static
     * {@code setExecutor}. Set it before their server or client starts its threads.
     */
    static ExecutorService installTheirRequestExecutor() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(
                task -> new Thread(task, "chargetime-request-" + count.incrementAndGet()));
        AsyncPromiseFulfillerDecorator.setExecutor(executor);
        return executor;
    }

    /** The threads alive now, to check that a test ends every thread it started. */
    static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet();
    }

    /**
     * Waits until every thread started since {@code before} has ended: the WebSocket threads of both
     * libraries, their timers, our runtime. The common fork-join pool and Awaitility's own poller are not ours.
     */
    static void assertThreadsEnded(Set<Thread> before) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(liveThreads().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .map(Thread::getName)
                .filter(name -> !name.startsWith("ForkJoinPool.commonPool") && !name.startsWith("awaitility"))
                .collect(Collectors.toList()))
                .as("threads started by the test and still alive")
                .isEmpty());
    }

    /** Records every text frame of a connection as it is on the wire (through an {@link ObservedConnection}). */
    static final class FrameRecorder implements FrameObserver {
        final List<String> received = new CopyOnWriteArrayList<>();
        final List<String> sent = new CopyOnWriteArrayList<>();

        /** The connection to use in place of {@code connection}, recording into this. */
        Connection observe(Connection connection) {
            return new ObservedConnection(connection, this);
        }

        /** The first received frame that contains a text, such as {@code "MeterValues"} with its quotes. */
        Optional<String> frameContaining(String text) {
            return received.stream().filter(frame -> frame.contains(text)).findFirst();
        }

        /** The first sent frame that contains a text. */
        Optional<String> sentFrameContaining(String text) {
            return sent.stream().filter(frame -> frame.contains(text)).findFirst();
        }

        @Override
        public void received(String text) {
            received.add(text);
        }

        @Override
        public void sent(String text) {
            sent.add(text);
        }
    }
}

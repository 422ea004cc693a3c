package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A station keeps reconnecting with OCPP's back-off while its CSMS is away, and comes back. */
class ReconnectTest {

    private static final BackoffPolicy BACKOFF = new BackoffPolicy(Duration.ofMillis(200), Duration.ofMillis(100), 2);

    /** A state change and when the listener saw it. */
    record Seen(ClientStateChange change, long atNanos) {
    }

    @Test
    void reconnectsAfterTheServerRestartsWithinTheBackoffBounds() throws Exception {
        AtomicInteger open = new AtomicInteger();
        AtomicInteger maxOpen = new AtomicInteger();
        ConnectionHandler countingHandler = connection -> {
            maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            connection.listen(new RecordingListener() {
                @Override
                public void onClose(int code, String reason, boolean byPeer) {
                    open.decrementAndGet();
                    super.onClose(code, reason, byPeer);
                }
            });
        };
        OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.TLS_BASIC_AUTH).build(), countingHandler);
        int port = server.port();
        List<Seen> seen = new CopyOnWriteArrayList<>();
        List<Connection> stationConnections = new CopyOnWriteArrayList<>();
        ReconnectingClient client = new ReconnectingClient(
                Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH).build(), BACKOFF,
                connection -> {
                    connection.listen(new RecordingListener());
                    stationConnections.add(connection);
                },
                change -> seen.add(new Seen(change, System.nanoTime())));
        try {
            client.start();
            await().atMost(Fixtures.WAIT).until(() -> client.state() == ClientState.CONNECTED);
            assertThat(client.connection()).isPresent();

            server.stop();
            await().atMost(Fixtures.WAIT).until(() -> waits(seen) >= 3); // lost, then two failed attempts
            server = OcppWebSocketServer.start(Fixtures.server(SecurityProfile.TLS_BASIC_AUTH).port(port).build(),
                    countingHandler);
            await().atMost(Fixtures.WAIT).until(() -> stationConnections.size() == 2
                    && client.state() == ClientState.CONNECTED);

            assertThat(maxOpen).as("never two live connections at once").hasValue(1);
            assertThat(seen.get(0).change().from()).isEqualTo(ClientState.IDLE);
            assertThat(seen.get(0).change().to()).isEqualTo(ClientState.CONNECTING);
            assertBackoffRespected(seen);
            assertThat(seen).extracting(s -> s.change().to()).containsSubsequence(ClientState.CONNECTED,
                    ClientState.WAITING_TO_RECONNECT, ClientState.CONNECTING, ClientState.WAITING_TO_RECONNECT,
                    ClientState.CONNECTING, ClientState.CONNECTED);

            // the attempt count starts again after a successful connection
            int before = seen.size();
            server.stop();
            await().atMost(Fixtures.WAIT).until(() -> waits(seen.subList(before, seen.size())) >= 1);
            ClientStateChange firstWait = seen.subList(before, seen.size()).stream().map(Seen::change)
                    .filter(c -> c.to() == ClientState.WAITING_TO_RECONNECT).findFirst().orElseThrow();
            assertThat(firstWait.attempt()).isZero();
            assertThat(firstWait.delay()).isBetween(Duration.ofMillis(200), Duration.ofMillis(300));
            assertThat(firstWait.cause()).isPresent();
        } finally {
            client.stop();
            server.stop();
        }
        assertThat(client.state()).isEqualTo(ClientState.STOPPED);
        int afterStop = seen.size();
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> seen.size() == afterStop);
        await().atMost(Fixtures.WAIT).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("WebSocketConnectReadThread")
                        || t.getName().startsWith("WebSocketWriteThread")
                        || t.getName().equals("ocpp-station-timer")));
    }

    private static long waits(List<Seen> seen) {
        return seen.stream().filter(s -> s.change().to() == ClientState.WAITING_TO_RECONNECT).count();
    }

    /** Each wait lasts at least its announced delay, which lies within the policy's bounds. */
    private static void assertBackoffRespected(List<Seen> seen) {
        int checked = 0;
        for (int i = 0; i < seen.size() - 1; i++) {
            ClientStateChange change = seen.get(i).change();
            if (change.to() != ClientState.WAITING_TO_RECONNECT) {
                continue;
            }
            Duration base = BACKOFF.baseDelay(change.attempt());
            assertThat(change.delay()).isBetween(base, base.plus(BACKOFF.randomRange()));
            Seen next = seen.get(i + 1);
            if (next.change().to() == ClientState.CONNECTING) {
                long waitedMillis = TimeUnit.NANOSECONDS.toMillis(next.atNanos() - seen.get(i).atNanos());
                assertThat(waitedMillis).as("waited before attempt %d", change.attempt())
                        .isGreaterThanOrEqualTo(change.delay().toMillis() - 20)
                        .isLessThan(change.delay().toMillis() + 2_000);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aStationRefusedWith401KeepsBackingOffAndStopsCleanly() throws Exception {
        List<ClientStateChange> seen = new CopyOnWriteArrayList<>();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.BASIC_AUTH).build(), new Fixtures.Accepted())) {
            ReconnectingClient client = new ReconnectingClient(
                    Fixtures.client(server, "CS1", SecurityProfile.BASIC_AUTH).password("wrong").build(),
                    BACKOFF, connection -> {
                    }, seen::add);
            client.start();
            await().atMost(Fixtures.WAIT).until(() -> seen.stream()
                    .filter(c -> c.to() == ClientState.WAITING_TO_RECONNECT).count() >= 3);
            client.stop();
            assertThat(seen).extracting(ClientStateChange::to).doesNotContain(ClientState.CONNECTED);
            ClientStateChange third = seen.stream().filter(c -> c.to() == ClientState.WAITING_TO_RECONNECT)
                    .skip(2).findFirst().orElseThrow();
            assertThat(third.attempt()).isEqualTo(2);
            assertThat(third.delay()).isBetween(Duration.ofMillis(800), Duration.ofMillis(900));
            assertThat(third.cause().orElseThrow()).isInstanceOf(ConnectFailedException.class);
            assertThat(((ConnectFailedException) third.cause().orElseThrow()).httpStatus()).hasValue(401);
            assertThat(seen.get(seen.size() - 1).to()).isEqualTo(ClientState.STOPPED);
        }
    }
}

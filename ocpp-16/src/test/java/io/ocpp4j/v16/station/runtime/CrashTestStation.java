package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ReconnectingClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.MvStoreStore;
import io.ocpp4j.v16.station.runtime.testing.TrackedExecutor;
import io.ocpp4j.v16.station.runtime.testing.VirtualScheduler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The station of {@link KillNineCrashTest}, run in a JVM of its own: a two-connector
 * {@link StationRuntime} on a {@link MvStoreStore}, reconnecting over WebSocket to a CSMS that may
 * not be there. It reads commands on standard input ({@code plug 1}, {@code tag 1 A},
 * {@code unplug 1}, {@code advance 60}, {@code status}) and answers each with one line once the
 * station has settled, so the test knows what is durable before it kills the process.
 *
 * <p>Arguments: store file, CSMS port, station identity, Basic-auth password.
 */
public final class CrashTestStation {

    private CrashTestStation() {
    }

    /**
     * @param args store file, port, identity, password
     * @throws Exception if the station cannot start
     */
    public static void main(String[] args) throws Exception {
        Path storeFile = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String identity = args[2];
        String password = args[3];
        TrackedExecutor executor = new TrackedExecutor(2);
        Duration settle = Duration.ofSeconds(10);
        VirtualScheduler time = new VirtualScheduler(Instant.parse("2025-01-06T08:00:00Z"), () -> executor.awaitIdle(settle));
        RpcRuntime rpc = RpcRuntime.builder().name("crash-station").scheduler(time).handlerExecutor(executor).build();
        SimulatedHardware hardware = new SimulatedHardware(2, time.clock());
        MvStoreStore store = MvStoreStore.open(storeFile);
        StationRuntime station = StationRuntime.builder(rpc)
                .identity(identity)
                .bootInfo(BootInfo.builder("ocpp4j", "CrashTest").build())
                .connectors(2)
                .store(store)
                .clock(time.clock())
                .meter(hardware).contactor(hardware).connectorLock(hardware)
                .configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "20")
                .configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true")
                .build();
        hardware.bind(station.events());
        station.start();
        ReconnectingClient client = new ReconnectingClient(ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + port + "/ocpp"))
                .stationIdentity(identity)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password(password)
                .connectTimeout(Duration.ofSeconds(2))
                .build(), new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(100), 3), station::attach, change -> {
                });
        client.start();
        executor.awaitIdle(settle);
        System.out.println("ready");
        System.out.flush();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null) {
            String[] words = line.trim().split(" ");
            switch (words[0]) {
                case "plug" -> hardware.plugIn(Integer.parseInt(words[1]));
                case "unplug" -> hardware.unplug(Integer.parseInt(words[1]));
                case "tag" -> hardware.presentIdTag(Integer.parseInt(words[1]), words[2]);
                case "advance" -> time.advance(Duration.ofSeconds(Long.parseLong(words[1])));
                case "status" -> {
                }
                case "exit" -> {
                    client.stop();
                    station.close();
                    store.close();
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown command " + line);
            }
            executor.awaitIdle(settle);
            System.out.println("ok " + words[0] + " queued=" + station.queuedTransactionMessages()
                    + " registered=" + station.registrationStatus().map(Object::toString).orElse("no"));
            System.out.flush();
        }
    }
}

package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ocpp4j station --ocpp 1.6} runs the library's station runtime: configuration changed by the
 * CSMS is kept in {@code --store FILE} and is there on the next run; the profile's values are its
 * configuration.
 */
class Station16StoreTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LISTENING = "listening on (ws://127\\.0\\.0\\.1:\\d+/ocpp)";

    @TempDir
    Path dir;

    /** Runs a scripted CSMS and one station run against it; returns the CSMS's output. */
    private String session(String script, Path store, int seconds) throws Exception {
        Path file = Files.writeString(dir.resolve("script-" + System.nanoTime() + ".txt"), script);
        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"csms",
                "--host", "127.0.0.1", "--port", "0", "--script", file.toString(), "--quiet"}, out.stream, err.stream));
        String url = out.await(LISTENING, WAIT);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("station", "--url", url, "--id", "CP-ST",
                "--ocpp", "1.6", "--profile", "infypower-exp", "--duration", Integer.toString(seconds), "--quiet"));
        if (store != null) {
            args.addAll(java.util.List.of("--store", store.toString()));
        }
        Cli station = Cli.run(args.toArray(String[]::new));
        assertThat(station.status).as(station.out + station.err).isZero();
        assertThat(csms.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(out.text() + err.text()).isZero();
        return out.text();
    }

    @Test
    void configurationSurvivesARestartOnTheSameStore() throws Exception {
        Path store = dir.resolve("cp-st.mv.db");
        String first = session(String.join("\n",
                "wait CP-ST 20",
                "send CP-ST GetConfiguration {\"key\":[\"GetConfigurationMaxKeys\",\"NumberOfConnectors\",\"MeterValueSampleInterval\"]}",
                "send CP-ST ChangeConfiguration {\"key\":\"MeterValueSampleInterval\",\"value\":\"45\"}",
                "gone CP-ST 20",
                "quit"), store, 2);
        // The profile's values (Infypower EXP: GetConfigurationMaxKeys 10, two connectors, 20 s samples).
        assertThat(first).contains("{\"key\":\"GetConfigurationMaxKeys\",\"readonly\":true,\"value\":\"10\"}")
                .contains("{\"key\":\"NumberOfConnectors\",\"readonly\":true,\"value\":\"2\"}")
                .contains("{\"key\":\"MeterValueSampleInterval\",\"readonly\":false,\"value\":\"20\"}")
                .contains("CP-ST > ChangeConfiguration {\"status\":\"Accepted\"}");
        assertThat(store).exists();

        String second = session(String.join("\n",
                "wait CP-ST 20",
                "send CP-ST GetConfiguration {\"key\":[\"MeterValueSampleInterval\"]}",
                "gone CP-ST 20",
                "quit"), store, 2);
        assertThat(second).contains("{\"key\":\"MeterValueSampleInterval\",\"readonly\":false,\"value\":\"45\"}");
    }

    @Test
    void resetRebootsTheRuntimeWhichBootsAgainWithItsConfiguration() throws Exception {
        String out = session(String.join("\n",
                "wait CP-ST 20",
                "send CP-ST ChangeConfiguration {\"key\":\"MeterValueSampleInterval\",\"value\":\"33\"}",
                "send CP-ST Reset {\"type\":\"Soft\"}",
                "gone CP-ST 20",
                "wait CP-ST 20",
                "send CP-ST GetConfiguration {\"key\":[\"MeterValueSampleInterval\"]}",
                "quit"), null, 10);
        assertThat(out).contains("CP-ST > Reset {\"status\":\"Accepted\"}").contains("CP-ST is gone")
                .contains("{\"key\":\"MeterValueSampleInterval\",\"readonly\":false,\"value\":\"33\"}");
    }
}

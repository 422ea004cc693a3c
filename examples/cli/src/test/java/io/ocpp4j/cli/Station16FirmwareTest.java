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
 * {@code ocpp4j station} with a profile that lists Firmware Management answers UpdateFirmware and
 * GetDiagnostics with the runtime's status notifications (the simulated hardware downloads, installs,
 * reboots and uploads), over the profile's transfer protocols only.
 */
class Station16FirmwareTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LISTENING = "listening on (ws://127\\.0\\.0\\.1:\\d+/ocpp)";

    @TempDir
    Path dir;

    private String session(String profile, int seconds, String... script) throws Exception {
        Path file = Files.writeString(dir.resolve("script.txt"), String.join("\n", script));
        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"csms",
                "--host", "127.0.0.1", "--port", "0", "--script", file.toString()}, out.stream, err.stream));
        String url = out.await(LISTENING, WAIT);
        Cli station = Cli.run("station", "--url", url, "--id", "CP-FW", "--ocpp", "1.6", "--profile", profile,
                "--duration", Integer.toString(seconds), "--quiet");
        assertThat(station.status).as(station.out + station.err).isZero();
        assertThat(csms.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(out.text() + err.text()).isZero();
        return out.text();
    }

    @Test
    void updateFirmwareDownloadsInstallsAndRebootsIntoANewBoot() throws Exception {
        String out = session("izcj-ac", 15, // the reboot, then the transport's reconnect backoff
                "wait CP-FW 20",
                "sleep 1",
                "send CP-FW GetDiagnostics {\"location\":\"ftp://logs.example.com/\"}",
                "send CP-FW UpdateFirmware {\"location\":\"ftp://fw.example.com/image.bin\","
                        + "\"retrieveDate\":\"2020-01-01T00:00:00Z\"}",
                "gone CP-FW 20",
                "wait CP-FW 20",
                "sleep 2",
                "quit");
        assertThat(out).containsPattern("CP-FW > GetDiagnostics \\{\"fileName\":\"diagnostics-\\d+\\.log\"}")
                .contains("Uploading").contains("Uploaded")
                .contains("Downloading").contains("Downloaded").contains("Installing")
                .contains("CP-FW is gone");
        int gone = out.indexOf("CP-FW is gone");
        int boot = out.indexOf("BootNotification", gone);
        assertThat(boot).as("booted again after the reboot").isPositive();
        assertThat(out.indexOf("Installed", boot)).as("Installed, reported by the new firmware once booted")
                .isGreaterThan(boot);
        assertThat(out.substring(0, gone)).doesNotContain("Installed");
    }

    @Test
    void aSchemeTheStationDoesNotDeclareFails() throws Exception {
        String out = session("infypower-exp", 4, // ftp only, as its test report lists
                "wait CP-FW 20",
                "sleep 1",
                "send CP-FW UpdateFirmware {\"location\":\"https://fw.example.com/image.bin\","
                        + "\"retrieveDate\":\"2020-01-01T00:00:00Z\"}",
                "send CP-FW GetDiagnostics {\"location\":\"https://logs.example.com/\"}",
                "sleep 1",
                "quit");
        assertThat(out).contains("DownloadFailed").contains("CP-FW > GetDiagnostics {}").doesNotContain("Installing");
    }
}

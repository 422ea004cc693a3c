package io.ocpp4j.v16.station.runtime.octt;

import static io.ocpp4j.v16.FeatureProfiles.FIRMWARE_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetDiagnosticsResponse;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The OCTT {@code _CS} cases of Firmware Management (sections 2.18 and 2.19), with each transfer
 * protocol the station declares (ORS-16).
 */
final class FirmwareManagementCases {

    private FirmwareManagementCases() {
    }

    static List<OcttCase> all() {
        return List.of(
                OcttCase.of("TC_044_1_CS", "Firmware Update - Download and Install", FIRMWARE_MANAGEMENT,
                        FirmwareManagementCases::downloadAndInstall),
                OcttCase.of("TC_044_2_CS", "Firmware Update - Download Failed", FIRMWARE_MANAGEMENT, run -> {
                    run.boot().transfers().downloads().addAll(List.of(false, false));
                    updateFirmware(run, protocols(run).get(0), 1, 30);
                    run.advance(Duration.ofSeconds(30));
                    assertThat(firmware(run)).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADING,
                            FirmwareStatus.DOWNLOAD_FAILED);
                    assertThat(run.transfers().calls()).hasSize(2).allMatch(call -> call.startsWith("download"));
                    assertThat(run.harness().hardware().reboots()).isEmpty();
                }),
                OcttCase.of("TC_044_3_CS", "Firmware Update - Installation Failed", FIRMWARE_MANAGEMENT,
                        FirmwareManagementCases::installationFailed),
                OcttCase.of("TC_045_1_CS", "Get Diagnostics", FIRMWARE_MANAGEMENT, run -> {
                    run.boot();
                    for (String protocol : protocols(run)) {
                        run.clear();
                        GetDiagnosticsResponse answer = getDiagnostics(run, protocol);
                        assertThat(answer.getFileName()).as(protocol).isNotBlank();
                        assertThat(run.transfers().calls()).as(protocol)
                                .endsWith("upload " + answer.getFileName() + " to " + protocol + "://logs.example.com/");
                        assertThat(diagnostics(run)).as(protocol)
                                .containsExactly(DiagnosticsStatus.UPLOADING, DiagnosticsStatus.UPLOADED);
                    }
                }),
                OcttCase.of("TC_045_2_CS", "Get Diagnostics - Upload Failed", FIRMWARE_MANAGEMENT, run -> {
                    run.boot().transfers().uploads().addAll(List.of(false, false));
                    assertThat(getDiagnostics(run, protocols(run).get(0)).getFileName()).isNotBlank();
                    run.advance(Duration.ofSeconds(30));
                    assertThat(diagnostics(run)).containsExactly(DiagnosticsStatus.UPLOADING, DiagnosticsStatus.UPLOADING,
                            DiagnosticsStatus.UPLOAD_FAILED);
                }));
    }

    private static List<String> protocols(CaseRun run) {
        return run.profile().firmware().transferProtocols().stream().sorted().toList();
    }

    /**
     * Downloading, Downloaded, Installing; the station reboots into the new image and, once its
     * BootNotification is accepted and its connectors reported, says Installed.
     */
    private static void downloadAndInstall(CaseRun run) {
        run.boot();
        String protocol = protocols(run).get(protocols(run).size() - 1);
        updateFirmware(run, protocol, 1, 30);
        assertThat(run.transfers().calls()).containsExactly("download " + protocol + "://fw.example.com/image.bin", "install");
        assertThat(firmware(run)).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                FirmwareStatus.INSTALLING);
        rebootsIntoTheNewImage(run);
        assertThat(firmware(run)).containsExactly(FirmwareStatus.INSTALLED);
    }

    /**
     * An image the hook refuses to install is reported InstallationFailed without a reboot; one whose
     * reboot does not bring the new firmware up is reported InstallationFailed after the reboot.
     */
    private static void installationFailed(CaseRun run) {
        run.boot().transfers().failInstallation(true);
        updateFirmware(run, protocols(run).get(0), 1, 30);
        assertThat(firmware(run)).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                FirmwareStatus.INSTALLING, FirmwareStatus.INSTALLATION_FAILED);
        run.advance(Duration.ofSeconds(5));
        assertThat(run.harness().hardware().reboots()).isEmpty();
        run.clear();
        run.transfers().failInstallation(false);
        run.transfers().failAfterReboot();
        updateFirmware(run, protocols(run).get(0), 1, 30);
        assertThat(firmware(run)).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                FirmwareStatus.INSTALLING);
        rebootsIntoTheNewImage(run);
        assertThat(firmware(run)).containsExactly(FirmwareStatus.INSTALLATION_FAILED);
    }

    /**
     * The hard reboot after the installation; the station comes back on its store: BootNotification,
     * its connectors' statuses, then the update's outcome (the CSMS has received nothing else).
     */
    private static void rebootsIntoTheNewImage(CaseRun run) {
        run.advance(Duration.ofSeconds(1));
        assertThat(run.harness().hardware().reboots()).containsExactly(ResetType.HARD);
        run.clear();
        run.rebootAndConnect(false);
        List<String> expected = new ArrayList<>(List.of("BootNotification"));
        expected.addAll(Collections.nCopies(run.last() + 1, "StatusNotification"));
        expected.add("FirmwareStatusNotification");
        assertThat(run.actions()).containsExactlyElementsOf(expected);
    }

    private static void updateFirmware(CaseRun run, String protocol, int retries, int retryInterval) {
        run.result(run.chargePoint().updateFirmware(new UpdateFirmwareRequest()
                .withLocation(URI.create(protocol + "://fw.example.com/image.bin"))
                .withRetrieveDate(run.now().atOffset(ZoneOffset.UTC)).withRetries(retries).withRetryInterval(retryInterval)));
    }

    private static GetDiagnosticsResponse getDiagnostics(CaseRun run, String protocol) {
        return run.result(run.chargePoint().getDiagnostics(new GetDiagnosticsRequest()
                .withLocation(URI.create(protocol + "://logs.example.com/")).withRetries(1).withRetryInterval(30)));
    }

    private static List<FirmwareStatus> firmware(CaseRun run) {
        return run.received(FirmwareStatusNotificationRequest.class).stream().map(FirmwareStatusNotificationRequest::getStatus)
                .toList();
    }

    private static List<DiagnosticsStatus> diagnostics(CaseRun run) {
        return run.received(DiagnosticsStatusNotificationRequest.class).stream()
                .map(DiagnosticsStatusNotificationRequest::getStatus).toList();
    }
}

package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.station.runtime.testing.ScriptedTransfers;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.18 FirmwareManagement and 2.19 Diagnostics. */
class FirmwareManagementTest {

    private final StationHarness harness = new StationHarness(1, false);
    private final ScriptedTransfers transfers = new ScriptedTransfers();

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot(boolean downloadDuringTransaction) {
        harness.csms().accept("TAG-1");
        harness.start(builder -> builder.remoteTrigger().firmwareManagement(transfers, transfers,
                new FirmwarePolicy(downloadDuringTransaction, Set.of("ftp", "https"))));
        harness.connect();
        harness.csms().clear();
    }

    private void updateFirmware(String location, Duration in, Integer retries, Integer retryInterval) {
        harness.result(harness.chargePoint().updateFirmware(new UpdateFirmwareRequest()
                .withLocation(URI.create(location))
                .withRetrieveDate(harness.time().clock().instant().plus(in).atOffset(ZoneOffset.UTC))
                .withRetries(retries).withRetryInterval(retryInterval)));
    }

    private List<FirmwareStatus> firmwareStatuses() {
        return harness.csms().received(FirmwareStatusNotificationRequest.class).stream()
                .map(FirmwareStatusNotificationRequest::getStatus).toList();
    }

    private List<DiagnosticsStatus> diagnosticsStatuses() {
        return harness.csms().received(DiagnosticsStatusNotificationRequest.class).stream()
                .map(DiagnosticsStatusNotificationRequest::getStatus).toList();
    }

    @Test
    @DisplayName("TC_044_1_CS Firmware Update - Download and Install")
    void TC_044_1_CS_FirmwareUpdateDownloadAndInstall() {
        boot(true);
        updateFirmware("ftp://fw.example.com/cp-2.0.bin", Duration.ofMinutes(5), null, null);
        assertThat(firmwareStatuses()).isEmpty(); // waits for retrieveDate
        harness.advance(Duration.ofMinutes(5));
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                FirmwareStatus.INSTALLING, FirmwareStatus.INSTALLED);
        harness.advance(Duration.ofSeconds(1));
        assertThat(harness.hardware().reboots()).containsExactly(ResetType.HARD);
        assertThat(transfers.calls()).containsExactly("download ftp://fw.example.com/cp-2.0.bin", "install");
    }

    @Test
    @DisplayName("TC_044_2_CS Firmware Update - Download Failed")
    void TC_044_2_CS_FirmwareUpdateDownloadFailed() {
        boot(true);
        transfers.downloads().addAll(List.of(false, false, false));
        updateFirmware("https://fw.example.com/cp.bin", Duration.ZERO, 2, 30);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING);
        harness.advance(Duration.ofSeconds(30));
        harness.advance(Duration.ofSeconds(30));
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADING,
                FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOAD_FAILED);
        assertThat(transfers.calls()).hasSize(3).allMatch(call -> call.startsWith("download"));
        assertThat(harness.hardware().reboots()).isEmpty();
    }

    @Test
    @DisplayName("TC_044_3_CS Firmware Update - Installation Failed")
    void TC_044_3_CS_FirmwareUpdateInstallationFailed() {
        boot(true);
        transfers.failInstallation();
        updateFirmware("ftp://fw.example.com/cp.bin", Duration.ZERO, null, null);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                FirmwareStatus.INSTALLING, FirmwareStatus.INSTALLATION_FAILED);
        harness.advance(Duration.ofMinutes(1));
        assertThat(harness.hardware().reboots()).isEmpty();
    }

    @Test
    @DisplayName("TC_045_1_CS Get Diagnostics")
    void TC_045_1_CS_GetDiagnostics() {
        boot(true);
        String fileName = harness.result(harness.chargePoint().getDiagnostics(new GetDiagnosticsRequest()
                .withLocation(URI.create("ftp://logs.example.com/")))).getFileName();
        assertThat(fileName).isEqualTo("diagnostics.zip");
        assertThat(diagnosticsStatuses()).containsExactly(DiagnosticsStatus.UPLOADING, DiagnosticsStatus.UPLOADED);
        assertThat(transfers.calls()).containsExactly("upload diagnostics.zip to ftp://logs.example.com/");
    }

    @Test
    @DisplayName("TC_045_2_CS Get Diagnostics - Upload Failed")
    void TC_045_2_CS_GetDiagnosticsUploadFailed() {
        boot(true);
        transfers.uploads().addAll(List.of(false, false));
        harness.result(harness.chargePoint().getDiagnostics(new GetDiagnosticsRequest()
                .withLocation(URI.create("ftp://logs.example.com/")).withRetries(1).withRetryInterval(20)));
        harness.advance(Duration.ofSeconds(20));
        assertThat(diagnosticsStatuses()).containsExactly(DiagnosticsStatus.UPLOADING, DiagnosticsStatus.UPLOADING,
                DiagnosticsStatus.UPLOAD_FAILED);
    }

    @Test
    void withoutDownloadsDuringTransactionsTheDownloadWaitsForTheTransactionToEnd() {
        boot(false);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        updateFirmware("ftp://fw.example.com/cp.bin", Duration.ZERO, null, null);
        harness.advance(Duration.ofMinutes(1));
        assertThat(firmwareStatuses()).isEmpty();
        harness.present(1, "TAG-1"); // stops the transaction
        harness.advance(FirmwareManagement.IDLE_POLL);
        assertThat(firmwareStatuses()).startsWith(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED);
    }

    @Test
    void installationWaitsForTheTransactionToEnd() {
        boot(true);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        updateFirmware("ftp://fw.example.com/cp.bin", Duration.ZERO, null, null);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED);
        assertThat(triggeredFirmwareStatus()).isEqualTo(FirmwareStatus.DOWNLOADED);
        harness.present(1, "TAG-1");
        harness.advance(FirmwareManagement.IDLE_POLL);
        assertThat(firmwareStatuses()).endsWith(FirmwareStatus.INSTALLING, FirmwareStatus.INSTALLED);
    }

    @Test
    void unsupportedProtocolsFail() {
        boot(true);
        updateFirmware("sftp://fw.example.com/cp.bin", Duration.ZERO, null, null);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOAD_FAILED);
        assertThat(harness.result(harness.chargePoint().getDiagnostics(new GetDiagnosticsRequest()
                .withLocation(URI.create("http://logs.example.com/")))).getFileName()).isNull();
        assertThat(transfers.calls()).isEmpty();
        assertThat(triggeredFirmwareStatus()).isEqualTo(FirmwareStatus.IDLE);
    }

    private FirmwareStatus triggeredFirmwareStatus() {
        harness.csms().clear();
        harness.result(harness.chargePoint().triggerMessage(new TriggerMessageRequest()
                .withRequestedMessage(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION)));
        List<FirmwareStatus> statuses = firmwareStatuses();
        return statuses.get(statuses.size() - 1);
    }
}

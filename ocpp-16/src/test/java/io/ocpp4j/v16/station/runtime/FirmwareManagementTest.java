package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.RegistrationStatus;
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
import org.junit.jupiter.api.Test;

/**
 * Firmware Management beyond the OCTT cases (TC_044_x and TC_045_x run on the certified stations in
 * {@code octt.FirmwareManagementCases}): the retrieve date, waiting for transactions, unsupported
 * protocols, the update's state kept across restarts, statuses raised while offline.
 */
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

    private FirmwareStatus triggeredFirmwareStatus() {
        harness.csms().clear();
        harness.result(harness.chargePoint().triggerMessage(new TriggerMessageRequest()
                .withRequestedMessage(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION)));
        List<FirmwareStatus> statuses = firmwareStatuses();
        return statuses.get(statuses.size() - 1);
    }

    /** The firmware starts again on the same store after the reboot (or a power cut), and connects. */
    private void restart(boolean powerLoss) {
        harness.csms().clear();
        harness.restart(powerLoss);
        harness.connect();
    }

    @Test
    void theDownloadWaitsForTheRetrieveDate() {
        boot(true);
        updateFirmware("ftp://fw.example.com/cp-2.0.bin", Duration.ofMinutes(5), null, null);
        harness.advance(Duration.ofMinutes(4));
        assertThat(firmwareStatuses()).isEmpty();
        assertThat(triggeredFirmwareStatus()).isEqualTo(FirmwareStatus.IDLE);
        harness.csms().clear();
        harness.advance(Duration.ofMinutes(1));
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                FirmwareStatus.INSTALLING);
        assertThat(transfers.calls()).containsExactly("download ftp://fw.example.com/cp-2.0.bin", "install");
    }

    @Test
    void theOutcomeWaitsForTheBootToBeAcceptedAndIsReportedOnce() {
        boot(true);
        updateFirmware("ftp://fw.example.com/cp-2.0.bin", Duration.ZERO, null, null);
        assertThat(triggeredFirmwareStatus()).isEqualTo(FirmwareStatus.INSTALLING);
        harness.advance(Duration.ofSeconds(1));
        assertThat(harness.hardware().reboots()).containsExactly(ResetType.HARD);
        harness.csms().bootAnswers(60, RegistrationStatus.PENDING);
        restart(false);
        assertThat(harness.csms().actions()).containsExactly("BootNotification");
        // triggered while Pending: the outcome, not yet reported
        assertThat(triggeredFirmwareStatus()).isEqualTo(FirmwareStatus.INSTALLED);
        harness.csms().clear();
        harness.advance(Duration.ofSeconds(60));
        assertThat(harness.csms().actions()).startsWith("BootNotification").endsWith("FirmwareStatusNotification");
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.INSTALLED);
        assertThat(transfers.calls()).endsWith("installation checked");
        assertThat(triggeredFirmwareStatus()).isEqualTo(FirmwareStatus.IDLE);
        restart(false);
        assertThat(firmwareStatuses()).isEmpty();
    }

    @Test
    void anOutcomeTheCsmsDidNotTakeIsReportedAgainAfterAReconnect() {
        boot(true);
        updateFirmware("ftp://fw.example.com/cp-2.0.bin", Duration.ZERO, null, null);
        harness.advance(Duration.ofSeconds(1));
        harness.csms().fail("FirmwareStatusNotification", 1);
        restart(false);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.INSTALLED);
        harness.disconnect();
        harness.csms().clear();
        harness.connect();
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.INSTALLED);
        harness.disconnect();
        harness.csms().clear();
        harness.connect();
        assertThat(firmwareStatuses()).isEmpty();
    }

    @Test
    void anUpdateARestartCutsShortWhileDownloadingIsReportedDownloadFailed() {
        boot(true);
        transfers.downloads().add(false);
        updateFirmware("ftp://fw.example.com/cp-2.0.bin", Duration.ZERO, 3, 600);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING);
        restart(true);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOAD_FAILED);
        harness.advance(Duration.ofMinutes(10));
        assertThat(transfers.calls()).containsExactly("download ftp://fw.example.com/cp-2.0.bin");
    }

    @Test
    void anUpdateARestartCutsShortBeforeInstallingIsReportedInstallationFailed() {
        boot(true);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        updateFirmware("ftp://fw.example.com/cp-2.0.bin", Duration.ZERO, null, null);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED);
        restart(true);
        assertThat(firmwareStatuses()).containsExactly(FirmwareStatus.INSTALLATION_FAILED);
        assertThat(transfers.calls()).doesNotContain("install");
    }

    @Test
    void theLatestStatusRaisedWhileOfflineIsSentOnceBackOnline() {
        boot(true);
        transfers.uploads().add(false);
        harness.result(harness.chargePoint().getDiagnostics(new GetDiagnosticsRequest()
                .withLocation(URI.create("ftp://logs.example.com/")).withRetries(1).withRetryInterval(30)));
        harness.disconnect();
        harness.csms().clear();
        harness.advance(Duration.ofSeconds(30)); // the retry: Uploading, then Uploaded, while offline
        assertThat(transfers.calls()).hasSize(2);
        harness.connect();
        assertThat(harness.csms().received(DiagnosticsStatusNotificationRequest.class))
                .extracting(DiagnosticsStatusNotificationRequest::getStatus).containsExactly(DiagnosticsStatus.UPLOADED);
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
        assertThat(firmwareStatuses()).endsWith(FirmwareStatus.INSTALLING);
        assertThat(transfers.calls()).endsWith("install");
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
}

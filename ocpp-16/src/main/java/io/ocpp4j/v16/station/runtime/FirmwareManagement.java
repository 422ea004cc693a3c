package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetDiagnosticsResponse;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.model.UpdateFirmwareResponse;
import io.ocpp4j.v16.station.FirmwareManagementHandler;
import io.ocpp4j.v16.station.runtime.hardware.DiagnosticsUploader;
import io.ocpp4j.v16.station.runtime.hardware.FirmwareUpdater;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Firmware Management feature profile (OCPP 1.6 §5.5, §5.19, §4.4, §4.5). UpdateFirmware: at
 * {@code retrieveDate} the firmware is downloaded (waiting for the transactions to end first unless
 * {@link FirmwarePolicy#downloadDuringTransaction}), retried up to {@code retries} more times
 * {@code retryInterval} apart, then installed once no transaction is ongoing, and the station
 * reboots into it. Each step is reported with FirmwareStatusNotification: Downloading, Downloaded
 * or DownloadFailed, Installing, then, by the runtime started after the reboot and once its
 * BootNotification is accepted, Installed or InstallationFailed (as
 * {@link FirmwareUpdater#installationSucceeded()} says); an installation that fails before the
 * reboot is reported InstallationFailed at once. The update's state is kept in the store from the
 * download on, so that a restart never leaves it unreported: an update a restart cut short while
 * downloading is reported DownloadFailed, one downloaded but not yet installed InstallationFailed.
 * An update waiting for its retrieveDate is not kept. GetDiagnostics answers the file name, uploads
 * it (with the same retries) and reports Uploading, then Uploaded or UploadFailed. A status raised
 * while the station may not send (offline, or BootNotification not accepted yet) is not lost: the
 * latest of each kind is sent once it may. Without a {@link FirmwareUpdater}
 * ({@link StationRuntime.Builder#diagnostics}) only GetDiagnostics is served and UpdateFirmware is
 * answered {@code NotSupported}. One firmware
 * update and one upload at a time: a new request replaces a waiting one. State thread only, but for
 * the handler methods, which hop onto it.
 */
final class FirmwareManagement implements FirmwareManagementHandler, Registration.Listener {

    private static final Logger log = LoggerFactory.getLogger(FirmwareManagement.class);
    /** How often a step waiting for the transactions to end looks again. */
    static final Duration IDLE_POLL = Duration.ofSeconds(10);
    /** The stored state of the firmware update: the last status reported, or the outcome still to report. */
    private static final String STATUS = "status";

    private final Context ctx;
    private final FirmwareUpdater updater;
    private final DiagnosticsUploader uploader;
    private final FirmwarePolicy policy;
    private final Supplier<Boolean> transactionsOngoing;
    private final Consumer<ResetType> reboot;
    private final StoreMap stored;
    private FirmwareStatus firmwareStatus = FirmwareStatus.IDLE;
    /** The outcome of an update a restart ended, until the CSMS has it; {@code null} when none. */
    private FirmwareStatus outcome;
    private boolean outcomeInFlight;
    /** The latest status raised while the station could not send (offline, or not registered yet). */
    private FirmwareStatus deferredFirmware;
    private DiagnosticsStatus deferredDiagnostics;
    private DiagnosticsStatus diagnosticsStatus = DiagnosticsStatus.IDLE;
    private StateTimer firmwareTimer;
    private StateTimer diagnosticsTimer;
    /** Increases with each UpdateFirmware, so that a replaced update's late callbacks are ignored. */
    private long firmwareGeneration;
    private long diagnosticsGeneration;

    /**
     * @param stored where the update's state survives restarts
     */
    FirmwareManagement(Context ctx, StoreMap stored, FirmwareUpdater updater, DiagnosticsUploader uploader,
                       FirmwarePolicy policy, Supplier<Boolean> transactionsOngoing, Consumer<ResetType> reboot) {
        this.ctx = ctx;
        this.stored = stored;
        this.updater = updater;
        this.uploader = uploader;
        this.policy = policy;
        this.transactionsOngoing = transactionsOngoing;
        this.reboot = reboot;
    }

    /**
     * @return what a triggered FirmwareStatusNotification says: the update's state, the outcome of one
     *         a restart ended while the CSMS does not have it yet, Idle when none
     */
    FirmwareStatus firmwareStatus() {
        return outcome != null ? outcome : firmwareStatus;
    }

    /**
     * At start: an update the restart ended (by the reboot into the new firmware, or cut short by a
     * power loss or a reset) gets its outcome, reported once BootNotification is accepted.
     */
    void start() {
        Optional<FirmwareStatus> before = stored.get(STATUS).map(FirmwareStatus::fromValue);
        if (before.isEmpty()) {
            return;
        }
        outcome = switch (before.get()) {
            case DOWNLOADING -> FirmwareStatus.DOWNLOAD_FAILED;
            case DOWNLOADED -> FirmwareStatus.INSTALLATION_FAILED;
            case INSTALLING -> updater != null && updater.installationSucceeded() ? FirmwareStatus.INSTALLED : FirmwareStatus.INSTALLATION_FAILED;
            default -> before.get(); // an outcome not yet delivered before this restart
        };
        log.info("{}: firmware update ended by the restart: {}", ctx.identity, outcome.value());
        if (outcome != before.get()) {
            stored.put(STATUS, outcome.value());
            ctx.commit();
        }
    }

    @Override
    public void accepted() {
        reportOutcome();
        reportDeferred();
    }

    @Override
    public void resumed() {
        reportOutcome();
        reportDeferred();
    }

    /** Sends the latest firmware and diagnostics statuses raised while the station could not send. */
    private void reportDeferred() {
        if (deferredFirmware != null) {
            sendFirmware(deferredFirmware);
            deferredFirmware = null;
        }
        if (deferredDiagnostics != null) {
            sendDiagnostics(deferredDiagnostics);
            deferredDiagnostics = null;
        }
    }

    /** Sends the outcome of an update a restart ended; it is forgotten once the CSMS has answered. */
    private void reportOutcome() {
        if (outcome == null || outcomeInFlight || !ctx.online()) {
            return;
        }
        FirmwareStatus reported = outcome;
        outcomeInFlight = true;
        ctx.central.firmwareStatusNotification(new FirmwareStatusNotificationRequest().withStatus(reported))
                .whenCompleteAsync((response, failure) -> {
                    outcomeInFlight = false;
                    if (failure != null) {
                        log.info("{}: FirmwareStatusNotification {} not delivered: {}", ctx.identity, reported.value(),
                                failure.getMessage());
                    } else if (outcome == reported) {
                        outcome = null;
                        stored.remove(STATUS);
                        ctx.commit();
                    }
                }, ctx.state);
    }

    /** @return what a triggered DiagnosticsStatusNotification says: the upload's state, Idle when none */
    DiagnosticsStatus diagnosticsStatus() {
        return diagnosticsStatus;
    }

    // ---- UpdateFirmware -------------------------------------------------------------------------

    /** @return whether UpdateFirmware is handled (a {@link FirmwareUpdater} is installed) */
    boolean updatesFirmware() {
        return updater != null;
    }

    /** Without a {@link FirmwareUpdater} (diagnostics only), UpdateFirmware is answered {@code NotSupported}. */
    @Override
    public CompletionStage<UpdateFirmwareResponse> onUpdateFirmware(UpdateFirmwareRequest request, CallContext context) {
        if (updater == null) {
            return io.ocpp4j.core.CallErrorException.notSupported("UpdateFirmware");
        }
        return ctx.supply(() -> {
            long generation = ++firmwareGeneration;
            firmwareTimer = StateTimer.cancel(firmwareTimer);
            int retries = request.getRetries() == null ? 0 : Math.max(0, Math.min(request.getRetries(), 100));
            Duration interval = Duration.ofSeconds(request.getRetryInterval() == null ? 60 : Math.max(0, request.getRetryInterval()));
            Duration wait = Duration.between(ctx.clock.instant(), request.getRetrieveDate().toInstant());
            if (wait.isNegative() || wait.isZero()) {
                ctx.run(() -> download(generation, request.getLocation(), retries, interval));
            } else {
                firmwareTimer = ctx.schedule(wait, () -> download(generation, request.getLocation(), retries, interval));
            }
            return new UpdateFirmwareResponse();
        });
    }

    private void download(long generation, URI uri, int retriesLeft, Duration interval) {
        if (generation != firmwareGeneration) {
            return;
        }
        if (uri == null || !policy.supports(uri.getScheme())) {
            log.warn("{}: firmware location {} not supported", ctx.identity, uri);
            firmware(FirmwareStatus.DOWNLOAD_FAILED);
            return;
        }
        if (!policy.downloadDuringTransaction() && transactionsOngoing.get()) {
            firmwareTimer = ctx.schedule(IDLE_POLL, () -> download(generation, uri, retriesLeft, interval));
            return;
        }
        firmware(FirmwareStatus.DOWNLOADING);
        updater.download(uri).whenCompleteAsync((ok, failure) -> {
            if (generation != firmwareGeneration || ctx.isClosed()) {
                return;
            }
            if (failure == null) {
                firmware(FirmwareStatus.DOWNLOADED);
                install(generation);
            } else if (retriesLeft > 0) {
                log.info("{}: firmware download failed ({}); {} retries left", ctx.identity, failure.getMessage(), retriesLeft);
                firmwareTimer = ctx.schedule(interval, () -> download(generation, uri, retriesLeft - 1, interval));
            } else {
                log.warn("{}: firmware download failed: {}", ctx.identity, failure.getMessage());
                firmware(FirmwareStatus.DOWNLOAD_FAILED);
            }
        }, ctx.state);
    }

    private void install(long generation) {
        if (generation != firmwareGeneration) {
            return;
        }
        if (transactionsOngoing.get()) {
            firmwareTimer = ctx.schedule(IDLE_POLL, () -> install(generation));
            return;
        }
        firmware(FirmwareStatus.INSTALLING);
        updater.install().whenCompleteAsync((ok, failure) -> {
            if (generation != firmwareGeneration || ctx.isClosed()) {
                return;
            }
            if (failure != null) {
                log.warn("{}: firmware installation failed: {}", ctx.identity, failure.getMessage());
                firmware(FirmwareStatus.INSTALLATION_FAILED);
                return;
            }
            log.info("{}: firmware installed; rebooting into it", ctx.identity);
            firmwareTimer = ctx.schedule(Duration.ofSeconds(1), () -> reboot.accept(ResetType.HARD));
        }, ctx.state);
    }

    /** Reports a step of the current update, and keeps it in the store while the update goes on. */
    private void firmware(FirmwareStatus status) {
        boolean ongoing = status == FirmwareStatus.DOWNLOADING || status == FirmwareStatus.DOWNLOADED
                || status == FirmwareStatus.INSTALLING;
        firmwareStatus = ongoing ? status : FirmwareStatus.IDLE;
        outcome = null; // a new update replaces the report of an earlier one
        if (ongoing) {
            stored.put(STATUS, status.value());
        } else {
            stored.remove(STATUS);
        }
        ctx.commit();
        log.info("{}: firmware {}", ctx.identity, status.value());
        if (ctx.online()) {
            deferredFirmware = null;
            sendFirmware(status);
        } else {
            deferredFirmware = status;
        }
    }

    // ---- GetDiagnostics -------------------------------------------------------------------------

    @Override
    public CompletionStage<GetDiagnosticsResponse> onGetDiagnostics(GetDiagnosticsRequest request, CallContext context) {
        return ctx.supply(() -> {
            URI uri = request.getLocation();
            if (uri == null || !policy.supports(uri.getScheme())) {
                log.warn("{}: diagnostics location {} not supported", ctx.identity, request.getLocation());
                return new GetDiagnosticsResponse();
            }
            Optional<String> fileName = uploader.prepare(instant(request.getStartTime()), instant(request.getStopTime()));
            if (fileName.isEmpty()) {
                return new GetDiagnosticsResponse();
            }
            long generation = ++diagnosticsGeneration;
            diagnosticsTimer = StateTimer.cancel(diagnosticsTimer);
            int retries = request.getRetries() == null ? 0 : Math.max(0, Math.min(request.getRetries(), 100));
            Duration interval = Duration.ofSeconds(request.getRetryInterval() == null ? 60 : Math.max(0, request.getRetryInterval()));
            ctx.run(() -> upload(generation, uri, fileName.get(), retries, interval));
            return new GetDiagnosticsResponse().withFileName(fileName.get());
        });
    }

    private void upload(long generation, URI uri, String fileName, int retriesLeft, Duration interval) {
        if (generation != diagnosticsGeneration) {
            return;
        }
        diagnostics(DiagnosticsStatus.UPLOADING);
        uploader.upload(uri, fileName).whenCompleteAsync((ok, failure) -> {
            if (generation != diagnosticsGeneration || ctx.isClosed()) {
                return;
            }
            if (failure == null) {
                diagnostics(DiagnosticsStatus.UPLOADED);
            } else if (retriesLeft > 0) {
                log.info("{}: diagnostics upload failed ({}); {} retries left", ctx.identity, failure.getMessage(), retriesLeft);
                diagnosticsTimer = ctx.schedule(interval, () -> upload(generation, uri, fileName, retriesLeft - 1, interval));
            } else {
                log.warn("{}: diagnostics upload failed: {}", ctx.identity, failure.getMessage());
                diagnostics(DiagnosticsStatus.UPLOAD_FAILED);
            }
        }, ctx.state);
    }

    private void diagnostics(DiagnosticsStatus status) {
        diagnosticsStatus = status == DiagnosticsStatus.UPLOADING ? status : DiagnosticsStatus.IDLE;
        if (ctx.online()) {
            deferredDiagnostics = null;
            sendDiagnostics(status);
        } else {
            deferredDiagnostics = status;
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void sendFirmware(FirmwareStatus status) {
        ctx.central.firmwareStatusNotification(new FirmwareStatusNotificationRequest().withStatus(status))
                .whenComplete(this::logFailure);
    }

    private void sendDiagnostics(DiagnosticsStatus status) {
        ctx.central.diagnosticsStatusNotification(new DiagnosticsStatusNotificationRequest().withStatus(status))
                .whenComplete(this::logFailure);
    }

    private void logFailure(Object response, Throwable failure) {
        if (failure != null) {
            log.info("{}: status notification not delivered: {}", ctx.identity, failure.getMessage());
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    void close() {
        firmwareGeneration++;
        diagnosticsGeneration++;
        firmwareTimer = StateTimer.cancel(firmwareTimer);
        diagnosticsTimer = StateTimer.cancel(diagnosticsTimer);
    }
}

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
 * reboots; each step is reported with FirmwareStatusNotification (Downloading, Downloaded or
 * DownloadFailed, Installing, Installed or InstallationFailed). GetDiagnostics answers the file
 * name, uploads it (with the same retries) and reports Uploading, then Uploaded or UploadFailed.
 * Without a {@link FirmwareUpdater} ({@link StationRuntime.Builder#diagnostics}) only GetDiagnostics
 * is served and UpdateFirmware is answered {@code NotSupported}.
 * One firmware update and one upload at a time: a new request replaces a waiting one. Not durable
 * across restarts. State thread only, but for the handler methods, which hop onto it.
 */
final class FirmwareManagement implements FirmwareManagementHandler {

    private static final Logger log = LoggerFactory.getLogger(FirmwareManagement.class);
    /** How often a step waiting for the transactions to end looks again. */
    static final Duration IDLE_POLL = Duration.ofSeconds(10);

    private final Context ctx;
    private final FirmwareUpdater updater;
    private final DiagnosticsUploader uploader;
    private final FirmwarePolicy policy;
    private final Supplier<Boolean> transactionsOngoing;
    private final Consumer<ResetType> reboot;
    private FirmwareStatus firmwareStatus = FirmwareStatus.IDLE;
    private DiagnosticsStatus diagnosticsStatus = DiagnosticsStatus.IDLE;
    private StateTimer firmwareTimer;
    private StateTimer diagnosticsTimer;
    /** Increases with each UpdateFirmware, so that a replaced update's late callbacks are ignored. */
    private long firmwareGeneration;
    private long diagnosticsGeneration;

    FirmwareManagement(Context ctx, FirmwareUpdater updater, DiagnosticsUploader uploader, FirmwarePolicy policy,
                       Supplier<Boolean> transactionsOngoing, Consumer<ResetType> reboot) {
        this.ctx = ctx;
        this.updater = updater;
        this.uploader = uploader;
        this.policy = policy;
        this.transactionsOngoing = transactionsOngoing;
        this.reboot = reboot;
    }

    /** @return what a triggered FirmwareStatusNotification says: the update's state, Idle when none */
    FirmwareStatus firmwareStatus() {
        return firmwareStatus;
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
            firmware(FirmwareStatus.INSTALLED);
            firmwareTimer = ctx.schedule(Duration.ofSeconds(1), () -> reboot.accept(ResetType.HARD));
        }, ctx.state);
    }

    private void firmware(FirmwareStatus status) {
        firmwareStatus = status == FirmwareStatus.DOWNLOAD_FAILED || status == FirmwareStatus.INSTALLATION_FAILED
                || status == FirmwareStatus.INSTALLED ? FirmwareStatus.IDLE : status;
        log.info("{}: firmware {}", ctx.identity, status.value());
        send(() -> ctx.central.firmwareStatusNotification(new FirmwareStatusNotificationRequest().withStatus(status)));
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
        send(() -> ctx.central.diagnosticsStatusNotification(new DiagnosticsStatusNotificationRequest().withStatus(status)));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void send(Supplier<CompletionStage<?>> call) {
        if (!ctx.online()) {
            return;
        }
        call.get().whenComplete((response, failure) -> {
            if (failure != null) {
                log.info("{}: status notification not delivered: {}", ctx.identity, failure.getMessage());
            }
        });
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

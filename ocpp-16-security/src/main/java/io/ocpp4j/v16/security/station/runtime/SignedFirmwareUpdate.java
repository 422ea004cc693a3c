package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.Firmware;
import io.ocpp4j.v16.security.model.FirmwareStatusEnum;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareRequest;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareResponse;
import io.ocpp4j.v16.security.model.UpdateFirmwareStatusEnum;
import io.ocpp4j.v16.security.station.SecureFirmwareUpdateHandler;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed firmware updates (whitepaper L01). SignedUpdateFirmware is answered {@code InvalidCertificate}
 * (with a InvalidFirmwareSigningCertificate security event) unless the signing certificate chains to
 * an installed ManufacturerRootCertificate; otherwise {@code Accepted} ({@code AcceptedCanceled} when it
 * replaces an update under way). At {@code retrieveDateTime} the image is downloaded (with the
 * request's retries), its signature verified before anything is installed ({@code InvalidSignature}
 * and a security event when it fails), installed at {@code installDateTime} once no transaction is
 * ongoing, and every step reported with SignedFirmwareStatusNotification through the durable queue.
 * From the moment the installation is due until it ends, the connectors are held Unavailable: those
 * without a transaction at once, the others when their transaction ends (as OCPP 2.0.1 L01.FR.07 has
 * it; the whitepaper only says that installation waits for the transactions, L01.FR.06).
 * State thread only, but for the handler, which hops onto it.
 */
final class SignedFirmwareUpdate implements SecureFirmwareUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(SignedFirmwareUpdate.class);
    private static final String REBOOTING_REQUEST = "rebootingRequestId";
    private static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(60);
    /**
     * A retrieve or install time at most this far ahead counts as "now": the station's clock follows the
     * CSMS's within network delay, and a CSMS asking for "now" must not get DownloadScheduled.
     */
    private static final Duration SCHEDULE_TOLERANCE = Duration.ofSeconds(1);

    private final SecurityContext ctx;
    private final SignedFirmwareInstaller installer;
    private final StoreMap state;
    /** Increases with each update, so that a replaced update's late callbacks are ignored. */
    private long generation;
    private boolean busy;
    /** Whether this update holds the connectors Unavailable. */
    private boolean holding;
    private FirmwareStatusEnum lastStatus;
    private Integer lastRequestId;

    SignedFirmwareUpdate(SecurityContext ctx, SignedFirmwareInstaller installer, StoreMap state) {
        this.ctx = ctx;
        this.installer = installer;
        this.state = state;
    }

    /** After a restart: an update that rebooted into the new firmware is reported Installed. */
    void start() {
        state.get(REBOOTING_REQUEST).ifPresent(id -> {
            state.remove(REBOOTING_REQUEST);
            report(FirmwareStatusEnum.INSTALLED, Integer.parseInt(id));
            ctx.raise(SecurityEventType.FIRMWARE_UPDATED, "request " + id);
        });
    }

    /** @return the step sending what a triggered SignedFirmwareStatusNotification says (L01.FR.28/29) */
    Runnable triggeredStatus() {
        FirmwareStatusEnum status = lastStatus == null || lastStatus == FirmwareStatusEnum.INSTALLED
                ? FirmwareStatusEnum.IDLE : lastStatus;
        Integer requestId = status == FirmwareStatusEnum.IDLE ? null : lastRequestId;
        return () -> ctx.csms.signedFirmwareStatusNotification(new SignedFirmwareStatusNotificationRequest()
                .withStatus(status).withRequestId(requestId)).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        log.info("{}: triggered SignedFirmwareStatusNotification not delivered: {}", ctx.identity,
                                failure.getMessage());
                    }
                });
    }

    @Override
    public java.util.concurrent.CompletionStage<SignedUpdateFirmwareResponse> onSignedUpdateFirmware(
            SignedUpdateFirmwareRequest request, CallContext context) {
        return ctx.onState(() -> {
            Firmware firmware = request.getFirmware();
            X509Certificate signer = signingCertificate(firmware.getSigningCertificate());
            if (signer == null) {
                ctx.raise(SecurityEventType.INVALID_FIRMWARE_SIGNING_CERTIFICATE, "request " + request.getRequestId());
                return new SignedUpdateFirmwareResponse().withStatus(UpdateFirmwareStatusEnum.INVALID_CERTIFICATE);
            }
            UpdateFirmwareStatusEnum answer = busy ? UpdateFirmwareStatusEnum.ACCEPTED_CANCELED
                    : UpdateFirmwareStatusEnum.ACCEPTED;
            long current = ++generation;
            busy = true;
            hold(false); // a replaced update that was waiting to install lets the connectors go
            Instant retrieve = firmware.getRetrieveDateTime().toInstant();
            int retries = request.getRetries() == null ? 0 : Math.max(0, request.getRetries());
            Duration interval = request.getRetryInterval() == null ? DEFAULT_RETRY_INTERVAL
                    : Duration.ofSeconds(Math.max(0, request.getRetryInterval()));
            Job job = new Job(current, request.getRequestId(), firmware, signer, retries, interval);
            if (retrieve.isAfter(ctx.now().plus(SCHEDULE_TOLERANCE))) {
                report(FirmwareStatusEnum.DOWNLOAD_SCHEDULED, job.requestId);
                at(retrieve, job, () -> download(job, 0));
            } else {
                at(ctx.now(), job, () -> download(job, 0));
            }
            log.info("{}: SignedUpdateFirmware {} {}", ctx.identity, request.getRequestId(), answer.value());
            return new SignedUpdateFirmwareResponse().withStatus(answer);
        });
    }

    /** One update under way. */
    private record Job(long generation, int requestId, Firmware firmware, X509Certificate signer, int retries,
                       Duration retryInterval) {
    }

    /** @return the signing certificate if it chains to an installed ManufacturerRootCertificate (L01.FR.23) */
    private X509Certificate signingCertificate(String pem) {
        try {
            List<X509Certificate> read = Pem.readCertificates(pem);
            if (read.isEmpty()) {
                return null;
            }
            List<X509Certificate> roots = ctx.certificates.certificates(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE);
            return CertificateChecks.chainsTo(read, roots, ctx.now()) ? read.get(0) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void download(Job job, int attempt) {
        report(FirmwareStatusEnum.DOWNLOADING, job.requestId);
        SignedFirmwareInstaller.DownloadProgress progress = new SignedFirmwareInstaller.DownloadProgress() {
            @Override
            public void paused() {
                onState(job, () -> report(FirmwareStatusEnum.DOWNLOAD_PAUSED, job.requestId));
            }

            @Override
            public void resumed() {
                onState(job, () -> report(FirmwareStatusEnum.DOWNLOADING, job.requestId));
            }
        };
        URI location = URI.create(job.firmware.getLocation());
        installer.download(location, progress).whenComplete((image, failure) -> onState(job, () -> {
            if (failure != null) {
                if (attempt < job.retries) {
                    log.warn("{}: firmware download failed ({}); retry {} of {}", ctx.identity, cause(failure).getMessage(),
                            attempt + 1, job.retries);
                    at(ctx.now().plus(job.retryInterval), job, () -> download(job, attempt + 1));
                } else {
                    finish(FirmwareStatusEnum.DOWNLOAD_FAILED, job);
                }
                return;
            }
            report(FirmwareStatusEnum.DOWNLOADED, job.requestId);
            verifyAndInstall(job, image);
        }));
    }

    private void verifyAndInstall(Job job, Path image) {
        if (!FirmwareSignature.verify(job.signer, image, job.firmware.getSignature())) {
            finish(FirmwareStatusEnum.INVALID_SIGNATURE, job);
            ctx.raise(SecurityEventType.INVALID_FIRMWARE_SIGNATURE, "request " + job.requestId);
            return;
        }
        report(FirmwareStatusEnum.SIGNATURE_VERIFIED, job.requestId);
        if (job.firmware.getInstallDateTime() != null
                && job.firmware.getInstallDateTime().toInstant().isAfter(ctx.now().plus(SCHEDULE_TOLERANCE))) {
            report(FirmwareStatusEnum.INSTALL_SCHEDULED, job.requestId);
            at(job.firmware.getInstallDateTime().toInstant(), job, () -> installWhenIdle(job, image));
        } else {
            installWhenIdle(job, image);
        }
    }

    /** L01.FR.06: installation waits until no transaction is ongoing, the connectors held meanwhile. */
    private void installWhenIdle(Job job, Path image) {
        hold(true);
        ctx.runtime.whenNoTransaction(() -> {
            if (job.generation == generation) {
                install(job, image);
            }
        });
    }

    private void install(Job job, Path image) {
        report(FirmwareStatusEnum.INSTALLING, job.requestId);
        installer.install(image).whenComplete((result, failure) -> onState(job, () -> {
            if (failure != null) {
                finish(cause(failure) instanceof FirmwareVerificationException
                        ? FirmwareStatusEnum.INSTALL_VERIFICATION_FAILED : FirmwareStatusEnum.INSTALLATION_FAILED, job);
            } else if (result == SignedFirmwareInstaller.InstallResult.REBOOT_REQUIRED) {
                state.put(REBOOTING_REQUEST, Integer.toString(job.requestId));
                report(FirmwareStatusEnum.INSTALL_REBOOTING, job.requestId);
                busy = false;
                installer.reboot();
            } else {
                finish(FirmwareStatusEnum.INSTALLED, job);
                ctx.raise(SecurityEventType.FIRMWARE_UPDATED, "request " + job.requestId);
            }
        }));
    }

    private void finish(FirmwareStatusEnum status, Job job) {
        busy = false;
        hold(false);
        report(status, job.requestId);
    }

    /** Holds the connectors Unavailable, or lets them go (the reboot after InstallRebooting does too). */
    private void hold(boolean value) {
        if (holding != value) {
            holding = value;
            ctx.runtime.holdConnectors(value);
        }
    }

    /** Queues SignedFirmwareStatusNotification durably (state thread) and commits. */
    private void report(FirmwareStatusEnum status, int requestId) {
        lastStatus = status;
        lastRequestId = requestId;
        ctx.runtime.enqueue(SecurityActions16.SIGNED_FIRMWARE_STATUS_NOTIFICATION,
                new SignedFirmwareStatusNotificationRequest().withStatus(status).withRequestId(requestId));
        ctx.store.commit();
        log.info("{}: signed firmware update {}: {}", ctx.identity, requestId, status.value());
    }

    /** Runs a step of a job on the state thread at a time, unless a newer update replaced the job. */
    private void at(Instant when, Job job, Runnable step) {
        long delay = Math.max(0, Duration.between(ctx.now(), when).toMillis());
        ctx.scheduler.schedule(() -> onState(job, step), delay, TimeUnit.MILLISECONDS);
    }

    private void onState(Job job, Runnable step) {
        ctx.runtime.onStateThread(() -> {
            if (job.generation == generation) {
                step.run();
            }
            return null;
        });
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.GetLogRequest;
import io.ocpp4j.v16.security.model.GetLogResponse;
import io.ocpp4j.v16.security.model.LogEnum;
import io.ocpp4j.v16.security.model.LogParameters;
import io.ocpp4j.v16.security.model.LogStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.UploadLogStatusEnum;
import io.ocpp4j.v16.security.station.LoggingHandler;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GetLog and LogStatusNotification (whitepaper N01). The security log of the requested period
 * ({@code oldestTimestamp} to {@code latestTimestamp}, both inclusive) is rendered by the runtime, the
 * diagnostics log collected by the {@link LogUploader}; GetLog is answered {@code Accepted} with the
 * file's name (without one when there is nothing to upload), {@code AcceptedCanceled} when it replaces
 * an upload under way, {@code Rejected} for a {@code remoteLocation} that is not an absolute URI. The
 * upload is then reported {@code Uploading} at each attempt, retried {@code retries} more times
 * {@code retryInterval} apart while it ends in {@code UploadFailure}, and its end reported
 * ({@code Uploaded}, {@code UploadFailure}, {@code BadMessage}, {@code NotSupportedOperation},
 * {@code PermissionDenied}), each notification with the request's {@code requestId}, through the durable
 * queue. State thread only, but for the handler, which hops onto it.
 */
final class LogUpload implements LoggingHandler {

    private static final Logger log = LoggerFactory.getLogger(LogUpload.class);
    private static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(60);

    private final SecurityContext ctx;
    private final LogUploader uploader;
    /** Increases with each GetLog, so that a replaced upload's late callbacks are ignored. */
    private long generation;
    /** The upload under way, or {@code null}. */
    private Job current;

    LogUpload(SecurityContext ctx, LogUploader uploader) {
        this.ctx = ctx;
        this.uploader = uploader;
    }

    /** One upload under way. */
    private static final class Job {
        final long generation;
        final int requestId;
        final URI location;
        final LogFile file;
        final int retries;
        final Duration retryInterval;
        CompletionStage<LogUploader.Result> attempt;

        Job(long generation, int requestId, URI location, LogFile file, int retries, Duration retryInterval) {
            this.generation = generation;
            this.requestId = requestId;
            this.location = location;
            this.file = file;
            this.retries = retries;
            this.retryInterval = retryInterval;
        }
    }

    @Override
    public CompletionStage<GetLogResponse> onGetLog(GetLogRequest request, CallContext context) {
        LogParameters parameters = request.getLog();
        Optional<URI> location = location(parameters.getRemoteLocation());
        if (location.isEmpty()) {
            log.info("{}: GetLog {} rejected: remoteLocation is not an absolute URI", ctx.identity, request.getRequestId());
            return CompletableFuture.completedFuture(new GetLogResponse().withStatus(LogStatusEnum.REJECTED));
        }
        Instant oldest = instant(parameters.getOldestTimestamp());
        Instant latest = instant(parameters.getLatestTimestamp());
        CompletionStage<Optional<LogFile>> file = request.getLogType() == LogEnum.SECURITY_LOG
                ? ctx.onState(() -> securityLog(request.getRequestId(), oldest, latest))
                : ctx.onState(() -> uploader.diagnosticsLog(oldest, latest)).thenCompose(stage -> stage);
        return file.thenCompose(collected -> ctx.onState(() -> start(request, location.get(), collected)));
    }

    /** @return the step sending what a triggered LogStatusNotification says: Uploading under way, else Idle */
    Runnable triggeredStatus() {
        LogStatusNotificationRequest status = current == null
                ? new LogStatusNotificationRequest().withStatus(UploadLogStatusEnum.IDLE)
                : new LogStatusNotificationRequest().withStatus(UploadLogStatusEnum.UPLOADING).withRequestId(current.requestId);
        return () -> ctx.csms.logStatusNotification(status).whenComplete((ok, failure) -> {
            if (failure != null) {
                log.info("{}: triggered LogStatusNotification not delivered: {}", ctx.identity, failure.getMessage());
            }
        });
    }

    private Optional<LogFile> securityLog(int requestId, Instant oldest, Instant latest) {
        String text = ctx.securityLog.render(oldest, latest);
        return text.isEmpty() ? Optional.empty()
                : Optional.of(new LogFile(ctx.identity + "-SecurityLog-" + requestId + ".log", text.getBytes(StandardCharsets.UTF_8)));
    }

    private GetLogResponse start(GetLogRequest request, URI location, Optional<LogFile> file) {
        LogStatusEnum status = current == null ? LogStatusEnum.ACCEPTED : LogStatusEnum.ACCEPTED_CANCELED;
        if (current != null) {
            log.info("{}: GetLog {} cancels the upload of request {}", ctx.identity, request.getRequestId(), current.requestId);
            if (current.attempt != null) {
                current.attempt.toCompletableFuture().cancel(true);
            }
            current = null;
        }
        long id = ++generation;
        log.info("{}: GetLog {} {} {}", ctx.identity, request.getRequestId(), request.getLogType().value(), status.value());
        if (file.isEmpty()) {
            return new GetLogResponse().withStatus(status); // no information: no file name, nothing to upload
        }
        int retries = request.getRetries() == null ? 0 : Math.max(0, request.getRetries());
        Duration interval = request.getRetryInterval() == null ? DEFAULT_RETRY_INTERVAL
                : Duration.ofSeconds(Math.max(0, request.getRetryInterval()));
        Job job = new Job(id, request.getRequestId(), location, file.get(), retries, interval);
        current = job;
        attempt(job, 0); // its Uploading is queued behind this answer
        return new GetLogResponse().withStatus(status).withFilename(file.get().fileName());
    }

    private void attempt(Job job, int attempt) {
        report(UploadLogStatusEnum.UPLOADING, job);
        CompletionStage<LogUploader.Result> upload;
        try {
            upload = uploader.upload(job.location, job.file);
        } catch (RuntimeException e) {
            upload = CompletableFuture.failedFuture(e);
        }
        job.attempt = upload;
        upload.whenComplete((result, failure) -> onState(job, () -> {
            LogUploader.Result outcome = failure != null || result == null ? LogUploader.Result.UPLOAD_FAILURE : result;
            if (outcome == LogUploader.Result.UPLOAD_FAILURE && attempt < job.retries) {
                log.warn("{}: log upload {} failed; retry {} of {}", ctx.identity, job.requestId, attempt + 1, job.retries);
                ctx.scheduler.schedule(() -> onState(job, () -> attempt(job, attempt + 1)),
                        job.retryInterval.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            current = null;
            report(status(outcome), job);
        }));
    }

    private static UploadLogStatusEnum status(LogUploader.Result result) {
        return switch (result) {
            case UPLOADED -> UploadLogStatusEnum.UPLOADED;
            case UPLOAD_FAILURE -> UploadLogStatusEnum.UPLOAD_FAILURE;
            case BAD_MESSAGE -> UploadLogStatusEnum.BAD_MESSAGE;
            case NOT_SUPPORTED_OPERATION -> UploadLogStatusEnum.NOT_SUPPORTED_OPERATION;
            case PERMISSION_DENIED -> UploadLogStatusEnum.PERMISSION_DENIED;
        };
    }

    /** Queues LogStatusNotification durably (state thread) and commits. */
    private void report(UploadLogStatusEnum status, Job job) {
        ctx.runtime.enqueue(SecurityActions16.LOG_STATUS_NOTIFICATION,
                new LogStatusNotificationRequest().withStatus(status).withRequestId(job.requestId));
        ctx.store.commit();
        log.info("{}: log upload {}: {}", ctx.identity, job.requestId, status.value());
    }

    /** Runs a step of a job on the state thread, unless a newer GetLog replaced the job. */
    private void onState(Job job, Runnable step) {
        ctx.runtime.onStateThread(() -> {
            if (job.generation == generation && current == job) {
                step.run();
            }
            return null;
        });
    }

    private static Optional<URI> location(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

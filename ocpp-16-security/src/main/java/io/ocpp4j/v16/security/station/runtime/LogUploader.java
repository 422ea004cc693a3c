package io.ocpp4j.v16.security.station.runtime;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The station's hook for GetLog (whitepaper N01): it collects the diagnostics log and moves files to
 * the CSMS's {@code remoteLocation} (FTP, FTPS, HTTP(S), whatever the station supports). The runtime
 * renders the security log itself, answers GetLog, retries failed uploads and reports every step with
 * LogStatusNotification. Called on the runtime's state thread: start the work elsewhere and return
 * at once.
 */
public interface LogUploader {

    /** How one upload attempt ended, as LogStatusNotification reports it. */
    enum Result {
        /** The file is at the remote location. */
        UPLOADED,
        /** The upload failed for a reason that may pass (network, server busy): retried while retries remain. */
        UPLOAD_FAILURE,
        /** The server detected a badly formatted packet or another protocol incompatibility. Not retried. */
        BAD_MESSAGE,
        /** The server does not support the operation. Not retried. */
        NOT_SUPPORTED_OPERATION,
        /** The station's credentials do not allow the operation. Not retried. */
        PERMISSION_DENIED
    }

    /**
     * Collects the station's diagnostics log of a period, for GetLog with {@code DiagnosticsLog}; the
     * answer to GetLog waits for it, so it should complete within seconds.
     *
     * @param oldest the oldest entry wanted, or {@code null} for no limit
     * @param latest the latest entry wanted, or {@code null} for no limit
     * @return the file, or empty when there is no diagnostics information (GetLog is then answered
     *         without a file name and nothing is uploaded); by default always empty
     */
    default CompletionStage<Optional<LogFile>> diagnosticsLog(Instant oldest, Instant latest) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /**
     * Uploads a file to the remote location once.
     *
     * @param location the {@code remoteLocation} of GetLog (a directory; the file keeps its name)
     * @param file what to upload
     * @return how it ended; a failed stage counts as {@link Result#UPLOAD_FAILURE}. The runtime may
     *         cancel the stage when a new GetLog replaces this upload
     */
    CompletionStage<Result> upload(URI location, LogFile file);
}

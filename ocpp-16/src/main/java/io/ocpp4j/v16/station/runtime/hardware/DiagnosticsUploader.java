package io.ocpp4j.v16.station.runtime.hardware;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Collects and uploads diagnostics (logs) for GetDiagnostics. Called on the runtime's state thread:
 * return at once; do the upload elsewhere and complete the stage when done, exceptionally on failure.
 */
public interface DiagnosticsUploader {

    /**
     * Collects the diagnostics of a period into a file.
     *
     * @param startTime the oldest information wanted, or {@code null} for all
     * @param stopTime the newest information wanted, or {@code null} for all
     * @return the file's name (what GetDiagnostics answers), or empty when there is nothing to upload
     */
    Optional<String> prepare(Instant startTime, Instant stopTime);

    /**
     * @param location where to upload (a scheme the station declared)
     * @param fileName the file {@link #prepare} named
     * @return completes when uploaded
     */
    CompletionStage<Void> upload(URI location, String fileName);
}

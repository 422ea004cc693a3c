package io.ocpp4j.v16.station.runtime.testing;

import io.ocpp4j.v16.station.runtime.hardware.DiagnosticsUploader;
import io.ocpp4j.v16.station.runtime.hardware.FirmwareUpdater;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/** Downloads, installations and uploads that succeed, or fail as scripted; each call recorded. */
public final class ScriptedTransfers implements FirmwareUpdater, DiagnosticsUploader {

    private final Deque<Boolean> downloads = new ConcurrentLinkedDeque<>();
    private final Deque<Boolean> uploads = new ConcurrentLinkedDeque<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean installs = true;
    private volatile boolean bootsNewImage = true;

    /** @return the outcomes of the next downloads (true: success); success once empty */
    public Deque<Boolean> downloads() {
        return downloads;
    }

    /** @return the outcomes of the next uploads (true: success); success once empty */
    public Deque<Boolean> uploads() {
        return uploads;
    }

    /** @param fail whether installations fail (before the reboot) */
    public void failInstallation(boolean fail) {
        installs = !fail;
    }

    /** Makes the firmware started after an installation's reboot find the old image running. */
    public void failAfterReboot() {
        bootsNewImage = false;
    }

    /** @return the calls, in order */
    public List<String> calls() {
        return new ArrayList<>(calls);
    }

    @Override
    public CompletionStage<Void> download(URI location) {
        calls.add("download " + location);
        Boolean ok = downloads.poll();
        return outcome(ok == null || ok);
    }

    @Override
    public CompletionStage<Void> install() {
        calls.add("install");
        return outcome(installs);
    }

    @Override
    public boolean installationSucceeded() {
        calls.add("installation checked");
        return bootsNewImage;
    }

    @Override
    public Optional<String> prepare(Instant startTime, Instant stopTime) {
        return Optional.of("diagnostics.zip");
    }

    @Override
    public CompletionStage<Void> upload(URI location, String fileName) {
        calls.add("upload " + fileName + " to " + location);
        Boolean ok = uploads.poll();
        return outcome(ok == null || ok);
    }

    private static CompletionStage<Void> outcome(boolean ok) {
        return ok ? CompletableFuture.completedFuture(null)
                : CompletableFuture.failedFuture(new IllegalStateException("scripted failure"));
    }
}

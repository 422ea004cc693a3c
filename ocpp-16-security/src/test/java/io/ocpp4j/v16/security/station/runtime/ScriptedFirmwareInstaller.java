package io.ocpp4j.v16.security.station.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link SignedFirmwareInstaller} for the tests: "downloads" a given image into a temporary folder
 * (failing the first downloads on demand), "installs" it with a scripted result, and records what it
 * was asked to do.
 */
final class ScriptedFirmwareInstaller implements SignedFirmwareInstaller {

    private final Path folder;
    private final byte[] image;
    private final AtomicInteger failingDownloads = new AtomicInteger();
    private volatile InstallResult installResult = InstallResult.INSTALLED;
    final List<URI> downloads = new CopyOnWriteArrayList<>();
    final List<Path> installs = new CopyOnWriteArrayList<>();
    final AtomicInteger reboots = new AtomicInteger();

    ScriptedFirmwareInstaller(Path folder, byte[] image) {
        this.folder = folder;
        this.image = image.clone();
    }

    /** The next {@code times} downloads fail. */
    ScriptedFirmwareInstaller failDownloads(int times) {
        failingDownloads.set(times);
        return this;
    }

    ScriptedFirmwareInstaller installResult(InstallResult value) {
        this.installResult = value;
        return this;
    }

    @Override
    public CompletionStage<Path> download(URI location, DownloadProgress progress) {
        downloads.add(location);
        if (failingDownloads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return CompletableFuture.failedFuture(new IOException("scripted download failure"));
        }
        try {
            Path file = Files.createTempFile(folder, "firmware", ".bin");
            Files.write(file, image);
            return CompletableFuture.completedFuture(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CompletionStage<InstallResult> install(Path file) {
        installs.add(file);
        return CompletableFuture.completedFuture(installResult);
    }

    @Override
    public void reboot() {
        reboots.incrementAndGet();
    }
}

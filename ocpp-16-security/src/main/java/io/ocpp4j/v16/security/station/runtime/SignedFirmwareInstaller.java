package io.ocpp4j.v16.security.station.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

/**
 * The station's hardware hook for signed firmware updates (whitepaper L01). The runtime checks the
 * signing certificate before accepting SignedUpdateFirmware and the image's signature after the
 * download, before anything is installed; the hook only moves and installs bytes. Called on the
 * runtime's state thread: start the work elsewhere and return at once.
 */
public interface SignedFirmwareInstaller {

    /** What the installation did. */
    enum InstallResult {
        /** The new firmware runs now: the runtime reports {@code Installed}. */
        INSTALLED,
        /**
         * The station must reboot into the new firmware: the runtime reports {@code InstallRebooting},
         * then calls {@link #reboot()}; after the restart on the same store it reports {@code Installed}.
         */
        REBOOT_REQUIRED
    }

    /** Tells the runtime that a download paused or went on (reported as DownloadPaused / Downloading). */
    interface DownloadProgress {
        /** The download is paused (e.g. for tasks of higher priority). */
        void paused();

        /** The download goes on. */
        void resumed();
    }

    /**
     * Downloads the image into a local file.
     *
     * @param location where the firmware is
     * @param progress where to report pauses
     * @return the downloaded file; fail the stage when the download failed
     */
    CompletionStage<Path> download(URI location, DownloadProgress progress);

    /**
     * Installs an image whose signature the runtime has verified.
     *
     * @param image the downloaded file
     * @return what the installation did; fail with {@link FirmwareVerificationException} when the
     *         installer's own check of the image fails (InstallVerificationFailed), with anything
     *         else when installing failed (InstallationFailed)
     */
    CompletionStage<InstallResult> install(Path image);

    /** Reboots into the new firmware after {@link InstallResult#REBOOT_REQUIRED} (default: nothing). */
    default void reboot() {
    }
}

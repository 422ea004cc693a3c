package io.ocpp4j.v16.station.runtime.hardware;

import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * Downloads and installs firmware for UpdateFirmware. Called on the runtime's state thread: start
 * the work elsewhere and return at once; complete the stage when done, exceptionally on failure.
 * After a successful installation the runtime reboots through the {@link Rebooter} (a hard reset),
 * into the new firmware; the update's state is kept in the runtime's store, and the runtime started
 * after the reboot asks {@link #installationSucceeded()} and reports {@code Installed} or
 * {@code InstallationFailed} once its BootNotification is accepted.
 */
public interface FirmwareUpdater {

    /**
     * @param location where the firmware is (a scheme the station declared)
     * @return completes when the image is downloaded (and verified, if the firmware verifies it)
     */
    CompletionStage<Void> download(URI location);

    /** @return completes when the downloaded image is installed, ready for the reboot */
    CompletionStage<Void> install();

    /**
     * Asked once, when the runtime starts after a reboot (or a power loss) that came while the
     * firmware was being installed: whether the station now runs the new firmware. Answer
     * {@code false} when the boot loader fell back to the previous image, or the installation was
     * cut short. The default answers {@code true}.
     *
     * @return whether the installation succeeded
     */
    default boolean installationSucceeded() {
        return true;
    }
}

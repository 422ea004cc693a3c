package io.ocpp4j.v16.station.runtime.hardware;

import java.net.URI;
import java.util.concurrent.CompletionStage;

/**
 * Downloads and installs firmware for UpdateFirmware. Called on the runtime's state thread: start
 * the work elsewhere and return at once; complete the stage when done, exceptionally on failure.
 * After a successful installation the runtime reports {@code Installed} and reboots through the
 * {@link Rebooter} (a hard reset), into the new firmware.
 */
public interface FirmwareUpdater {

    /**
     * @param location where the firmware is (a scheme the station declared)
     * @return completes when the image is downloaded (and verified, if the firmware verifies it)
     */
    CompletionStage<Void> download(URI location);

    /** @return completes when the downloaded image is installed, ready for the reboot */
    CompletionStage<Void> install();
}

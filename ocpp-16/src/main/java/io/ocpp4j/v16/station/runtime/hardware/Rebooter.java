package io.ocpp4j.v16.station.runtime.hardware;

import io.ocpp4j.v16.model.ResetType;

/**
 * Restarts the station after a {@code Reset}, once the runtime has stopped its transactions, tried
 * to deliver their StopTransaction and stopped itself. After the restart, the firmware starts a new
 * runtime on the same store; it sends BootNotification and delivers whatever is still queued.
 */
public interface Rebooter {

    /**
     * Reboots.
     *
     * @param type {@link ResetType#SOFT}: restart the application; {@link ResetType#HARD}: restart
     *             the hardware as well
     */
    void reboot(ResetType type);
}

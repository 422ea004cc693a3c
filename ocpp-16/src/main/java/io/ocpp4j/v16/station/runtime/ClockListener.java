package io.ocpp4j.v16.station.runtime;

import java.time.Instant;

/**
 * Hears the station's clock being set from the CSMS's time (BootNotification and Heartbeat
 * responses), e.g. for the security extension's {@code SettingSystemTime} event. Called on the
 * runtime's state thread after the new time is in force, for every change however small (the
 * listener decides what is worth acting on); it must return quickly.
 */
@FunctionalInterface
public interface ClockListener {

    /**
     * The station's time moved.
     *
     * @param before the station's time just before it was set
     * @param after the station's time just after
     */
    void clockSet(Instant before, Instant after);
}

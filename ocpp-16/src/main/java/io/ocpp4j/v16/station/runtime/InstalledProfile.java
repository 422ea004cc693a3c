package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.ChargingProfile;
import java.util.Objects;

/**
 * A charging profile as installed by SetChargingProfile, with the connector it was set on
 * (0 for the whole station).
 *
 * @param connectorId the connector, 0 for the station
 * @param profile the profile (an absolute profile without {@code startSchedule} has been given the
 *                time it was installed)
 */
public record InstalledProfile(int connectorId, ChargingProfile profile) {

    public InstalledProfile {
        Objects.requireNonNull(profile, "profile");
    }
}

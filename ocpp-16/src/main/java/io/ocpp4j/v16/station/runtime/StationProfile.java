package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.FeatureProfiles;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimiter;
import io.ocpp4j.v16.station.runtime.hardware.DiagnosticsUploader;
import io.ocpp4j.v16.station.runtime.hardware.FirmwareUpdater;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a certified OCPP 1.6 station offers, from its certificate, PICS and ORS: the feature
 * profiles, connectors, measurands, the limits it reports in its configuration keys, the ranges its
 * interval keys accept, its charging rate units, whether the whole station can be reserved, and its
 * firmware policy. {@link #configure}
 * makes a {@link StationRuntime} behave like it; {@link StationProfiles} holds the known ones.
 *
 * @param name a short name, e.g. {@code izcj-ac}
 * @param vendor BootNotification's chargePointVendor
 * @param model BootNotification's chargePointModel
 * @param featureProfiles the feature profiles its certificate lists (names of {@link FeatureProfiles})
 * @param connectors the number of connectors
 * @param fixedCable whether its cables are fixed (no connector lock)
 * @param measurands the measurands it samples (PICS C-09)
 * @param configuration read-only limits as its configuration keys report them (ORS), by key
 * @param ranges the values read-write integer keys accept where its ORS give them (minimum and
 *               maximum {@code HeartbeatInterval} and {@code MeterValueSampleInterval}), by key
 * @param supply its supply, for smart charging's unit conversions
 * @param firmware its firmware policy (PICS AQ-4, ORS-16)
 */
public record StationProfile(String name, String vendor, String model, List<String> featureProfiles, int connectors,
                             boolean fixedCable, List<Measurand> measurands, Map<String, String> configuration,
                             Map<String, KeyRange> ranges, ElectricalSupply supply, FirmwarePolicy firmware) {

    public StationProfile {
        Objects.requireNonNull(name, "name");
        featureProfiles = List.copyOf(featureProfiles);
        measurands = List.copyOf(measurands);
        configuration = Map.copyOf(configuration);
        ranges = Map.copyOf(ranges);
        if (!featureProfiles.contains(FeatureProfiles.CORE)) {
            throw new IllegalArgumentException("every station supports Core");
        }
    }

    /**
     * @param profile a feature profile's name
     * @return whether the station's certificate lists it
     */
    public boolean supports(String profile) {
        return featureProfiles.contains(profile);
    }

    /** @return whether a reservation of connector 0 (the whole station) is supported (PICS R-1) */
    public boolean reservesWholeStation() {
        return Boolean.parseBoolean(configuration.get(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED));
    }

    /**
     * @param key a configuration key
     * @return the values the station accepts for it, where its ORS give them
     */
    public Optional<KeyRange> range(String key) {
        return Optional.ofNullable(ranges.get(key));
    }

    /**
     * Configures a runtime as this station: boot information, connectors, feature profiles, the
     * limits in its configuration keys and the ranges of its interval keys. The caller adds meter, contactor, lock (unless
     * {@link #fixedCable}), rebooter and store.
     *
     * @param builder the runtime's builder
     * @param limiter applies smart charging's limits (used with Smart Charging)
     * @param updater downloads and installs firmware (used with Firmware Management)
     * @param uploader uploads diagnostics (used with Firmware Management)
     * @return the builder
     */
    public StationRuntime.Builder configure(StationRuntime.Builder builder, ChargingLimiter limiter,
                                            FirmwareUpdater updater, DiagnosticsUploader uploader) {
        builder.identity(name)
                .bootInfo(BootInfo.builder(vendor, model).build())
                .connectors(connectors)
                .localAuthListManagement(supports(FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT));
        if (supports(FeatureProfiles.SMART_CHARGING)) {
            builder.smartCharging(supply, limiter);
        }
        if (supports(FeatureProfiles.RESERVATION)) {
            builder.reservation();
        }
        if (supports(FeatureProfiles.REMOTE_TRIGGER)) {
            builder.remoteTrigger();
        }
        if (supports(FeatureProfiles.FIRMWARE_MANAGEMENT)) {
            builder.firmwareManagement(updater, uploader, firmware);
        }
        configuration.forEach(builder::configure);
        ranges.forEach(builder::range);
        return builder;
    }
}

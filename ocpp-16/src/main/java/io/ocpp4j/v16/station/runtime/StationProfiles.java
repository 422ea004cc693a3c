package io.ocpp4j.v16.station.runtime;

import static io.ocpp4j.v16.FeatureProfiles.CORE;
import static io.ocpp4j.v16.FeatureProfiles.FIRMWARE_MANAGEMENT;
import static io.ocpp4j.v16.FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT;
import static io.ocpp4j.v16.FeatureProfiles.REMOTE_TRIGGER;
import static io.ocpp4j.v16.FeatureProfiles.RESERVATION;
import static io.ocpp4j.v16.FeatureProfiles.SMART_CHARGING;
import static java.util.Map.entry;

import io.ocpp4j.v16.model.Measurand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OCPP 1.6 stations certified by the Open Charge Alliance that ocpp4j reproduces, from their
 * certificates, PICS and ORS: the ORS limits a key of the runtime carries are set, and the minimum
 * and maximum HeartbeatInterval and MeterValueSampleInterval (ORS-4 to ORS-7) are the ranges of
 * those keys, where the abstract gives them (an end it leaves out keeps the runtime's: 0 to
 * 2147483647 for HeartbeatInterval, 0 to 86400 for MeterValueSampleInterval). DC stations have no phases in their PICS:
 * their supply is modelled as 400 V on one "phase", 200 A.
 */
public final class StationProfiles {

    private static final List<String> ALL_SIX = List.of(CORE, FIRMWARE_MANAGEMENT, LOCAL_AUTH_LIST_MANAGEMENT,
            SMART_CHARGING, REMOTE_TRIGGER, RESERVATION);
    private static final String MAX_INT = Integer.toString(Integer.MAX_VALUE);
    private static final ElectricalSupply DC = new ElectricalSupply(400, 1, BigDecimal.valueOf(200));

    /** XJ Power iZCJ AC Charger: one fixed-cable AC connector, 1 and 3 phases; DNV, June 2024. */
    public static final StationProfile IZCJ_AC_CHARGER = new StationProfile("izcj-ac", "XJ Power Co., Ltd.",
            "iZCJ AC Charger", ALL_SIX, 1, true,
            List.of(Measurand.VOLTAGE, Measurand.POWER_ACTIVE_IMPORT, Measurand.CURRENT_IMPORT,
                    Measurand.ENERGY_ACTIVE_IMPORT_REGISTER),
            Map.ofEntries(entry(ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS, "40"),
                    entry(ConfigurationKeys.METER_VALUES_ALIGNED_DATA_MAX_LENGTH, "5"),
                    entry(ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH, "5"),
                    entry(ConfigurationKeys.STOP_TXN_ALIGNED_DATA_MAX_LENGTH, "1"),
                    entry(ConfigurationKeys.STOP_TXN_SAMPLED_DATA_MAX_LENGTH, "1"),
                    entry(ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH, "10"),
                    entry(ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH, "10"),
                    entry(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "true"),
                    entry(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL, "20"),
                    entry(SmartChargingKeys.CHARGING_SCHEDULE_MAX_PERIODS, "5"),
                    entry(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, "Current")),
            Map.of(ConfigurationKeys.HEARTBEAT_INTERVAL, new KeyRange(10, 86_400),
                    ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, new KeyRange(5, 86_400)),
            ElectricalSupply.THREE_PHASE_230V_32A, new FirmwarePolicy(false, Set.of("ftp")));

    /** XCHARGE C6: two fixed-cable DC connectors. */
    public static final StationProfile XCHARGE_C6 = new StationProfile("xcharge-c6", "XCHARGE GROUP", "C6", ALL_SIX,
            2, true,
            List.of(Measurand.CURRENT_IMPORT, Measurand.SO_C, Measurand.POWER_ACTIVE_IMPORT, Measurand.TEMPERATURE,
                    Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.VOLTAGE, Measurand.CURRENT_OFFERED,
                    Measurand.POWER_OFFERED),
            Map.ofEntries(entry(ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS, "60"),
                    entry(ConfigurationKeys.METER_VALUES_ALIGNED_DATA_MAX_LENGTH, MAX_INT),
                    entry(ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH, MAX_INT),
                    entry(ConfigurationKeys.STOP_TXN_ALIGNED_DATA_MAX_LENGTH, MAX_INT),
                    entry(ConfigurationKeys.STOP_TXN_SAMPLED_DATA_MAX_LENGTH, MAX_INT),
                    entry(ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH, "50"),
                    entry(ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH, "50"),
                    entry(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "false"),
                    entry(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL, "3"),
                    entry(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, "Current,Power")),
            Map.of(), // ORS-4 and ORS-6: minimum 0, the runtime's; no maximum given
            DC, new FirmwarePolicy(true, Set.of("http", "https", "ftp", "ftps")));

    /** Infypower EXP series: two fixed-cable connectors; KSGA, June 2023. */
    public static final StationProfile INFYPOWER_EXP = new StationProfile("infypower-exp", "Infypower", "EXP Series",
            ALL_SIX, 2, true,
            List.of(Measurand.CURRENT_EXPORT, Measurand.CURRENT_IMPORT, Measurand.ENERGY_ACTIVE_EXPORT_REGISTER,
                    Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.POWER_ACTIVE_EXPORT, Measurand.POWER_ACTIVE_IMPORT,
                    Measurand.SO_C, Measurand.TEMPERATURE, Measurand.VOLTAGE),
            Map.ofEntries(entry(ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS, "10"),
                    entry(ConfigurationKeys.METER_VALUES_ALIGNED_DATA_MAX_LENGTH, "10"),
                    entry(ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH, "15"),
                    entry(ConfigurationKeys.STOP_TXN_ALIGNED_DATA_MAX_LENGTH, "0"),
                    entry(ConfigurationKeys.STOP_TXN_SAMPLED_DATA_MAX_LENGTH, "0"),
                    entry(ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH, "100000"),
                    entry(ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH, "400"),
                    entry(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "false"),
                    entry(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL, "2"),
                    entry(SmartChargingKeys.CHARGING_SCHEDULE_MAX_PERIODS, "48"),
                    entry(SmartChargingKeys.MAX_CHARGING_PROFILES_INSTALLED, "14"),
                    entry(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, "Current,Power")),
            Map.of(), // its abstract lists configuration values, no ranges
            DC, new FirmwarePolicy(false, Set.of("ftp")));

    /** EVSIS JC-9932-100-CU07: two fixed-cable DC connectors; KSGA, August 2024. */
    public static final StationProfile EVSIS_JC_9932 = new StationProfile("evsis-jc-9932", "EVSIS Co., Ltd.",
            "JC-9932-100-CU07", ALL_SIX, 2, true,
            List.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.SO_C, Measurand.POWER_OFFERED,
                    Measurand.CURRENT_OFFERED, Measurand.POWER_ACTIVE_IMPORT),
            Map.ofEntries(entry(ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS, "3"),
                    entry(ConfigurationKeys.METER_VALUES_ALIGNED_DATA_MAX_LENGTH, "8"),
                    entry(ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH, "8"),
                    entry(ConfigurationKeys.STOP_TXN_ALIGNED_DATA_MAX_LENGTH, "8"),
                    entry(ConfigurationKeys.STOP_TXN_SAMPLED_DATA_MAX_LENGTH, "8"),
                    entry(ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH, "100000"),
                    entry(ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH, "100"),
                    entry(ConfigurationKeys.RESERVE_CONNECTOR_ZERO_SUPPORTED, "false"),
                    entry(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL, "5"),
                    entry(SmartChargingKeys.CHARGING_SCHEDULE_MAX_PERIODS, "24"),
                    entry(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, "Current")),
            Map.of(ConfigurationKeys.HEARTBEAT_INTERVAL, new KeyRange(0, 60),
                    ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, new KeyRange(0, 300)),
            DC, new FirmwarePolicy(false, Set.of("http", "ftp", "https")));

    private static final List<StationProfile> ALL = List.of(IZCJ_AC_CHARGER, XCHARGE_C6, INFYPOWER_EXP, EVSIS_JC_9932);

    private StationProfiles() {
    }

    /** @return every known profile */
    public static List<StationProfile> all() {
        return ALL;
    }

    /**
     * @param name a profile's {@link StationProfile#name}
     * @return the profile, if known
     */
    public static Optional<StationProfile> named(String name) {
        return ALL.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }
}

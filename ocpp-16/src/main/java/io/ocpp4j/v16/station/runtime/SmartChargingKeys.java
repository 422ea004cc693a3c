package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.station.runtime.ConfigurationKey.Type;
import java.util.List;

/**
 * The configuration keys of the Smart Charging feature profile (OCPP 1.6 §9.4), all read-only,
 * with the runtime's defaults; firmware may narrow them with
 * {@link StationRuntime.Builder#configure(String, String)}.
 */
public final class SmartChargingKeys {

    /** The highest {@code stackLevel} a profile may have. */
    public static final String CHARGE_PROFILE_MAX_STACK_LEVEL = "ChargeProfileMaxStackLevel";
    /** The units schedules may use: {@code Current}, {@code Power} or both. */
    public static final String CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT = "ChargingScheduleAllowedChargingRateUnit";
    /** The most periods a schedule may have. */
    public static final String CHARGING_SCHEDULE_MAX_PERIODS = "ChargingScheduleMaxPeriods";
    /** Whether a connector may switch from three phases to one during a transaction. */
    public static final String CONNECTOR_SWITCH_3_TO_1_PHASE_SUPPORTED = "ConnectorSwitch3to1PhaseSupported";
    /** The most profiles installed at once. */
    public static final String MAX_CHARGING_PROFILES_INSTALLED = "MaxChargingProfilesInstalled";

    private SmartChargingKeys() {
    }

    /** @return the definitions, in the order of the specification */
    public static List<ConfigurationKey> standard() {
        return List.of(
                readOnlyInteger(CHARGE_PROFILE_MAX_STACK_LEVEL, "10"),
                ConfigurationKey.builder(CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, Type.CSL).readOnly(true)
                        .members(List.of("Current", "Power")).defaultValue("Current,Power").build(),
                readOnlyInteger(CHARGING_SCHEDULE_MAX_PERIODS, "24"),
                ConfigurationKey.builder(CONNECTOR_SWITCH_3_TO_1_PHASE_SUPPORTED, Type.BOOLEAN).readOnly(true)
                        .defaultValue("false").build(),
                readOnlyInteger(MAX_CHARGING_PROFILES_INSTALLED, "10"));
    }

    private static ConfigurationKey readOnlyInteger(String name, String value) {
        return ConfigurationKey.builder(name, Type.INTEGER).readOnly(true).range(0, 1000).defaultValue(value).build();
    }
}

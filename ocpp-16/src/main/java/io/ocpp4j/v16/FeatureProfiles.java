package io.ocpp4j.v16;

/**
 * The names of the six OCPP 1.6 feature profiles, as {@link io.ocpp4j.core.Action#feature()}
 * reports them for the actions of {@link Actions16}.
 */
public final class FeatureProfiles {

    /** Boot, heartbeat, authorization, transactions, configuration, reset, data transfer. */
    public static final String CORE = "Core";
    /** Firmware updates and diagnostics uploads. */
    public static final String FIRMWARE_MANAGEMENT = "FirmwareManagement";
    /** The station's local authorization list. */
    public static final String LOCAL_AUTH_LIST_MANAGEMENT = "LocalAuthListManagement";
    /** Reserving a connector for an id tag. */
    public static final String RESERVATION = "Reservation";
    /** Charging profiles and composite schedules. */
    public static final String SMART_CHARGING = "SmartCharging";
    /** The CSMS asking the station to send a message now. */
    public static final String REMOTE_TRIGGER = "RemoteTrigger";

    private FeatureProfiles() {
    }
}

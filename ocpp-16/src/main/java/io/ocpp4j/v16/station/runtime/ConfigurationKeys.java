package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.FeatureProfiles;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.station.runtime.ConfigurationKey.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The standard configuration keys of OCPP 1.6 (section 9) that the runtime implements: every key of
 * the Core and Local Auth List Management profiles. Names are constants; {@link #standard} gives
 * their definitions with the runtime's defaults.
 */
public final class ConfigurationKeys {

    /** Core: whether an unknown id tag may start a transaction while offline. */
    public static final String ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID = "AllowOfflineTxForUnknownId";
    /** Core: whether the authorization cache is used. */
    public static final String AUTHORIZATION_CACHE_ENABLED = "AuthorizationCacheEnabled";
    /** Core: whether RemoteStartTransaction's id tag is authorized before the transaction starts. */
    public static final String AUTHORIZE_REMOTE_TX_REQUESTS = "AuthorizeRemoteTxRequests";
    /** Core: times to blink the lights when signalling. */
    public static final String BLINK_REPEAT = "BlinkRepeat";
    /** Core: seconds between clock-aligned meter values; 0 disables them. */
    public static final String CLOCK_ALIGNED_DATA_INTERVAL = "ClockAlignedDataInterval";
    /** Core: seconds an authorized driver has to plug in. */
    public static final String CONNECTION_TIME_OUT = "ConnectionTimeOut";
    /** Core: the phase rotation of each connector. */
    public static final String CONNECTOR_PHASE_ROTATION = "ConnectorPhaseRotation";
    /** Core: the most members {@code ConnectorPhaseRotation} may have. */
    public static final String CONNECTOR_PHASE_ROTATION_MAX_LENGTH = "ConnectorPhaseRotationMaxLength";
    /** Core: the most keys one GetConfiguration may ask for. */
    public static final String GET_CONFIGURATION_MAX_KEYS = "GetConfigurationMaxKeys";
    /** Core: seconds between heartbeats; 0 disables them. */
    public static final String HEARTBEAT_INTERVAL = "HeartbeatInterval";
    /** Core: light intensity, in percent. */
    public static final String LIGHT_INTENSITY = "LightIntensity";
    /** Core: whether known id tags are authorized from the cache or local list while offline. */
    public static final String LOCAL_AUTHORIZE_OFFLINE = "LocalAuthorizeOffline";
    /** Core: whether known, valid id tags start at once, without waiting for Authorize. */
    public static final String LOCAL_PRE_AUTHORIZE = "LocalPreAuthorize";
    /** Core: energy (Wh) delivered after an id tag is found invalid during a transaction. */
    public static final String MAX_ENERGY_ON_INVALID_ID = "MaxEnergyOnInvalidId";
    /** Core: measurands of clock-aligned meter values. */
    public static final String METER_VALUES_ALIGNED_DATA = "MeterValuesAlignedData";
    /** Core: the most measurands {@code MeterValuesAlignedData} may have. */
    public static final String METER_VALUES_ALIGNED_DATA_MAX_LENGTH = "MeterValuesAlignedDataMaxLength";
    /** Core: measurands of sampled meter values. */
    public static final String METER_VALUES_SAMPLED_DATA = "MeterValuesSampledData";
    /** Core: the most measurands {@code MeterValuesSampledData} may have. */
    public static final String METER_VALUES_SAMPLED_DATA_MAX_LENGTH = "MeterValuesSampledDataMaxLength";
    /** Core: seconds between sampled meter values during a transaction; 0 disables them. */
    public static final String METER_VALUE_SAMPLE_INTERVAL = "MeterValueSampleInterval";
    /** Core: seconds a status must last before it is reported. */
    public static final String MINIMUM_STATUS_DURATION = "MinimumStatusDuration";
    /** Core: the number of connectors. */
    public static final String NUMBER_OF_CONNECTORS = "NumberOfConnectors";
    /** Core: times to retry a failed reset. */
    public static final String RESET_RETRIES = "ResetRetries";
    /** Core: whether unplugging on the EV side stops the transaction. */
    public static final String STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT = "StopTransactionOnEVSideDisconnect";
    /** Core: whether a transaction stops when its id tag is found invalid. */
    public static final String STOP_TRANSACTION_ON_INVALID_ID = "StopTransactionOnInvalidId";
    /** Core: clock-aligned measurands reported in StopTransaction. */
    public static final String STOP_TXN_ALIGNED_DATA = "StopTxnAlignedData";
    /** Core: the most measurands {@code StopTxnAlignedData} may have. */
    public static final String STOP_TXN_ALIGNED_DATA_MAX_LENGTH = "StopTxnAlignedDataMaxLength";
    /** Core: sampled measurands reported in StopTransaction. */
    public static final String STOP_TXN_SAMPLED_DATA = "StopTxnSampledData";
    /** Core: the most measurands {@code StopTxnSampledData} may have. */
    public static final String STOP_TXN_SAMPLED_DATA_MAX_LENGTH = "StopTxnSampledDataMaxLength";
    /** Core: the feature profiles the station supports. */
    public static final String SUPPORTED_FEATURE_PROFILES = "SupportedFeatureProfiles";
    /** Core: the most members {@code SupportedFeatureProfiles} may have. */
    public static final String SUPPORTED_FEATURE_PROFILES_MAX_LENGTH = "SupportedFeatureProfilesMaxLength";
    /** Core: times a transaction message is tried when the CSMS fails to process it. */
    public static final String TRANSACTION_MESSAGE_ATTEMPTS = "TransactionMessageAttempts";
    /** Core: seconds to wait before retrying a transaction message, times the failed attempts. */
    public static final String TRANSACTION_MESSAGE_RETRY_INTERVAL = "TransactionMessageRetryInterval";
    /** Core: whether unplugging on the EV side unlocks the connector. */
    public static final String UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT = "UnlockConnectorOnEVSideDisconnect";
    /** Core: seconds between WebSocket pings; 0 disables them (applied by the transport). */
    public static final String WEB_SOCKET_PING_INTERVAL = "WebSocketPingInterval";
    /** Local Auth List Management: whether the local list is used. */
    public static final String LOCAL_AUTH_LIST_ENABLED = "LocalAuthListEnabled";
    /** Local Auth List Management: the most entries the local list holds. */
    public static final String LOCAL_AUTH_LIST_MAX_LENGTH = "LocalAuthListMaxLength";
    /** Local Auth List Management: the most entries one SendLocalList may carry. */
    public static final String SEND_LOCAL_LIST_MAX_LENGTH = "SendLocalListMaxLength";
    /** Reservation: whether a reservation of connector 0 (any connector) is supported. */
    public static final String RESERVE_CONNECTOR_ZERO_SUPPORTED = "ReserveConnectorZeroSupported";

    private static final String PHASE_ROTATION = "(\\d+\\.)?(NotApplicable|Unknown|RST|RTS|SRT|STR|TRS|TSR)";
    private static final List<String> PROFILES = List.of(FeatureProfiles.CORE, FeatureProfiles.FIRMWARE_MANAGEMENT,
            FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT, FeatureProfiles.RESERVATION, FeatureProfiles.SMART_CHARGING,
            FeatureProfiles.REMOTE_TRIGGER);

    private ConfigurationKeys() {
    }

    /**
     * The definitions of the standard keys, with the runtime's defaults. Read-only limits default to
     * what the runtime supports; firmware may set them lower with
     * {@link StationRuntime.Builder#configure(String, String)}.
     *
     * @param connectors the number of connectors
     * @param measurands what the meter reads
     * @param profiles the supported feature profiles
     * @return the definitions, in the order of the specification
     */
    public static List<ConfigurationKey> standard(int connectors, Collection<Measurand> measurands,
                                                  Collection<String> profiles) {
        List<String> measurandNames = measurands.stream().map(Measurand::value).toList();
        String maxMeasurands = Integer.toString(measurandNames.size());
        List<ConfigurationKey> keys = new ArrayList<>();
        keys.add(bool(ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, false));
        keys.add(bool(AUTHORIZATION_CACHE_ENABLED, true));
        keys.add(bool(AUTHORIZE_REMOTE_TX_REQUESTS, false));
        keys.add(integer(BLINK_REPEAT, 0, 0, Integer.MAX_VALUE));
        keys.add(integer(CLOCK_ALIGNED_DATA_INTERVAL, 0, 0, 86_400));
        keys.add(integer(CONNECTION_TIME_OUT, 60, 1, 86_400));
        keys.add(ConfigurationKey.builder(CONNECTOR_PHASE_ROTATION, Type.CSL).pattern(PHASE_ROTATION)
                .maxMembersKey(CONNECTOR_PHASE_ROTATION_MAX_LENGTH).defaultValue("0.Unknown").build());
        keys.add(readOnly(CONNECTOR_PHASE_ROTATION_MAX_LENGTH, Integer.toString(connectors + 1)));
        keys.add(readOnly(GET_CONFIGURATION_MAX_KEYS, "100"));
        keys.add(integer(HEARTBEAT_INTERVAL, 300, 0, Integer.MAX_VALUE));
        keys.add(integer(LIGHT_INTENSITY, 100, 0, 100));
        keys.add(bool(LOCAL_AUTHORIZE_OFFLINE, true));
        keys.add(bool(LOCAL_PRE_AUTHORIZE, false));
        keys.add(integer(MAX_ENERGY_ON_INVALID_ID, 0, 0, Integer.MAX_VALUE));
        keys.add(measurandList(METER_VALUES_ALIGNED_DATA, measurandNames, METER_VALUES_ALIGNED_DATA_MAX_LENGTH,
                Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.value()));
        keys.add(readOnly(METER_VALUES_ALIGNED_DATA_MAX_LENGTH, maxMeasurands));
        keys.add(measurandList(METER_VALUES_SAMPLED_DATA, measurandNames, METER_VALUES_SAMPLED_DATA_MAX_LENGTH,
                Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.value()));
        keys.add(readOnly(METER_VALUES_SAMPLED_DATA_MAX_LENGTH, maxMeasurands));
        keys.add(integer(METER_VALUE_SAMPLE_INTERVAL, 60, 0, 86_400));
        keys.add(integer(MINIMUM_STATUS_DURATION, 0, 0, 86_400));
        keys.add(readOnly(NUMBER_OF_CONNECTORS, Integer.toString(connectors)));
        keys.add(integer(RESET_RETRIES, 3, 0, 100));
        keys.add(bool(STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT, true));
        keys.add(bool(STOP_TRANSACTION_ON_INVALID_ID, true));
        keys.add(measurandList(STOP_TXN_ALIGNED_DATA, measurandNames, STOP_TXN_ALIGNED_DATA_MAX_LENGTH, ""));
        keys.add(readOnly(STOP_TXN_ALIGNED_DATA_MAX_LENGTH, maxMeasurands));
        keys.add(measurandList(STOP_TXN_SAMPLED_DATA, measurandNames, STOP_TXN_SAMPLED_DATA_MAX_LENGTH, ""));
        keys.add(readOnly(STOP_TXN_SAMPLED_DATA_MAX_LENGTH, maxMeasurands));
        keys.add(ConfigurationKey.builder(SUPPORTED_FEATURE_PROFILES, Type.CSL).readOnly(true).members(PROFILES)
                .maxMembersKey(SUPPORTED_FEATURE_PROFILES_MAX_LENGTH).defaultValue(String.join(",", profiles)).build());
        keys.add(readOnly(SUPPORTED_FEATURE_PROFILES_MAX_LENGTH, Integer.toString(PROFILES.size())));
        keys.add(integer(TRANSACTION_MESSAGE_ATTEMPTS, 3, 1, 100));
        keys.add(integer(TRANSACTION_MESSAGE_RETRY_INTERVAL, 60, 0, 86_400));
        keys.add(bool(UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT, true));
        keys.add(integer(WEB_SOCKET_PING_INTERVAL, 0, 0, 86_400));
        if (profiles.contains(FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT)) {
            keys.add(bool(LOCAL_AUTH_LIST_ENABLED, true));
            keys.add(readOnly(LOCAL_AUTH_LIST_MAX_LENGTH, "1000"));
            keys.add(readOnly(SEND_LOCAL_LIST_MAX_LENGTH, "100"));
        }
        if (profiles.contains(FeatureProfiles.RESERVATION)) {
            keys.add(ConfigurationKey.builder(RESERVE_CONNECTOR_ZERO_SUPPORTED, Type.BOOLEAN).readOnly(true)
                    .defaultValue("false").build());
        }
        if (profiles.contains(FeatureProfiles.SMART_CHARGING)) {
            keys.addAll(SmartChargingKeys.standard());
        }
        return List.copyOf(keys);
    }

    private static ConfigurationKey bool(String name, boolean value) {
        return ConfigurationKey.builder(name, Type.BOOLEAN).defaultValue(Boolean.toString(value)).build();
    }

    private static ConfigurationKey integer(String name, int value, long min, long max) {
        return ConfigurationKey.builder(name, Type.INTEGER).range(min, max).defaultValue(Integer.toString(value)).build();
    }

    private static ConfigurationKey readOnly(String name, String value) {
        return ConfigurationKey.builder(name, Type.INTEGER).readOnly(true).range(0, Integer.MAX_VALUE)
                .defaultValue(value).build();
    }

    private static ConfigurationKey measurandList(String name, List<String> members, String maxKey, String value) {
        return ConfigurationKey.builder(name, Type.CSL).members(members).maxMembersKey(maxKey).defaultValue(value).build();
    }
}

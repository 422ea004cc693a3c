package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.8 Core Profile - Configuration Happy flow, and 2.15 Configuration Keys Non-Happy Flow. */
class ConfigurationTest {

    private final StationHarness harness = new StationHarness(2, false);
    private final Map<String, String> applied = new ConcurrentHashMap<>();

    @BeforeEach
    void boot() {
        harness.start(builder -> builder
                .configure(ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS, "5")
                .key(ConfigurationKey.builder("AcmeDisplayLanguage", ConfigurationKey.Type.STRING)
                        .pattern("[a-z]{2}").defaultValue("en").rebootRequired(true).build())
                .key(ConfigurationKey.builder("AcmeSerialPrefix", ConfigurationKey.Type.STRING)
                        .readOnly(true).defaultValue("ACME").build())
                .configurationListener(applied::put));
        harness.connect();
        harness.csms().clear();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private GetConfigurationResponse get(String... keys) {
        return harness.result(harness.chargePoint().getConfiguration(
                new GetConfigurationRequest().withKey(keys.length == 0 ? null : List.of(keys))));
    }

    private ConfigurationStatus change(String key, String value) {
        return harness.result(harness.chargePoint().changeConfiguration(
                new ChangeConfigurationRequest().withKey(key).withValue(value))).getStatus();
    }

    private static Map<String, String> values(GetConfigurationResponse response) {
        return response.getConfigurationKey().stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
    }

    @Test
    @DisplayName("TC_019_CS Retrieve configuration")
    void TC_019_CS_RetrieveConfiguration() {
        GetConfigurationResponse all = get();
        assertThat(all.getUnknownKey()).isNull();
        assertThat(values(all)).containsKeys(
                "AllowOfflineTxForUnknownId", "AuthorizationCacheEnabled", "AuthorizeRemoteTxRequests", "BlinkRepeat",
                "ClockAlignedDataInterval", "ConnectionTimeOut", "ConnectorPhaseRotation", "ConnectorPhaseRotationMaxLength",
                "GetConfigurationMaxKeys", "HeartbeatInterval", "LightIntensity", "LocalAuthorizeOffline",
                "LocalPreAuthorize", "MaxEnergyOnInvalidId", "MeterValuesAlignedData", "MeterValuesAlignedDataMaxLength",
                "MeterValuesSampledData", "MeterValuesSampledDataMaxLength", "MeterValueSampleInterval",
                "MinimumStatusDuration", "NumberOfConnectors", "ResetRetries", "StopTransactionOnEVSideDisconnect",
                "StopTransactionOnInvalidId", "StopTxnAlignedData", "StopTxnAlignedDataMaxLength", "StopTxnSampledData",
                "StopTxnSampledDataMaxLength", "SupportedFeatureProfiles", "SupportedFeatureProfilesMaxLength",
                "TransactionMessageAttempts", "TransactionMessageRetryInterval", "UnlockConnectorOnEVSideDisconnect",
                "WebSocketPingInterval", "LocalAuthListEnabled", "LocalAuthListMaxLength", "SendLocalListMaxLength",
                "AcmeDisplayLanguage", "AcmeSerialPrefix");
        assertThat(values(all)).containsEntry("NumberOfConnectors", "2")
                .containsEntry("SupportedFeatureProfiles", "Core,LocalAuthListManagement")
                .containsEntry("HeartbeatInterval", "300");
        assertThat(all.getConfigurationKey()).filteredOn(key -> key.getKey().equals("NumberOfConnectors"))
                .extracting(KeyValue::getReadonly).containsExactly(true);
        assertThat(all.getConfigurationKey()).filteredOn(key -> key.getKey().equals("HeartbeatInterval"))
                .extracting(KeyValue::getReadonly).containsExactly(false);

        GetConfigurationResponse some = get("HeartbeatInterval", "NoSuchKey", "MeterValueSampleInterval");
        assertThat(some.getConfigurationKey()).extracting(KeyValue::getKey)
                .containsExactly("HeartbeatInterval", "MeterValueSampleInterval");
        assertThat(some.getUnknownKey()).containsExactly("NoSuchKey");
    }

    @Test
    void getConfigurationRefusesMoreKeysThanGetConfigurationMaxKeys() {
        var call = harness.chargePoint().getConfiguration(new GetConfigurationRequest()
                .withKey(List.of("A", "B", "C", "D", "E", "F")));
        harness.settle();
        assertThatThrownBy(() -> call.toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CallErrorException.class)
                .extracting(e -> ((CallErrorException) e).code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @Test
    @DisplayName("TC_021_CS Change/set Configuration")
    void TC_021_CS_ChangeSetConfiguration() {
        assertThat(change("MeterValueSampleInterval", "120")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(values(get("MeterValueSampleInterval"))).containsEntry("MeterValueSampleInterval", "120");
        assertThat(change("StopTransactionOnInvalidId", "FALSE")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(values(get("StopTransactionOnInvalidId"))).containsEntry("StopTransactionOnInvalidId", "false");
        assertThat(change("MeterValuesSampledData", "Energy.Active.Import.Register, Voltage")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(values(get("MeterValuesSampledData")))
                .containsEntry("MeterValuesSampledData", "Energy.Active.Import.Register,Voltage");
        assertThat(change("ConnectorPhaseRotation", "0.RST,1.RST,2.RTS")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(applied).containsEntry("MeterValueSampleInterval", "120");

        harness.restart(true); // changes are durable
        harness.connect();
        assertThat(values(get("MeterValueSampleInterval", "StopTransactionOnInvalidId")))
                .containsEntry("MeterValueSampleInterval", "120").containsEntry("StopTransactionOnInvalidId", "false");
    }

    @Test
    void aChangedHeartbeatIntervalTakesEffectAtOnce() {
        assertThat(change("HeartbeatInterval", "30")).isEqualTo(ConfigurationStatus.ACCEPTED);
        harness.advance(Duration.ofSeconds(90));
        assertThat(harness.csms().actions()).containsExactly("Heartbeat", "Heartbeat", "Heartbeat");
    }

    @Test
    void aKeyThatNeedsARebootIsAnsweredRebootRequiredAndAppliesAfterIt() {
        assertThat(change("AcmeDisplayLanguage", "de")).isEqualTo(ConfigurationStatus.REBOOT_REQUIRED);
        assertThat(values(get("AcmeDisplayLanguage"))).containsEntry("AcmeDisplayLanguage", "en");
        harness.restart(false);
        harness.connect();
        assertThat(values(get("AcmeDisplayLanguage"))).containsEntry("AcmeDisplayLanguage", "de");
    }

    @Test
    @DisplayName("TC_040_1_CS Configuration key - NotSupported")
    void TC_040_1_CS_ConfigurationKeyNotSupported() {
        assertThat(change("NoSuchKey", "1")).isEqualTo(ConfigurationStatus.NOT_SUPPORTED);
    }

    @Test
    @DisplayName("TC_040_2_CS Configuratoin key - Invalid value")
    void TC_040_2_CS_ConfigurationKeyInvalidValue() {
        assertThat(change("HeartbeatInterval", "often")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("HeartbeatInterval", "-1")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("HeartbeatInterval", "3000000000")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("LightIntensity", "101")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("LocalPreAuthorize", "yes")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("MeterValuesSampledData", "SoC")).isEqualTo(ConfigurationStatus.REJECTED); // the meter cannot
        assertThat(change("MeterValuesSampledData", "Bogus")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("MeterValuesSampledData", "Voltage,Voltage")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("ConnectorPhaseRotation", "0.XYZ")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("AcmeDisplayLanguage", "english")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("NumberOfConnectors", "3")).isEqualTo(ConfigurationStatus.REJECTED); // read-only
        assertThat(change("AcmeSerialPrefix", "X")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(values(get("HeartbeatInterval", "LightIntensity"))).containsEntry("HeartbeatInterval", "300")
                .containsEntry("LightIntensity", "100");
    }

    @Test
    void listsAreLimitedByTheirMaxLengthKey() {
        harness.close();
        StationHarness limited = new StationHarness();
        try {
            limited.start(builder -> builder.configure(ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH, "2"));
            limited.connect();
            var two = limited.result(limited.chargePoint().changeConfiguration(new ChangeConfigurationRequest()
                    .withKey("MeterValuesSampledData").withValue("Voltage,Current.Import")));
            var three = limited.result(limited.chargePoint().changeConfiguration(new ChangeConfigurationRequest()
                    .withKey("MeterValuesSampledData").withValue("Voltage,Current.Import,Power.Active.Import")));
            assertThat(two.getStatus()).isEqualTo(ConfigurationStatus.ACCEPTED);
            assertThat(three.getStatus()).isEqualTo(ConfigurationStatus.REJECTED);
        } finally {
            limited.close();
        }
    }

    @Test
    void theFirmwareMayChangeKeysLocally() throws Exception {
        assertThat(harness.station().changeConfiguration("ConnectionTimeOut", "90").toCompletableFuture()
                .get(5, TimeUnit.SECONDS)).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(harness.station().configuration("ConnectionTimeOut")).contains("90");
    }
}

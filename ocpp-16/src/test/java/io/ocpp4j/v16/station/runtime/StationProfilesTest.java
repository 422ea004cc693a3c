package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.station.runtime.testing.ScriptedTransfers;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The certified stations' profiles as data, and a runtime configured from one. */
class StationProfilesTest {

    @Test
    void theFourCertifiedStationsAreKnownByName() {
        assertThat(StationProfiles.all()).extracting(StationProfile::name)
                .containsExactly("izcj-ac", "xcharge-c6", "infypower-exp", "evsis-jc-9932");
        assertThat(StationProfiles.named("EVSIS-JC-9932")).contains(StationProfiles.EVSIS_JC_9932);
        assertThat(StationProfiles.named("elite-evm002")).isEmpty(); // a 2.0.1 station
        assertThat(StationProfiles.IZCJ_AC_CHARGER.reservesWholeStation()).isTrue();
        assertThat(StationProfiles.XCHARGE_C6.firmware().downloadDuringTransaction()).isTrue();
    }

    @Test
    void aRuntimeConfiguredFromAProfileReportsItsLimits() {
        StationProfile profile = StationProfiles.INFYPOWER_EXP;
        try (StationHarness harness = new StationHarness(profile.connectors(), profile.fixedCable())) {
            ScriptedTransfers transfers = new ScriptedTransfers();
            harness.start(builder -> profile.configure(builder, harness.hardware(), transfers, transfers));
            StationRuntime station = harness.station();
            assertThat(station.configuration("SupportedFeatureProfiles")).hasValue(
                    "Core,LocalAuthListManagement,SmartCharging,Reservation,RemoteTrigger,FirmwareManagement");
            assertThat(station.configuration("NumberOfConnectors")).hasValue("2");
            assertThat(station.configuration("ChargeProfileMaxStackLevel")).hasValue("2");
            assertThat(station.configuration("ChargingScheduleMaxPeriods")).hasValue("48");
            assertThat(station.configuration("MaxChargingProfilesInstalled")).hasValue("14");
            assertThat(station.configuration("LocalAuthListMaxLength")).hasValue("100000");
            assertThat(station.configuration("ReserveConnectorZeroSupported")).hasValue("false");
        }
    }

    @Test
    void theOrsIntervalRangesAreTheRangesOfTheKeys() {
        assertThat(StationProfiles.IZCJ_AC_CHARGER.range(ConfigurationKeys.HEARTBEAT_INTERVAL)).contains(new KeyRange(10, 86_400));
        assertThat(StationProfiles.IZCJ_AC_CHARGER.range(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL))
                .contains(new KeyRange(5, 86_400));
        assertThat(StationProfiles.EVSIS_JC_9932.range(ConfigurationKeys.HEARTBEAT_INTERVAL)).contains(new KeyRange(0, 60));
        assertThat(StationProfiles.EVSIS_JC_9932.range(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL))
                .contains(new KeyRange(0, 300));
        assertThat(StationProfiles.XCHARGE_C6.ranges()).isEmpty();
        assertThat(StationProfiles.INFYPOWER_EXP.ranges()).isEmpty();
    }

    @Test
    void aStationTakesTheCsmsHeartbeatIntervalToTheNearerEndOfItsRange() {
        StationProfile profile = StationProfiles.EVSIS_JC_9932;
        try (StationHarness harness = new StationHarness(profile.connectors(), profile.fixedCable())) {
            ScriptedTransfers transfers = new ScriptedTransfers();
            harness.start(builder -> profile.configure(builder, harness.hardware(), transfers, transfers));
            // the runtime's default (300 s) lies outside 0..60: it starts at the nearer end
            assertThat(harness.station().configuration(ConfigurationKeys.HEARTBEAT_INTERVAL)).hasValue("60");
            harness.csms().heartbeatInterval(900);
            harness.connect();
            assertThat(harness.station().configuration(ConfigurationKeys.HEARTBEAT_INTERVAL)).hasValue("60");
            assertThat(harness.result(harness.station().changeConfiguration(ConfigurationKeys.HEARTBEAT_INTERVAL, "61")))
                    .isEqualTo(ConfigurationStatus.REJECTED);
            assertThat(harness.result(harness.station().changeConfiguration(ConfigurationKeys.HEARTBEAT_INTERVAL, "30")))
                    .isEqualTo(ConfigurationStatus.ACCEPTED);
            harness.csms().clear();
            harness.advance(Duration.ofSeconds(30));
            assertThat(harness.csms().actions()).containsExactly("Heartbeat");
        }
    }
}

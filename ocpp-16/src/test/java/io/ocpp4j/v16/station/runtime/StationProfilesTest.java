package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.station.runtime.testing.ScriptedTransfers;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
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
}

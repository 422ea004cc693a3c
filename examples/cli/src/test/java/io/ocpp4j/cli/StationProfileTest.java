package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.v16.model.Measurand;
import org.junit.jupiter.api.Test;

/** The five shipped profiles carry the options of the certificates they come from. */
class StationProfileTest {

    @Test
    void everyProfileLoadsWithValidMeasurands() {
        assertThat(StationProfile.names()).hasSize(5);
        for (String name : StationProfile.names()) {
            StationProfile profile = StationProfile.load(name);
            assertThat(profile.name()).isEqualTo(name);
            assertThat(profile.connectors()).isPositive();
            assertThat(profile.featureProfiles()).contains("Core");
            if (profile.ocpp().equals("1.6")) {
                profile.supportedMeasurands().forEach(Measurand::fromValue);
                assertThat(profile.supportedMeasurands()).containsAll(profile.sampledMeasurands());
            }
        }
    }

    @Test
    void carriesTheCertifiedLimits() {
        StationProfile evsis = StationProfile.load("evsis-jc-9932");
        assertThat(evsis.getConfigurationMaxKeys()).isEqualTo(3);
        assertThat(evsis.chargingRateUnits()).containsExactly("A");
        assertThat(evsis.securityProfiles()).containsExactly(1, 2, 3);
        StationProfile xcharge = StationProfile.load("xcharge-c6");
        assertThat(xcharge.chargingRateUnits()).containsExactly("A", "W");
        assertThat(xcharge.dc()).isTrue();
        assertThat(xcharge.cipherSuites()).containsExactly("TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384");
        StationProfile xj = StationProfile.load("izcj-ac");
        assertThat(xj.securityProfiles()).containsExactly(1, 2);
        assertThat(xj.connectors()).isEqualTo(1);
        StationProfile joint = StationProfile.load("joint-evm002");
        assertThat(joint.ocpp()).isEqualTo("2.0.1");
        assertThat(joint.cipherSuites()).allMatch(s -> s.startsWith("TLS_ECDHE_ECDSA"));
        StationProfile infypower = StationProfile.load("infypower-exp");
        assertThat(infypower.securityExtension()).isFalse();
        assertThat(infypower.getConfigurationMaxKeys()).isEqualTo(10);
        assertThat(infypower.heartbeatInterval()).isEqualTo(20);
    }

    @Test
    void everyOcpp16ProfileIsTheLibrarysCertifiedStation() {
        for (String name : StationProfile.names()) {
            StationProfile profile = StationProfile.load(name);
            if (!profile.ocpp().equals("1.6")) {
                continue;
            }
            io.ocpp4j.v16.station.runtime.StationProfile certified =
                    io.ocpp4j.v16.station.runtime.StationProfiles.named(name).orElseThrow();
            assertThat(profile.runtimeProfile()).contains(certified);
            assertThat(profile.featureProfiles()).containsExactlyInAnyOrderElementsOf(certified.featureProfiles());
            assertThat(profile.connectors()).isEqualTo(certified.connectors());
            assertThat(profile.reserveConnectorZeroSupported()).isEqualTo(certified.reservesWholeStation());
            assertThat(profile.sampledMeasurands()).hasSameSizeAs(certified.measurands());
        }
        assertThat(io.ocpp4j.v16.station.runtime.StationProfiles.all())
                .allSatisfy(certified -> assertThat(StationProfile.names()).contains(certified.name()));
        StationProfile infypower = StationProfile.load("infypower-exp");
        assertThat(infypower.supportedFileTransferProtocols()).containsExactly("FTP");
        assertThat(infypower.reserveConnectorZeroSupported()).isFalse();
    }

    @Test
    void anUnknownNameSaysWhichExist() {
        assertThatThrownBy(() -> StationProfile.load("acme")).hasMessageContaining("xcharge-c6");
    }
}

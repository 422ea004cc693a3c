package io.ocpp4j.v16.station.runtime;

import static io.ocpp4j.v16.model.ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_DEFAULT_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_PROFILE;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.absolute;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.recurring;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.model.RecurrencyKind;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimit;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.22 SmartCharging, on a two-connector station at 230 V, three phases, 32 A. */
class SmartChargingTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot() {
        boot(builder -> {
        });
    }

    private void boot(Consumer<StationRuntime.Builder> options) {
        harness.csms().accept("TAG-1");
        harness.start(builder -> {
            builder.smartCharging(ElectricalSupply.THREE_PHASE_230V_32A, harness.hardware());
            options.accept(builder);
        });
        harness.connect();
        harness.csms().clear();
    }

    private Instant now() {
        return harness.time().clock().instant();
    }

    private ChargingProfileStatus set(int connectorId, ChargingProfile profile) {
        return harness.result(harness.chargePoint().setChargingProfile(new SetChargingProfileRequest()
                .withConnectorId(connectorId).withCsChargingProfiles(profile))).getStatus();
    }

    private ClearChargingProfileStatus clear(ClearChargingProfileRequest request) {
        return harness.result(harness.chargePoint().clearChargingProfile(request)).getStatus();
    }

    private GetCompositeScheduleResponse composite(int connectorId, int duration, ChargingRateUnit unit) {
        return harness.result(harness.chargePoint().getCompositeSchedule(new GetCompositeScheduleRequest()
                .withConnectorId(connectorId).withDuration(duration).withChargingRateUnit(unit)));
    }

    /** @return the composite schedule's periods as start → limit */
    private Map<Integer, BigDecimal> periods(int connectorId, int duration, ChargingRateUnit unit) {
        GetCompositeScheduleResponse response = composite(connectorId, duration, unit);
        assertThat(response.getStatus()).isEqualTo(GetCompositeScheduleStatus.ACCEPTED);
        assertThat(response.getConnectorId()).isEqualTo(connectorId);
        assertThat(response.getChargingSchedule().getChargingRateUnit()).isEqualTo(unit);
        return response.getChargingSchedule().getChargingSchedulePeriod().stream().collect(Collectors.toMap(
                ChargingSchedulePeriod::getStartPeriod, p -> p.getLimit().stripTrailingZeros(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static Map<Integer, BigDecimal> expect(double... startsAndLimits) {
        Map<Integer, BigDecimal> expected = new LinkedHashMap<>();
        for (int i = 0; i < startsAndLimits.length; i += 2) {
            expected.put((int) startsAndLimits[i], BigDecimal.valueOf(startsAndLimits[i + 1]).stripTrailingZeros());
        }
        return expected;
    }

    private ChargingLimit limit(int connectorId) {
        List<ChargingLimit> limits = harness.hardware().limits(connectorId);
        return limits.get(limits.size() - 1);
    }

    private void charge(int connectorId) {
        harness.plugIn(connectorId);
        harness.present(connectorId, "TAG-1");
        assertThat(harness.station().connector(connectorId).transactionId()).isNotNull();
    }

    @Test
    @DisplayName("TC_056_CS Central Smart Charging - TxDefaultProfile")
    void TC_056_CS_CentralSmartChargingTxDefaultProfile() {
        boot();
        assertThat(limit(1).amps()).isEqualByComparingTo("32");
        assertThat(set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 6))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(limit(1).amps()).isEqualByComparingTo("6");
        charge(1);
        assertThat(limit(1).amps()).isEqualByComparingTo("6");
        assertThat(limit(1).watts()).isEqualByComparingTo("4140");
        assertThat(periods(1, 300, ChargingRateUnit.A)).isEqualTo(expect(0, 6));
        assertThat(limit(2).amps()).isEqualByComparingTo("32"); // set on connector 1 only
    }

    @Test
    @DisplayName("TC_057_CS Central Smart Charging - TxProfile")
    void TC_057_CS_CentralSmartChargingTxProfile() {
        boot();
        charge(1);
        int transactionId = harness.station().connector(1).transactionId();
        assertThat(set(1, relative(1, TX_PROFILE, 0, ChargingRateUnit.A, 0, 6, 60, 10).withTransactionId(transactionId)))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(limit(1).amps()).isEqualByComparingTo("6");
        harness.advance(Duration.ofSeconds(60));
        assertThat(limit(1).amps()).isEqualByComparingTo("10");
        harness.present(1, "TAG-1"); // stops the transaction: its TxProfile goes with it
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
        assertThat(limit(1).amps()).isEqualByComparingTo("32");
        assertThat(clear(new ClearChargingProfileRequest().withId(1))).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
    }

    @Test
    @DisplayName("TC_058_1_CS Central Smart Charging - No ongoing transaction")
    void TC_058_1_CS_CentralSmartChargingNoOngoingTransaction() {
        boot();
        assertThat(set(1, relative(1, TX_PROFILE, 0, ChargingRateUnit.A, 0, 6).withTransactionId(1000)))
                .isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(set(1, relative(1, TX_PROFILE, 0, ChargingRateUnit.A, 0, 6))).isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(limit(1).amps()).isEqualByComparingTo("32");
    }

    @Test
    @DisplayName("TC_058_2_CS Central Smart Charging - Wrong transactionId")
    void TC_058_2_CS_CentralSmartChargingWrongTransactionId() {
        boot();
        charge(1);
        int transactionId = harness.station().connector(1).transactionId();
        assertThat(set(1, relative(1, TX_PROFILE, 0, ChargingRateUnit.A, 0, 6).withTransactionId(transactionId + 1)))
                .isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(limit(1).amps()).isEqualByComparingTo("32");
    }

    @Test
    @DisplayName("TC_082_CS Central Smart Charging - TxDefaultProfile - with ongoing transaction")
    void TC_082_CS_CentralSmartChargingTxDefaultProfileWithOngoingTransaction() {
        boot();
        charge(1);
        assertThat(set(0, absolute(1, TX_DEFAULT_PROFILE, 0, now(), null, ChargingRateUnit.W, 0, 6900)))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(limit(1).watts()).isEqualByComparingTo("6900");
        assertThat(limit(1).amps()).isEqualByComparingTo("10");
        assertThat(limit(2).watts()).isEqualByComparingTo("6900"); // connector 0: every connector
    }

    @Test
    @DisplayName("TC_066_CS Get Composite Schedule")
    void TC_066_CS_GetCompositeSchedule() {
        boot();
        Instant start = now();
        assertThat(set(0, absolute(1, CHARGE_POINT_MAX_PROFILE, 0, start, null, ChargingRateUnit.A, 0, 20, 200, 12)))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(set(1, absolute(2, TX_DEFAULT_PROFILE, 0, start, 300, ChargingRateUnit.A, 0, 16, 100, 8)))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(periods(1, 400, ChargingRateUnit.A)).isEqualTo(expect(0, 16, 100, 8, 300, 12));
        assertThat(periods(1, 400, ChargingRateUnit.W)).isEqualTo(expect(0, 11040, 100, 5520, 300, 8280));
        assertThat(periods(2, 400, ChargingRateUnit.A)).isEqualTo(expect(0, 20, 200, 12));
        // the station: connector 1 plus connector 2, capped by the ChargePointMaxProfile
        assertThat(periods(0, 400, ChargingRateUnit.A)).isEqualTo(expect(0, 20, 200, 12));
        assertThat(composite(3, 400, ChargingRateUnit.A).getStatus()).isEqualTo(GetCompositeScheduleStatus.REJECTED);
    }

    @Test
    @DisplayName("TC_067_CS Clear Charging Profile")
    void TC_067_CS_ClearChargingProfile() {
        boot();
        set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 6));
        set(2, relative(2, TX_DEFAULT_PROFILE, 1, ChargingRateUnit.A, 0, 7));
        set(0, relative(3, CHARGE_POINT_MAX_PROFILE, 0, ChargingRateUnit.A, 0, 20));
        assertThat(clear(new ClearChargingProfileRequest().withId(1))).isEqualTo(ClearChargingProfileStatus.ACCEPTED);
        assertThat(limit(1).amps()).isEqualByComparingTo("20");
        assertThat(clear(new ClearChargingProfileRequest().withId(1))).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
        assertThat(clear(new ClearChargingProfileRequest().withConnectorId(2).withStackLevel(0)))
                .isEqualTo(ClearChargingProfileStatus.UNKNOWN);
        assertThat(clear(new ClearChargingProfileRequest().withChargingProfilePurpose(TX_DEFAULT_PROFILE)))
                .isEqualTo(ClearChargingProfileStatus.ACCEPTED);
        assertThat(limit(2).amps()).isEqualByComparingTo("20");
        assertThat(clear(new ClearChargingProfileRequest())).isEqualTo(ClearChargingProfileStatus.ACCEPTED);
        assertThat(limit(1).amps()).isEqualByComparingTo("32");
        assertThat(clear(new ClearChargingProfileRequest())).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
    }

    @Test
    @DisplayName("TC_072_CS Stacking Charging Profiles")
    void TC_072_CS_StackingChargingProfiles() {
        boot();
        charge(1);
        Instant start = now();
        assertThat(set(1, absolute(1, TX_DEFAULT_PROFILE, 0, start, 86_400, ChargingRateUnit.A, 0, 6)))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(set(1, absolute(2, TX_DEFAULT_PROFILE, 1, start, 300, ChargingRateUnit.A, 0, 10)))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(periods(1, 600, ChargingRateUnit.A)).isEqualTo(expect(0, 10, 300, 6));
        assertThat(limit(1).amps()).isEqualByComparingTo("10");
        harness.advance(Duration.ofSeconds(300));
        assertThat(limit(1).amps()).isEqualByComparingTo("6");
    }

    @Test
    @DisplayName("TC_059_CS Remote Start Transaction with Charging Profile")
    void TC_059_CS_RemoteStartTransactionWithChargingProfile() {
        boot();
        harness.plugIn(1);
        RemoteStartStopStatus status = harness.result(harness.chargePoint().remoteStartTransaction(
                new RemoteStartTransactionRequest().withConnectorId(1).withIdTag("TAG-1")
                        .withChargingProfile(relative(5, TX_PROFILE, 0, ChargingRateUnit.A, 0, 8)))).getStatus();
        assertThat(status).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(harness.station().connector(1).transactionActive()).isTrue();
        assertThat(limit(1).amps()).isEqualByComparingTo("8");
        assertThat(periods(1, 60, ChargingRateUnit.A)).isEqualTo(expect(0, 8));
        assertThat(clear(new ClearChargingProfileRequest().withChargingProfilePurpose(TX_PROFILE)))
                .isEqualTo(ClearChargingProfileStatus.ACCEPTED);
    }

    @Test
    @DisplayName("TC_060_CS Remote Start Transaction with Charging Profile - Rejected")
    void TC_060_CS_RemoteStartTransactionWithChargingProfileRejected() {
        boot();
        harness.plugIn(1);
        for (ChargingProfilePurpose purpose : List.of(TX_DEFAULT_PROFILE, CHARGE_POINT_MAX_PROFILE)) {
            RemoteStartStopStatus status = harness.result(harness.chargePoint().remoteStartTransaction(
                    new RemoteStartTransactionRequest().withConnectorId(1).withIdTag("TAG-1")
                            .withChargingProfile(relative(5, purpose, 0, ChargingRateUnit.A, 0, 8)))).getStatus();
            assertThat(status).isEqualTo(RemoteStartStopStatus.REJECTED);
        }
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
        assertThat(harness.csms().actions()).doesNotContain("StartTransaction");
    }

    @Test
    void theSmartChargingKeysAreReportedAndReadOnly() {
        boot(builder -> builder.configure(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, "Current"));
        Map<String, String> keys = harness.result(harness.chargePoint().getConfiguration(new GetConfigurationRequest()))
                .getConfigurationKey().stream().collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
        assertThat(keys).containsEntry("ChargeProfileMaxStackLevel", "10")
                .containsEntry("ChargingScheduleAllowedChargingRateUnit", "Current")
                .containsEntry("ChargingScheduleMaxPeriods", "24")
                .containsEntry("MaxChargingProfilesInstalled", "10")
                .containsEntry("ConnectorSwitch3to1PhaseSupported", "false");
        assertThat(keys.get("SupportedFeatureProfiles")).contains("SmartCharging");
        assertThat(harness.result(harness.station().changeConfiguration("ChargingScheduleMaxPeriods", "5")))
                .isEqualTo(ConfigurationStatus.REJECTED);
    }

    @Test
    void profilesBeyondTheStationsLimitsAreRejected() {
        boot(builder -> builder
                .configure(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT, "Current")
                .configure(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL, "3")
                .configure(SmartChargingKeys.CHARGING_SCHEDULE_MAX_PERIODS, "2")
                .configure(SmartChargingKeys.MAX_CHARGING_PROFILES_INSTALLED, "2"));
        ChargingProfileStatus rejected = ChargingProfileStatus.REJECTED;
        assertThat(set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.W, 0, 6000))).isEqualTo(rejected);
        assertThat(set(1, relative(1, TX_DEFAULT_PROFILE, 4, ChargingRateUnit.A, 0, 6))).isEqualTo(rejected);
        assertThat(set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 6, 10, 7, 20, 8))).isEqualTo(rejected);
        assertThat(set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 10, 6))).isEqualTo(rejected);
        assertThat(set(1, relative(1, CHARGE_POINT_MAX_PROFILE, 0, ChargingRateUnit.A, 0, 6))).isEqualTo(rejected);
        assertThat(set(3, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 6))).isEqualTo(rejected);
        assertThat(set(0, recurring(1, TX_DEFAULT_PROFILE, 0, RecurrencyKind.DAILY, null, null, ChargingRateUnit.A, 0, 6)))
                .isEqualTo(rejected);
        assertThat(set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 6))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(set(1, relative(2, TX_DEFAULT_PROFILE, 1, ChargingRateUnit.A, 0, 6))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(set(1, relative(3, TX_DEFAULT_PROFILE, 2, ChargingRateUnit.A, 0, 6))).isEqualTo(rejected);
        // the same id, or the same purpose and stack level on the connector, replaces
        assertThat(set(1, relative(2, TX_DEFAULT_PROFILE, 2, ChargingRateUnit.A, 0, 5))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(set(1, relative(4, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 4))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(limit(1).amps()).isEqualByComparingTo("5");
    }

    @Test
    void profilesSurviveARestart() {
        boot();
        set(0, recurring(1, CHARGE_POINT_MAX_PROFILE, 0, RecurrencyKind.DAILY, now(), null, ChargingRateUnit.A, 0, 12, 3600, 24));
        harness.restart(false);
        harness.connect();
        assertThat(periods(1, 7200, ChargingRateUnit.A)).isEqualTo(expect(0, 12, 3600, 24));
        harness.advance(Duration.ofHours(1));
        assertThat(limit(1).amps()).isEqualByComparingTo("24");
        harness.advance(Duration.ofHours(23));
        assertThat(limit(1).amps()).isEqualByComparingTo("12");
    }

    @Test
    void withoutTheProfileTheCallsAreNotSupported() {
        harness.csms().accept("TAG-1");
        harness.start(builder -> {
        });
        harness.connect();
        assertThatThrownBy(() -> set(1, relative(1, TX_DEFAULT_PROFILE, 0,
                        ChargingRateUnit.A, 0, 6)))
                .hasMessageContaining("NotSupported");
    }
}

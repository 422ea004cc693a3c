package io.ocpp4j.v16.station.runtime.octt;

import static io.ocpp4j.v16.FeatureProfiles.SMART_CHARGING;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_DEFAULT_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_PROFILE;
import static io.ocpp4j.v16.station.runtime.octt.CaseRun.TAG;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.absolute;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.relative;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileStatus;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.station.runtime.ElectricalSupply;
import io.ocpp4j.v16.station.runtime.SmartChargingKeys;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The OCTT {@code _CS} cases of Smart Charging (section 2.22), in each station's charging rate
 * units (ORS / PICS SC-1: a station that also takes W gets its profiles in W), within its
 * {@code ChargeProfileMaxStackLevel}, and with composite schedules checked in A and, where supported, W
 * (converted with the station's voltage and phases).
 */
final class SmartChargingCases {

    private SmartChargingCases() {
    }

    static List<OcttCase> all() {
        return List.of(
                OcttCase.of("TC_056_CS", "Central Smart Charging - TxDefaultProfile", SMART_CHARGING,
                        SmartChargingCases::txDefaultProfile),
                OcttCase.of("TC_057_CS", "Central Smart Charging - TxProfile", SMART_CHARGING, SmartChargingCases::txProfile),
                OcttCase.of("TC_058_1_CS", "Central Smart Charging - No ongoing transaction", SMART_CHARGING, run -> {
                    run.boot();
                    assertThat(run.setChargingProfile(1, relative(1, TX_PROFILE, 0, unit(run), 0, limit(run, 6))
                            .withTransactionId(1)))
                            .isEqualTo(ChargingProfileStatus.REJECTED);
                }),
                OcttCase.of("TC_058_2_CS", "Central Smart Charging - Wrong transactionId", SMART_CHARGING, run -> {
                    int tx = run.boot().charge(1, TAG);
                    assertThat(run.setChargingProfile(1, relative(1, TX_PROFILE, 0, unit(run), 0, limit(run, 6))
                            .withTransactionId(tx + 1))).isEqualTo(ChargingProfileStatus.REJECTED);
                }),
                OcttCase.of("TC_082_CS", "Central Smart Charging - TxDefaultProfile - with ongoing transaction", SMART_CHARGING,
                        SmartChargingCases::txDefaultProfileDuringTransaction),
                OcttCase.of("TC_066_CS", "Get Composite Schedule", SMART_CHARGING, SmartChargingCases::compositeSchedule),
                OcttCase.of("TC_067_CS", "Clear Charging Profile", SMART_CHARGING, SmartChargingCases::clearChargingProfile),
                OcttCase.of("TC_072_CS", "Stacking Charging Profiles", SMART_CHARGING, SmartChargingCases::stacking),
                OcttCase.of("TC_059_CS", "Remote Start Transaction with Charging Profile", SMART_CHARGING,
                        SmartChargingCases::remoteStartWithProfile),
                OcttCase.of("TC_060_CS", "Remote Start Transaction with Charging Profile - Rejected", SMART_CHARGING, run ->
                        assertThat(run.boot().remoteStart(1, TAG, relative(5, TX_DEFAULT_PROFILE, 0, unit(run), 0, limit(run, 8))))
                                .isEqualTo(RemoteStartStopStatus.REJECTED)));
    }

    // ---- the station's units and supply ---------------------------------------------------------

    /** @return W for a station that takes both units (to exercise the conversion), else A */
    private static ChargingRateUnit unit(CaseRun run) {
        return run.harness().station().configuration(SmartChargingKeys.CHARGING_SCHEDULE_ALLOWED_CHARGING_RATE_UNIT)
                .orElseThrow().contains("Power") ? ChargingRateUnit.W : ChargingRateUnit.A;
    }

    private static ElectricalSupply supply(CaseRun run) {
        return run.profile().supply();
    }

    /** @return {@code amps} in the station's unit: as is in A, converted to W with its voltage and phases */
    private static double limit(CaseRun run, double amps) {
        return unit(run) == ChargingRateUnit.A ? amps : watts(run, amps).doubleValue();
    }

    private static BigDecimal watts(CaseRun run, double amps) {
        return BigDecimal.valueOf(amps).multiply(BigDecimal.valueOf(supply(run).voltage()))
                .multiply(BigDecimal.valueOf(supply(run).phases()));
    }

    /** Checks the hardware's limit equals {@code amps} (in whichever unit the profile was given). */
    private static void assertLimit(CaseRun run, int connectorId, double amps) {
        ChargingLimit limit = run.limit(connectorId);
        assertThat(limit.amps()).as("limit of connector %d in A", connectorId).isEqualByComparingTo(BigDecimal.valueOf(amps));
        assertThat(limit.watts()).as("limit of connector %d in W", connectorId).isEqualByComparingTo(watts(run, amps));
    }

    private static int topStackLevel(CaseRun run) {
        return Integer.parseInt(run.harness().station().configuration(SmartChargingKeys.CHARGE_PROFILE_MAX_STACK_LEVEL)
                .orElseThrow());
    }

    // ---- the cases -------------------------------------------------------------------------------

    private static void txDefaultProfile(CaseRun run) {
        run.boot();
        assertThat(run.setChargingProfile(0, relative(1, TX_DEFAULT_PROFILE, 0, unit(run), 0, limit(run, 6))))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        for (int id = 1; id <= run.last(); id++) {
            run.charge(id, id == 1 ? TAG : CaseRun.OTHER_TAG);
            assertLimit(run, id, 6);
        }
    }

    private static void txProfile(CaseRun run) {
        int connector = run.boot().last();
        int tx = run.charge(connector, TAG);
        assertThat(run.setChargingProfile(connector, relative(1, TX_PROFILE, 0, unit(run), 0, limit(run, 8))
                .withTransactionId(tx))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertLimit(run, connector, 8);
        run.present(connector, TAG);
        run.unplug(connector);
        assertThat(run.harness().hardware().limits(connector)).isNotEmpty();
        assertThat(run.result(run.chargePoint().clearChargingProfile(new ClearChargingProfileRequest().withId(1))).getStatus())
                .as("a TxProfile ends with its transaction").isEqualTo(ClearChargingProfileStatus.UNKNOWN);
    }

    private static void txDefaultProfileDuringTransaction(CaseRun run) {
        run.boot().charge(1, TAG);
        assertThat(run.setChargingProfile(0, relative(1, TX_DEFAULT_PROFILE, 0, unit(run), 0, limit(run, 10))))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertLimit(run, 1, 10);
    }

    private static void compositeSchedule(CaseRun run) {
        run.boot();
        Instant now = run.now();
        run.setChargingProfile(0, absolute(1, CHARGE_POINT_MAX_PROFILE, 0, now, null, unit(run), 0, limit(run, 20)));
        assertThat(run.setChargingProfile(run.last(), absolute(2, TX_DEFAULT_PROFILE, 0, now, 300, unit(run),
                0, limit(run, 16), 100, limit(run, 8)))).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(composite(run, run.last(), ChargingRateUnit.A)).containsExactly("0:16", "100:8", "300:20");
        if (unit(run) == ChargingRateUnit.W) {
            assertThat(composite(run, run.last(), ChargingRateUnit.W)).containsExactly("0:" + plain(watts(run, 16)),
                    "100:" + plain(watts(run, 8)), "300:" + plain(watts(run, 20)));
        }
        // connector 0: the whole station, the connectors' sum within ChargePointMaxProfile
        assertThat(composite(run, 0, ChargingRateUnit.A)).containsExactlyElementsOf(run.last() == 1
                ? List.of("0:16", "100:8", "300:20") : List.of("0:20"));
    }

    private static List<String> composite(CaseRun run, int connectorId, ChargingRateUnit unit) {
        GetCompositeScheduleResponse response = run.result(run.chargePoint().getCompositeSchedule(
                new GetCompositeScheduleRequest().withConnectorId(connectorId).withDuration(400).withChargingRateUnit(unit)));
        assertThat(response.getStatus()).isEqualTo(GetCompositeScheduleStatus.ACCEPTED);
        assertThat(response.getConnectorId()).isEqualTo(connectorId);
        assertThat(response.getChargingSchedule().getChargingRateUnit()).isEqualTo(unit);
        return response.getChargingSchedule().getChargingSchedulePeriod().stream()
                .map(p -> p.getStartPeriod() + ":" + plain(p.getLimit())).toList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void clearChargingProfile(CaseRun run) {
        run.boot();
        run.setChargingProfile(1, relative(1, TX_DEFAULT_PROFILE, 0, unit(run), 0, limit(run, 6)));
        run.setChargingProfile(0, relative(2, TX_DEFAULT_PROFILE, 1, unit(run), 0, limit(run, 7)));
        assertThat(clear(run, new ClearChargingProfileRequest().withId(1))).isEqualTo(ClearChargingProfileStatus.ACCEPTED);
        assertThat(clear(run, new ClearChargingProfileRequest().withId(1))).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
        assertThat(clear(run, new ClearChargingProfileRequest().withChargingProfilePurpose(ChargingProfilePurpose.TX_DEFAULT_PROFILE)
                .withStackLevel(1))).isEqualTo(ClearChargingProfileStatus.ACCEPTED);
        assertThat(clear(run, new ClearChargingProfileRequest())).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
    }

    private static ClearChargingProfileStatus clear(CaseRun run, ClearChargingProfileRequest request) {
        return run.result(run.chargePoint().clearChargingProfile(request)).getStatus();
    }

    private static void stacking(CaseRun run) {
        run.boot();
        Instant now = run.now();
        int top = topStackLevel(run);
        run.charge(1, TAG);
        assertThat(run.setChargingProfile(1, absolute(1, TX_DEFAULT_PROFILE, 0, now, 86_400, unit(run), 0, limit(run, 6))))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(run.setChargingProfile(1, absolute(2, TX_DEFAULT_PROFILE, top, now, 300, unit(run), 0, limit(run, 10))))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertLimit(run, 1, 10);
        run.advance(Duration.ofSeconds(300));
        assertLimit(run, 1, 6);
        assertThat(run.setChargingProfile(1, absolute(3, TX_DEFAULT_PROFILE, top + 1, now, 300, unit(run), 0, limit(run, 10))))
                .as("above ChargeProfileMaxStackLevel").isEqualTo(ChargingProfileStatus.REJECTED);
    }

    private static void remoteStartWithProfile(CaseRun run) {
        int connector = run.boot().last();
        run.plugIn(connector);
        assertThat(run.remoteStart(connector, TAG, relative(5, TX_PROFILE, 0, unit(run), 0, limit(run, 8), 600, limit(run, 12))))
                .isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(run.charging(connector)).isTrue();
        assertLimit(run, connector, 8);
        run.advance(Duration.ofSeconds(600));
        assertLimit(run, connector, 12);
    }
}

package io.ocpp4j.v16.station.runtime;

import static io.ocpp4j.v16.FeatureProfiles.CORE;
import static io.ocpp4j.v16.FeatureProfiles.FIRMWARE_MANAGEMENT;
import static io.ocpp4j.v16.FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT;
import static io.ocpp4j.v16.FeatureProfiles.REMOTE_TRIGGER;
import static io.ocpp4j.v16.FeatureProfiles.RESERVATION;
import static io.ocpp4j.v16.FeatureProfiles.SMART_CHARGING;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.CHARGE_POINT_MAX_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_DEFAULT_PROFILE;
import static io.ocpp4j.v16.model.ChargingProfilePurpose.TX_PROFILE;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.absolute;
import static io.ocpp4j.v16.station.runtime.testing.Profiles.relative;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationData;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationStatus;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileStatus;
import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleStatus;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.ReservationStatus;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.model.UpdateType;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimit;
import io.ocpp4j.v16.station.runtime.testing.ScriptedTransfers;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The four certified OCPP 1.6 stations ({@link StationProfiles}) run through OCTT {@code _CS} cases of
 * the feature profiles their certificates list, each against a scripted CSMS on virtual time. Prints
 * a table per station: case id, title, pass/fail. Covered: every case of Smart Charging, Remote
 * Trigger, Reservation, Firmware Management and Diagnostics; of Core and Local Auth List
 * Management a subset (the rest run on the default station in their own test classes).
 */
class CertifiedStationsConformanceTest {

    private static final List<String> RESULTS = Collections.synchronizedList(new ArrayList<>());

    /** One OCTT case: when it applies to a station, and its scenario. */
    private record Case(String id, String title, String profile, Predicate<StationProfile> applies, Consumer<Run> scenario) {
        Case(String id, String title, String profile, Consumer<Run> scenario) {
            this(id, title, profile, station -> true, scenario);
        }
    }

    /** A station built from a profile, connected and accepted, with tags TAG-1, TAG-2 and group A known. */
    private static final class Run implements AutoCloseable {
        final StationProfile profile;
        final StationHarness harness;
        final ScriptedTransfers transfers = new ScriptedTransfers();

        Run(StationProfile profile) {
            this.profile = profile;
            this.harness = new StationHarness(profile.connectors(), profile.fixedCable());
            harness.csms().accept("TAG-1").accept("TAG-2")
                    .tag("GROUP-A1", AuthorizationStatus.ACCEPTED, "GROUP-A")
                    .tag("GROUP-A2", AuthorizationStatus.ACCEPTED, "GROUP-A");
            harness.start(builder -> profile.configure(builder, harness.hardware(), transfers, transfers));
            harness.connect();
        }

        int last() {
            return profile.connectors();
        }

        ChargingProfileStatus set(int connectorId, ChargingProfile chargingProfile) {
            return harness.result(harness.chargePoint().setChargingProfile(new SetChargingProfileRequest()
                    .withConnectorId(connectorId).withCsChargingProfiles(chargingProfile))).getStatus();
        }

        ChargingLimit limit(int connectorId) {
            List<ChargingLimit> limits = harness.hardware().limits(connectorId);
            return limits.get(limits.size() - 1);
        }

        void charge(int connectorId, String idTag) {
            harness.plugIn(connectorId);
            harness.present(connectorId, idTag);
            assertThat(harness.station().connector(connectorId).transactionActive()).isTrue();
        }

        ReservationStatus reserve(int reservationId, int connectorId, String idTag, String parentIdTag) {
            return harness.result(harness.chargePoint().reserveNow(new ReserveNowRequest().withReservationId(reservationId)
                    .withConnectorId(connectorId).withIdTag(idTag).withParentIdTag(parentIdTag)
                    .withExpiryDate(harness.time().clock().instant().plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC))))
                    .getStatus();
        }

        StartTransactionRequest lastStart() {
            List<StartTransactionRequest> starts = harness.csms().received(StartTransactionRequest.class);
            return starts.get(starts.size() - 1);
        }

        List<FirmwareStatus> firmware() {
            return harness.csms().received(FirmwareStatusNotificationRequest.class).stream()
                    .map(FirmwareStatusNotificationRequest::getStatus).toList();
        }

        List<DiagnosticsStatus> diagnostics() {
            return harness.csms().received(DiagnosticsStatusNotificationRequest.class).stream()
                    .map(DiagnosticsStatusNotificationRequest::getStatus).toList();
        }

        void updateFirmware() {
            harness.result(harness.chargePoint().updateFirmware(new UpdateFirmwareRequest()
                    .withLocation(URI.create(protocol() + "://fw.example.com/image.bin"))
                    .withRetrieveDate(harness.time().clock().instant().atOffset(ZoneOffset.UTC)).withRetries(1).withRetryInterval(30)));
        }

        void getDiagnostics() {
            harness.result(harness.chargePoint().getDiagnostics(new GetDiagnosticsRequest()
                    .withLocation(URI.create(protocol() + "://logs.example.com/")).withRetries(1).withRetryInterval(30)));
        }

        private String protocol() {
            return profile.firmware().transferProtocols().stream().sorted().findFirst().orElseThrow();
        }

        @Override
        public void close() {
            harness.close();
        }
    }

    private static List<Case> cases() {
        return List.of(
                // ---- Core (subset) ----
                new Case("TC_001_CS", "Cold Boot Charge Point", CORE, run -> {
                    BootNotificationRequest boot = run.harness.csms().received(BootNotificationRequest.class).get(0);
                    assertThat(boot.getChargePointVendor()).isEqualTo(run.profile.vendor());
                    assertThat(boot.getChargePointModel()).isEqualTo(run.profile.model());
                    for (int id = 0; id <= run.last(); id++) {
                        assertThat(run.harness.statuses(id)).containsExactly(ChargePointStatus.AVAILABLE);
                    }
                }),
                new Case("TC_003_CS", "Regular Charging Session - Plugin First", CORE, run -> {
                    run.charge(1, "TAG-1");
                    assertThat(run.harness.statuses(1)).endsWith(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
                }),
                new Case("TC_010_CS", "Remote Start Charging Session – Cable Plugged in First", CORE, run -> {
                    run.harness.plugIn(1);
                    assertThat(run.harness.result(run.harness.chargePoint().remoteStartTransaction(
                            new RemoteStartTransactionRequest().withConnectorId(1).withIdTag("TAG-1"))).getStatus())
                            .isEqualTo(RemoteStartStopStatus.ACCEPTED);
                    assertThat(run.harness.station().connector(1).transactionActive()).isTrue();
                }),
                new Case("TC_012_CS", "Remote Stop Charging Session", CORE, run -> {
                    run.charge(1, "TAG-1");
                    int transactionId = run.harness.station().connector(1).transactionId();
                    assertThat(run.harness.result(run.harness.chargePoint().remoteStopTransaction(
                            new RemoteStopTransactionRequest().withTransactionId(transactionId))).getStatus())
                            .isEqualTo(RemoteStartStopStatus.ACCEPTED);
                    assertThat(run.harness.csms().received(StopTransactionRequest.class)).singleElement()
                            .extracting(StopTransactionRequest::getReason).isEqualTo(Reason.REMOTE);
                }),
                new Case("TC_013_CS", "Hard Reset Without transaction", CORE, run -> {
                    run.harness.result(run.harness.chargePoint().reset(new ResetRequest().withType(ResetType.HARD)));
                    run.harness.advance(Duration.ofSeconds(2));
                    assertThat(run.harness.hardware().reboots()).containsExactly(ResetType.HARD);
                }),
                // ---- Local Auth List Management (subset) ----
                new Case("TC_042_2_CS", "Get Local List Version (empty)", LOCAL_AUTH_LIST_MANAGEMENT, run ->
                        assertThat(run.harness.result(run.harness.chargePoint().getLocalListVersion(
                                new GetLocalListVersionRequest())).getListVersion()).isZero()),
                new Case("TC_043_CS", "Send Local Authorization List", LOCAL_AUTH_LIST_MANAGEMENT, run -> {
                    assertThat(run.harness.result(run.harness.chargePoint().sendLocalList(new SendLocalListRequest()
                            .withUpdateType(UpdateType.FULL).withListVersion(3).withLocalAuthorizationList(List.of(
                                    new AuthorizationData().withIdTag("LOCAL-1").withIdTagInfo(
                                            new IdTagInfo().withStatus(AuthorizationStatus.ACCEPTED)))))).getStatus())
                            .isEqualTo(UpdateStatus.ACCEPTED);
                    assertThat(run.harness.result(run.harness.chargePoint().getLocalListVersion(
                            new GetLocalListVersionRequest())).getListVersion()).isEqualTo(3);
                }),
                // ---- Smart Charging ----
                new Case("TC_056_CS", "Central Smart Charging - TxDefaultProfile", SMART_CHARGING, run -> {
                    assertThat(run.set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 6)))
                            .isEqualTo(ChargingProfileStatus.ACCEPTED);
                    run.charge(1, "TAG-1");
                    assertThat(run.limit(1).amps()).isEqualByComparingTo("6");
                }),
                new Case("TC_057_CS", "Central Smart Charging - TxProfile", SMART_CHARGING, run -> {
                    run.charge(1, "TAG-1");
                    int tx = run.harness.station().connector(1).transactionId();
                    assertThat(run.set(1, relative(1, TX_PROFILE, 0, ChargingRateUnit.A, 0, 8).withTransactionId(tx)))
                            .isEqualTo(ChargingProfileStatus.ACCEPTED);
                    assertThat(run.limit(1).amps()).isEqualByComparingTo("8");
                }),
                new Case("TC_058_1_CS", "Central Smart Charging - No ongoing transaction", SMART_CHARGING, run ->
                        assertThat(run.set(1, relative(1, TX_PROFILE, 0, ChargingRateUnit.A, 0, 6).withTransactionId(1)))
                                .isEqualTo(ChargingProfileStatus.REJECTED)),
                new Case("TC_058_2_CS", "Central Smart Charging - Wrong transactionId", SMART_CHARGING, run -> {
                    run.charge(1, "TAG-1");
                    int tx = run.harness.station().connector(1).transactionId();
                    assertThat(run.set(1, relative(1, TX_PROFILE, 0, ChargingRateUnit.A, 0, 6).withTransactionId(tx + 1)))
                            .isEqualTo(ChargingProfileStatus.REJECTED);
                }),
                new Case("TC_082_CS", "Central Smart Charging - TxDefaultProfile - with ongoing transaction", SMART_CHARGING, run -> {
                    run.charge(1, "TAG-1");
                    assertThat(run.set(0, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 10)))
                            .isEqualTo(ChargingProfileStatus.ACCEPTED);
                    assertThat(run.limit(1).amps()).isEqualByComparingTo("10");
                }),
                new Case("TC_066_CS", "Get Composite Schedule", SMART_CHARGING, run -> {
                    var now = run.harness.time().clock().instant();
                    run.set(0, absolute(1, CHARGE_POINT_MAX_PROFILE, 0, now, null, ChargingRateUnit.A, 0, 20));
                    run.set(1, absolute(2, TX_DEFAULT_PROFILE, 0, now, 300, ChargingRateUnit.A, 0, 16, 100, 8));
                    GetCompositeScheduleResponse composite = run.harness.result(run.harness.chargePoint().getCompositeSchedule(
                            new GetCompositeScheduleRequest().withConnectorId(1).withDuration(400)
                                    .withChargingRateUnit(ChargingRateUnit.A)));
                    assertThat(composite.getStatus()).isEqualTo(GetCompositeScheduleStatus.ACCEPTED);
                    assertThat(composite.getChargingSchedule().getChargingSchedulePeriod())
                            .extracting(p -> p.getStartPeriod() + ":" + p.getLimit().stripTrailingZeros().toPlainString())
                            .containsExactly("0:16", "100:8", "300:20");
                }),
                new Case("TC_067_CS", "Clear Charging Profile", SMART_CHARGING, run -> {
                    run.set(1, relative(1, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 6));
                    assertThat(run.harness.result(run.harness.chargePoint().clearChargingProfile(
                            new ClearChargingProfileRequest().withId(1))).getStatus()).isEqualTo(ClearChargingProfileStatus.ACCEPTED);
                    assertThat(run.harness.result(run.harness.chargePoint().clearChargingProfile(
                            new ClearChargingProfileRequest().withId(1))).getStatus()).isEqualTo(ClearChargingProfileStatus.UNKNOWN);
                }),
                new Case("TC_072_CS", "Stacking Charging Profiles", SMART_CHARGING, run -> {
                    var now = run.harness.time().clock().instant();
                    run.charge(1, "TAG-1");
                    run.set(1, absolute(1, TX_DEFAULT_PROFILE, 0, now, 86_400, ChargingRateUnit.A, 0, 6));
                    run.set(1, absolute(2, TX_DEFAULT_PROFILE, 1, now, 300, ChargingRateUnit.A, 0, 10));
                    assertThat(run.limit(1).amps()).isEqualByComparingTo("10");
                    run.harness.advance(Duration.ofSeconds(300));
                    assertThat(run.limit(1).amps()).isEqualByComparingTo("6");
                }),
                new Case("TC_059_CS", "Remote Start Transaction with Charging Profile", SMART_CHARGING, run -> {
                    run.harness.plugIn(1);
                    assertThat(run.harness.result(run.harness.chargePoint().remoteStartTransaction(
                            new RemoteStartTransactionRequest().withConnectorId(1).withIdTag("TAG-1")
                                    .withChargingProfile(relative(5, TX_PROFILE, 0, ChargingRateUnit.A, 0, 8)))).getStatus())
                            .isEqualTo(RemoteStartStopStatus.ACCEPTED);
                    assertThat(run.limit(1).amps()).isEqualByComparingTo("8");
                }),
                new Case("TC_060_CS", "Remote Start Transaction with Charging Profile - Rejected", SMART_CHARGING, run ->
                        assertThat(run.harness.result(run.harness.chargePoint().remoteStartTransaction(
                                new RemoteStartTransactionRequest().withConnectorId(1).withIdTag("TAG-1")
                                        .withChargingProfile(relative(5, TX_DEFAULT_PROFILE, 0, ChargingRateUnit.A, 0, 8))))
                                .getStatus()).isEqualTo(RemoteStartStopStatus.REJECTED)),
                // ---- Remote Trigger ----
                new Case("TC_054_CS", "Trigger Message", REMOTE_TRIGGER, run -> {
                    for (MessageTrigger message : MessageTrigger.values()) {
                        run.harness.csms().clear();
                        assertThat(run.harness.result(run.harness.chargePoint().triggerMessage(new TriggerMessageRequest()
                                .withRequestedMessage(message).withConnectorId(message == MessageTrigger.BOOT_NOTIFICATION
                                        || message == MessageTrigger.HEARTBEAT ? null : 1))).getStatus())
                                .isEqualTo(TriggerMessageStatus.ACCEPTED);
                        assertThat(run.harness.csms().actions()).startsWith(message.value());
                    }
                }),
                new Case("TC_055_CS", "Trigger Message - Rejected", REMOTE_TRIGGER, run ->
                        assertThat(run.harness.result(run.harness.chargePoint().triggerMessage(new TriggerMessageRequest()
                                .withRequestedMessage(MessageTrigger.METER_VALUES).withConnectorId(run.last() + 1))).getStatus())
                                .isEqualTo(TriggerMessageStatus.REJECTED)),
                // ---- Reservation ----
                new Case("TC_046_1_CS", "Reservation of a Connector - Local start transaction", RESERVATION, run -> {
                    assertThat(run.reserve(1, 1, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
                    assertThat(run.harness.status(1)).isEqualTo(ChargePointStatus.RESERVED);
                    run.charge(1, "TAG-1");
                    assertThat(run.lastStart().getReservationId()).isEqualTo(1);
                }),
                new Case("TC_046_2_CS", "Reservation of a Connector - Remote start transaction", RESERVATION, run -> {
                    run.reserve(2, 1, "TAG-1", null);
                    run.harness.plugIn(1);
                    run.harness.result(run.harness.chargePoint().remoteStartTransaction(
                            new RemoteStartTransactionRequest().withConnectorId(1).withIdTag("TAG-1")));
                    assertThat(run.lastStart().getReservationId()).isEqualTo(2);
                }),
                new Case("TC_047_CS", "Reservation of a Connector - Expire", RESERVATION, run -> {
                    run.reserve(3, 1, "TAG-1", null);
                    run.harness.advance(Duration.ofMinutes(10));
                    assertThat(run.harness.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
                }),
                new Case("TC_048_1_CS", "Reservation of a Connector - Faulted", RESERVATION, run -> {
                    run.harness.fault(1, ChargePointErrorCode.OTHER_ERROR);
                    assertThat(run.reserve(4, 1, "TAG-1", null)).isEqualTo(ReservationStatus.FAULTED);
                }),
                new Case("TC_048_2_CS", "Reservation of a Connector - Occupied", RESERVATION, run -> {
                    run.charge(1, "TAG-2");
                    assertThat(run.reserve(5, 1, "TAG-1", null)).isEqualTo(ReservationStatus.OCCUPIED);
                }),
                new Case("TC_048_3_CS", "Reservation of a Connector - Unavailable", RESERVATION, run -> {
                    run.harness.result(run.harness.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                            .withConnectorId(1).withType(AvailabilityType.INOPERATIVE)));
                    assertThat(run.reserve(6, 1, "TAG-1", null)).isEqualTo(ReservationStatus.UNAVAILABLE);
                }),
                new Case("TC_048_4_CS", "Reservation of a Connector - Rejected", RESERVATION, run ->
                        assertThat(run.reserve(7, run.last() + 1, "TAG-1", null)).isEqualTo(ReservationStatus.REJECTED)),
                new Case("TC_049_CS", "Reservation of a Charge Point - Transaction", RESERVATION,
                        StationProfile::reservesWholeStation, run -> {
                    assertThat(run.reserve(8, 0, "TAG-1", null)).isEqualTo(ReservationStatus.ACCEPTED);
                    run.charge(run.last(), "TAG-1");
                    assertThat(run.lastStart().getReservationId()).isEqualTo(8);
                }),
                new Case("TC_050_1_CS", "Reservation of a Charge Point - Faulted", RESERVATION,
                        StationProfile::reservesWholeStation, run -> {
                    run.harness.fault(0, ChargePointErrorCode.OTHER_ERROR);
                    assertThat(run.reserve(9, 0, "TAG-1", null)).isEqualTo(ReservationStatus.FAULTED);
                }),
                new Case("TC_050_2_CS", "Reservation of a Charge Point - Occupied", RESERVATION,
                        StationProfile::reservesWholeStation, run -> {
                    for (int id = 1; id <= run.last(); id++) {
                        run.charge(id, "TAG-2");
                    }
                    assertThat(run.reserve(10, 0, "TAG-1", null)).isEqualTo(ReservationStatus.OCCUPIED);
                }),
                new Case("TC_050_3_CS", "Reservation of a Charge Point - Unavailable", RESERVATION,
                        StationProfile::reservesWholeStation, run -> {
                    run.harness.result(run.harness.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                            .withConnectorId(0).withType(AvailabilityType.INOPERATIVE)));
                    assertThat(run.reserve(11, 0, "TAG-1", null)).isEqualTo(ReservationStatus.UNAVAILABLE);
                }),
                new Case("TC_050_4_CS", "Reservation of a Charge Point - Rejected", RESERVATION,
                        station -> !station.reservesWholeStation(), run ->
                        assertThat(run.reserve(12, 0, "TAG-1", null)).isEqualTo(ReservationStatus.REJECTED)),
                new Case("TC_051_CS", "Cancel Reservation", RESERVATION, run -> {
                    run.reserve(13, 1, "TAG-1", null);
                    assertThat(run.harness.result(run.harness.chargePoint().cancelReservation(
                            new CancelReservationRequest().withReservationId(13))).getStatus()).isEqualTo(CancelReservationStatus.ACCEPTED);
                    assertThat(run.harness.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
                }),
                new Case("TC_052_CS", "Cancel Reservation - Rejected", RESERVATION, run ->
                        assertThat(run.harness.result(run.harness.chargePoint().cancelReservation(
                                new CancelReservationRequest().withReservationId(99))).getStatus())
                                .isEqualTo(CancelReservationStatus.REJECTED)),
                new Case("TC_053_CS", "Use a reserved Connector with parentIdTag", RESERVATION, run -> {
                    run.reserve(14, 1, "GROUP-A1", "GROUP-A");
                    run.charge(1, "GROUP-A2");
                    assertThat(run.lastStart().getReservationId()).isEqualTo(14);
                }),
                // ---- Firmware Management and Diagnostics ----
                new Case("TC_044_1_CS", "Firmware Update - Download and Install", FIRMWARE_MANAGEMENT, run -> {
                    run.updateFirmware();
                    assertThat(run.firmware()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADED,
                            FirmwareStatus.INSTALLING, FirmwareStatus.INSTALLED);
                    run.harness.advance(Duration.ofSeconds(1));
                    assertThat(run.harness.hardware().reboots()).containsExactly(ResetType.HARD);
                }),
                new Case("TC_044_2_CS", "Firmware Update - Download Failed", FIRMWARE_MANAGEMENT, run -> {
                    run.transfers.downloads().addAll(List.of(false, false));
                    run.updateFirmware();
                    run.harness.advance(Duration.ofSeconds(30));
                    assertThat(run.firmware()).containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.DOWNLOADING,
                            FirmwareStatus.DOWNLOAD_FAILED);
                }),
                new Case("TC_044_3_CS", "Firmware Update - Installation Failed", FIRMWARE_MANAGEMENT, run -> {
                    run.transfers.failInstallation();
                    run.updateFirmware();
                    assertThat(run.firmware()).endsWith(FirmwareStatus.INSTALLING, FirmwareStatus.INSTALLATION_FAILED);
                }),
                new Case("TC_045_1_CS", "Get Diagnostics", FIRMWARE_MANAGEMENT, run -> {
                    run.getDiagnostics();
                    assertThat(run.diagnostics()).containsExactly(DiagnosticsStatus.UPLOADING, DiagnosticsStatus.UPLOADED);
                }),
                new Case("TC_045_2_CS", "Get Diagnostics - Upload Failed", FIRMWARE_MANAGEMENT, run -> {
                    run.transfers.uploads().addAll(List.of(false, false));
                    run.getDiagnostics();
                    run.harness.advance(Duration.ofSeconds(30));
                    assertThat(run.diagnostics()).containsExactly(DiagnosticsStatus.UPLOADING, DiagnosticsStatus.UPLOADING,
                            DiagnosticsStatus.UPLOAD_FAILED);
                }));
    }

    @TestFactory
    Stream<DynamicContainer> everyCertifiedStationPassesTheCasesOfItsProfiles() {
        return StationProfiles.all().stream().map(station -> DynamicContainer.dynamicContainer(station.model(),
                cases().stream()
                        .filter(c -> station.supports(c.profile()) && c.applies().test(station))
                        .map(c -> DynamicTest.dynamicTest(c.id() + " " + c.title(), () -> {
                            boolean passed = false;
                            try (Run run = new Run(station)) {
                                c.scenario().accept(run);
                                passed = true;
                            } finally {
                                RESULTS.add(String.format("| %-16s | %-12s | %-70s | %s |", station.model(), c.id(),
                                        c.title(), passed ? "pass" : "FAIL"));
                            }
                        }))));
    }

    @AfterAll
    static void printTable() {
        StringBuilder table = new StringBuilder("\nOCTT _CS cases per certified station\n");
        table.append(String.format("| %-16s | %-12s | %-70s | %s |%n", "Station", "Case", "Title", "Result"));
        synchronized (RESULTS) {
            RESULTS.forEach(row -> table.append(row).append('\n'));
        }
        System.out.println(table);
    }
}

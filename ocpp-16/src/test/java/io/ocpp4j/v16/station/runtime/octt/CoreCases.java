package io.ocpp4j.v16.station.runtime.octt;

import static io.ocpp4j.v16.FeatureProfiles.CORE;
import static io.ocpp4j.v16.FeatureProfiles.REMOTE_TRIGGER;
import static io.ocpp4j.v16.station.runtime.octt.CaseRun.OTHER_TAG;
import static io.ocpp4j.v16.station.runtime.octt.CaseRun.TAG;
import static io.ocpp4j.v16.station.runtime.octt.CaseRun.UNKNOWN_TAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AvailabilityStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ClearCacheRequest;
import io.ocpp4j.v16.model.ClearCacheStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.SampledValue;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockStatus;
import io.ocpp4j.v16.station.runtime.ConfigurationKeys;
import io.ocpp4j.v16.station.runtime.StationProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The OCTT {@code _CS} cases of the Core profile (sections 2.1 to 2.16 and 2.23 of the test case document). */
final class CoreCases {

    private static final Function<StationProfile, Optional<String>> LOCKING_CABLE = station -> station.fixedCable()
            ? Optional.of("not applicable: fixed cable (PICS HFS-2)") : Optional.empty();
    private static final Function<StationProfile, Optional<String>> FIXED_CABLE = station -> station.fixedCable()
            ? Optional.empty() : Optional.of("not applicable: detachable cable (PICS HFS-1)");

    private CoreCases() {
    }

    static List<OcttCase> all() {
        return List.of(
                // ---- 2.1 Cold Boot Charge Point ----
                OcttCase.of("TC_001_CS", "Cold Boot Charge Point", CORE, CoreCases::coldBoot),
                OcttCase.of("TC_002_CS", "Cold Boot Charge Point - Pending", CORE, CoreCases::coldBootPending),
                // ---- 2.2 Start Charging Session ----
                OcttCase.of("TC_003_CS", "Regular Charging Session - Plugin First", CORE, CoreCases::pluginFirst),
                OcttCase.of("TC_004_1_CS", "Regular Charging Session – Identification First", CORE,
                        CoreCases::identificationFirst),
                OcttCase.of("TC_004_2_CS", "Regular Charging Session – Identification First - ConnectionTimeOut", CORE,
                        CoreCases::identificationFirstTimeOut),
                // ---- 2.3 Stop Charging Session ----
                OcttCase.of("TC_068_CS", "Stop transaction - IdTag in StopTransaction matches IdTag in StartTransaction",
                        CORE, CoreCases::stopWithSameIdTag),
                OcttCase.of("TC_069_CS",
                        "Stop transaction - ParentIdTag in StopTransaction matches ParentIdTag in StartTransaction", CORE,
                        CoreCases::stopWithParentIdTag),
                OcttCase.of("TC_005_1_CS", "EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - "
                        + "UnlockConnectorOnEVSideDisconnect = true", CORE, run -> evSideDisconnected(run, true)),
                OcttCase.when("TC_005_2_CS", "EV Side Disconnected - StopTransactionOnEVSideDisconnect = true - "
                        + "UnlockConnectorOnEVSideDisconnect = false", CORE, LOCKING_CABLE, run -> evSideDisconnected(run, false)),
                OcttCase.when("TC_005_3_CS", "EV Side Disconnected - StopTransactionOnEVSideDisconnect = false - "
                                + "UnlockConnectorOnEVSideDisconnect = false", CORE,
                        Pics.requires(Pics.KEEP_AUTHORIZATION_ON_EV_DISCONNECT, "authorization kept on EV-side disconnect"),
                        CoreCases::evSideDisconnectedKeepTransaction),
                // ---- 2.4 Cache ----
                OcttCase.when("TC_007_CS", "Regular Start Charging Session – Cached Id", CORE,
                        Pics.requires(Pics.AUTHORIZATION_CACHE, "authorization cache"), CoreCases::cachedId),
                OcttCase.when("TC_061_CS", "Clear Authorization Data in Authorization Cache", CORE,
                        Pics.requires(Pics.AUTHORIZATION_CACHE, "authorization cache"), CoreCases::clearCache),
                // ---- 2.5 Remote actions happy flow ----
                OcttCase.of("TC_010_CS", "Remote Start Charging Session – Cable Plugged in First", CORE,
                        CoreCases::remoteStartCableFirst),
                OcttCase.of("TC_011_1_CS", "Remote Start Charging Session – Remote Start First", CORE,
                        CoreCases::remoteStartFirst),
                OcttCase.of("TC_011_2_CS", "Remote Start Charging Session – Time Out", CORE, CoreCases::remoteStartTimeOut),
                OcttCase.of("TC_012_CS", "Remote Stop Charging Session", CORE, CoreCases::remoteStop),
                // ---- 2.6 Resetting happy flow ----
                OcttCase.of("TC_013_CS", "Hard Reset Without transaction", CORE, run -> resetWithout(run, ResetType.HARD)),
                OcttCase.of("TC_014_CS", "Soft Reset Without Transaction", CORE, run -> resetWithout(run, ResetType.SOFT)),
                OcttCase.of("TC_015_CS", "Hard Reset With Transaction", CORE,
                        run -> resetWith(run, ResetType.HARD, Reason.HARD_RESET)),
                OcttCase.of("TC_016_CS", "Soft Reset With Transaction", CORE,
                        run -> resetWith(run, ResetType.SOFT, Reason.SOFT_RESET)),
                // ---- 2.7 Unlocking happy flow ----
                OcttCase.when("TC_017_1_CS", "Unlock connector - no charging session running (Not fixed cable)", CORE,
                        LOCKING_CABLE, run -> assertThat(unlock(run.boot(), 1)).isEqualTo(UnlockStatus.UNLOCKED)),
                OcttCase.when("TC_017_2_CS", "Unlock connector - no charging session running (Fixed cable)", CORE,
                        FIXED_CABLE, CoreCases::unlockFixedCable),
                OcttCase.when("TC_018_1_CS", "Unlock Connector - With Charging Session (Not fixed cable)", CORE,
                        LOCKING_CABLE, CoreCases::unlockDuringSession),
                OcttCase.when("TC_018_2_CS", "Unlock Connector - With Charging Session (Fixed cable)", CORE,
                        FIXED_CABLE, CoreCases::unlockFixedCableDuringSession),
                // ---- 2.8 Configuration happy flow ----
                OcttCase.of("TC_019_CS", "Retrieve configuration", CORE, CoreCases::retrieveConfiguration),
                OcttCase.of("TC_021_CS", "Change/set Configuration", CORE, CoreCases::changeConfiguration),
                // ---- 2.9 Meter values ----
                OcttCase.of("TC_070_CS", "Sampled Meter Values", CORE, CoreCases::sampledMeterValues),
                OcttCase.of("TC_071_CS", "Clock-aligned Meter Values", CORE, CoreCases::clockAlignedMeterValues),
                // ---- 2.10 Basic actions non-happy flow ----
                OcttCase.of("TC_023_CS", "Start Charging Session – Authorize invalid", CORE, CoreCases::authorizeInvalid),
                OcttCase.when("TC_024_CS", "Start Charging Session - Lock Failure", CORE, LOCKING_CABLE,
                        CoreCases::lockFailure),
                // ---- 2.11 Remote actions non-happy flow ----
                OcttCase.of("TC_026_CS", "Remote Start Charging Session – Rejected", CORE, CoreCases::remoteStartRejected),
                OcttCase.of("TC_027_CS", "Remote start transaction - connector id shall not be 0", CORE,
                        run -> assertThat(run.boot().remoteStart(0, TAG, null)).isEqualTo(RemoteStartStopStatus.REJECTED)),
                OcttCase.of("TC_028_CS", "Remote Stop Transaction – Rejected", CORE, CoreCases::remoteStopRejected),
                // ---- 2.12 Unlocking non-happy flow ----
                OcttCase.when("TC_030_CS", "Unlock Connector – Unlock Failure", CORE, LOCKING_CABLE, run -> {
                    run.boot().harness().hardware().failLocking(1, false, true);
                    assertThat(unlock(run, 1)).isEqualTo(UnlockStatus.UNLOCK_FAILED);
                }),
                OcttCase.of("TC_031_CS", "Unlock Connector – Unknown Connector", CORE,
                        run -> assertThat(unlock(run.boot(), run.last() + 1)).isEqualTo(UnlockStatus.NOT_SUPPORTED)),
                // ---- 2.13 Power failure ----
                OcttCase.when("TC_032_1_CS",
                        "Power failure boot charging point - configured to stop transaction(s) before going down", CORE,
                        Pics.requires(Pics.STOP_BEFORE_POWER_DOWN, "StopTransaction before going down"),
                        run -> powerFailure(run, true)),
                OcttCase.when("TC_032_2_CS", "Power failure boot charging point-configured to stop transaction(s)", CORE,
                        Pics.requires(Pics.STOP_AFTER_POWER_DOWN, "StopTransaction after power loss"),
                        run -> powerFailure(run, false)),
                OcttCase.of("TC_034_CS", "Power Failure with Unavailable Status", CORE, CoreCases::powerFailureUnavailable),
                // ---- 2.14 Offline behavior ----
                OcttCase.of("TC_036_CS", "Connection Loss During Transaction", CORE, CoreCases::connectionLoss),
                OcttCase.when("TC_037_1_CS", "Offline Start Transaction - Valid IdTag", CORE,
                        Pics.requires(Pics.OFFLINE_AUTHORIZATION, "offline authorization"), CoreCases::offlineStartValid),
                OcttCase.when("TC_037_2_CS", "Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = false",
                        CORE, Pics.requires(Pics.OFFLINE_UNKNOWN_ID, "offline authorization of unknown ids"),
                        run -> offlineStartInvalid(run, false)),
                OcttCase.when("TC_037_3_CS", "Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = true",
                        CORE, Pics.requires(Pics.OFFLINE_UNKNOWN_ID, "offline authorization of unknown ids"),
                        run -> offlineStartInvalid(run, true)),
                OcttCase.of("TC_038_CS", "Offline Stop Transaction", CORE, CoreCases::offlineStop),
                OcttCase.when("TC_039_CS", "Offline Transaction", CORE,
                        Pics.requires(Pics.OFFLINE_AUTHORIZATION, "offline authorization"), CoreCases::offlineTransaction),
                // ---- 2.15 Configuration keys non-happy flow ----
                OcttCase.of("TC_040_1_CS", "Configuration key - NotSupported", CORE,
                        run -> assertThat(change(run.boot(), "NoSuchKey", "1")).isEqualTo(ConfigurationStatus.NOT_SUPPORTED)),
                OcttCase.of("TC_040_2_CS", "Configuratoin key - Invalid value", CORE, CoreCases::invalidValue),
                // ---- 2.16 Fault behavior ----
                OcttCase.of("TC_041_CS", "Fault Behavior", CORE, CoreCases::faultBehavior),
                // ---- 2.23 DataTransfer ----
                OcttCase.of("TC_062_CS", "Data Transfer to a Charge Point", CORE, run -> assertThat(run.boot().result(
                        run.chargePoint().dataTransfer(new DataTransferRequest().withVendorId("io.ocpp4j.octt")
                                .withMessageId("Unknown").withData("payload"))).getStatus())
                        .isEqualTo(DataTransferStatus.UNKNOWN_VENDOR_ID)));
    }

    // ---- 2.1 ----------------------------------------------------------------------------------

    private static void coldBoot(CaseRun run) {
        run.csms().heartbeatInterval(60);
        run.harness().connect();
        List<String> actions = run.actions();
        assertThat(actions.get(0)).isEqualTo("BootNotification");
        BootNotificationRequest boot = run.received(BootNotificationRequest.class).get(0);
        assertThat(boot.getChargePointVendor()).isEqualTo(run.profile().vendor());
        assertThat(boot.getChargePointModel()).isEqualTo(run.profile().model());
        for (int id = 0; id <= run.last(); id++) {
            assertThat(run.statuses(id)).as("connector %d", id).containsExactly(ChargePointStatus.AVAILABLE);
        }
        assertThat(actions).containsOnly("BootNotification", "StatusNotification").hasSize(run.last() + 2);
        assertThat(run.harness().station().configuration(ConfigurationKeys.HEARTBEAT_INTERVAL)).contains("60");
        run.clear();
        run.advance(Duration.ofSeconds(59));
        assertThat(run.actions()).isEmpty();
        run.advance(Duration.ofSeconds(1));
        assertThat(run.actions()).containsExactly("Heartbeat");
        run.advance(Duration.ofSeconds(180));
        assertThat(run.actions()).containsExactly("Heartbeat", "Heartbeat", "Heartbeat", "Heartbeat");
    }

    /**
     * While Pending the station sends only BootNotification (again after the interval) and what the
     * CSMS triggers; once accepted it reports every connector, 0 included, once, as it stands then:
     * changes made while Pending are not lost, and only the latest state of each goes.
     */
    private static void coldBootPending(CaseRun run) {
        run.csms().bootAnswers(30, RegistrationStatus.PENDING, RegistrationStatus.PENDING);
        run.harness().connect();
        assertThat(run.actions()).containsExactly("BootNotification");
        // while Pending the CSMS may read and set the configuration
        GetConfigurationResponse configuration = run.result(run.chargePoint().getConfiguration(
                new GetConfigurationRequest().withKey(List.of(ConfigurationKeys.HEARTBEAT_INTERVAL))));
        assertThat(configuration.getConfigurationKey()).extracting(KeyValue::getKey)
                .containsExactly(ConfigurationKeys.HEARTBEAT_INTERVAL);
        assertThat(change(run, ConfigurationKeys.CONNECTION_TIME_OUT, "45")).isEqualTo(ConfigurationStatus.ACCEPTED);
        run.plugIn(1);
        if (run.last() > 1) {
            run.plugIn(run.last());
            run.unplug(run.last());
        }
        run.advance(Duration.ofSeconds(29));
        assertThat(run.actions()).containsExactly("BootNotification");
        run.advance(Duration.ofSeconds(1));
        assertThat(run.actions()).containsExactly("BootNotification", "BootNotification");
        assertThat(run.harness().station().registrationStatus()).contains(RegistrationStatus.PENDING);
        run.clear();
        if (run.profile().supports(REMOTE_TRIGGER)) {
            // TriggerMessage is answered while Pending, and the message it asks for is sent
            assertThat(run.trigger(MessageTrigger.STATUS_NOTIFICATION, 1)).isEqualTo(TriggerMessageStatus.ACCEPTED);
            assertThat(run.received(StatusNotificationRequest.class)).singleElement()
                    .satisfies(status -> assertThat(status.getConnectorId()).isEqualTo(1))
                    .extracting(StatusNotificationRequest::getStatus).isEqualTo(ChargePointStatus.PREPARING);
            run.clear();
            assertThat(run.trigger(MessageTrigger.BOOT_NOTIFICATION, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        } else {
            run.advance(Duration.ofSeconds(30));
        }
        assertThat(run.harness().station().registrationStatus()).contains(RegistrationStatus.ACCEPTED);
        assertThat(run.actions()).first().isEqualTo("BootNotification");
        assertThat(run.actions()).containsOnly("BootNotification", "StatusNotification").hasSize(run.last() + 2);
        for (int id = 0; id <= run.last(); id++) {
            assertThat(run.statuses(id)).as("connector %d", id)
                    .containsExactly(id == 1 ? ChargePointStatus.PREPARING : ChargePointStatus.AVAILABLE);
        }
    }

    // ---- 2.2 ----------------------------------------------------------------------------------

    private static void pluginFirst(CaseRun run) {
        int connector = run.boot().last();
        run.plugIn(connector);
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING);
        run.present(connector, TAG);
        assertThat(run.actions()).containsExactly("StatusNotification", "Authorize", "StartTransaction", "StatusNotification");
        assertThat(run.received(AuthorizeRequest.class).get(0).getIdTag()).isEqualTo(TAG);
        StartTransactionRequest start = run.lastStart();
        assertThat(start.getConnectorId()).isEqualTo(connector);
        assertThat(start.getIdTag()).isEqualTo(TAG);
        assertThat(start.getMeterStart()).isNotNegative();
        assertThat(start.getReservationId()).isNull();
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
        assertThat(run.harness().hardware().isEnergized(connector)).isTrue();
    }

    private static void identificationFirst(CaseRun run) {
        int connector = run.boot().last();
        run.present(connector, TAG);
        assertThat(run.actions()).containsExactly("Authorize", "StatusNotification");
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING);
        run.plugIn(connector);
        assertThat(run.actions()).containsExactly("Authorize", "StatusNotification", "StartTransaction", "StatusNotification");
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
    }

    private static void identificationFirstTimeOut(CaseRun run) {
        int connector = run.boot().last();
        run.configure(ConfigurationKeys.CONNECTION_TIME_OUT, "30");
        run.present(connector, TAG);
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING);
        run.advance(Duration.ofSeconds(30));
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.AVAILABLE);
        run.plugIn(connector);
        assertThat(run.actions()).doesNotContain("StartTransaction");
        assertThat(run.charging(connector)).isFalse();
    }

    // ---- 2.3 ----------------------------------------------------------------------------------

    private static void stopWithSameIdTag(CaseRun run) {
        int transactionId = run.boot().charge(1, TAG);
        run.advance(Duration.ofMinutes(1));
        run.clear();
        run.present(1, TAG);
        assertThat(run.actions()).as("the same tag stops without a new Authorize").doesNotContain("Authorize");
        StopTransactionRequest stop = run.stop();
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
        assertThat(stop.getIdTag()).isEqualTo(TAG);
        assertThat(stop.getReason()).isIn(null, Reason.LOCAL);
        assertThat(stop.getMeterStop()).isPositive();
        assertThat(run.statuses(1)).containsExactly(ChargePointStatus.FINISHING);
        run.unplug(1);
        assertThat(run.statuses(1)).containsExactly(ChargePointStatus.FINISHING, ChargePointStatus.AVAILABLE);
    }

    private static void stopWithParentIdTag(CaseRun run) {
        int transactionId = run.boot().charge(1, "GROUP-A1");
        run.clear();
        run.present(1, "GROUP-A2");
        assertThat(run.actions()).startsWith("Authorize", "StopTransaction");
        StopTransactionRequest stop = run.stop();
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
        assertThat(stop.getIdTag()).isEqualTo("GROUP-A2");
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.FINISHING);
        run.unplug(1);
        // a tag of another group does not stop it
        int next = run.charge(run.last(), "GROUP-A1");
        run.clear();
        run.present(run.last(), OTHER_TAG);
        assertThat(run.charging(run.last())).isTrue();
        assertThat(run.received(StopTransactionRequest.class)).isEmpty();
        assertThat(run.transactionId(run.last())).isEqualTo(next);
    }

    private static void evSideDisconnected(CaseRun run, boolean unlock) {
        run.boot().configure(ConfigurationKeys.STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT, "true");
        if (!run.profile().fixedCable()) {
            run.configure(ConfigurationKeys.UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT, Boolean.toString(unlock));
        }
        int transactionId = run.charge(1, TAG);
        run.clear();
        run.unplug(1);
        StopTransactionRequest stop = run.stop();
        assertThat(stop.getReason()).isEqualTo(Reason.EV_DISCONNECTED);
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
        assertThat(run.harness().hardware().isEnergized(1)).isFalse();
        if (!run.profile().fixedCable()) {
            assertThat(run.harness().hardware().isLocked(1)).isEqualTo(!unlock);
        }
    }

    private static void evSideDisconnectedKeepTransaction(CaseRun run) {
        run.boot().configure(ConfigurationKeys.STOP_TRANSACTION_ON_EV_SIDE_DISCONNECT, "false");
        if (!run.profile().fixedCable()) {
            run.configure(ConfigurationKeys.UNLOCK_CONNECTOR_ON_EV_SIDE_DISCONNECT, "false");
        }
        int transactionId = run.charge(1, TAG);
        run.clear();
        run.unplug(1);
        assertThat(run.received(StopTransactionRequest.class)).isEmpty();
        assertThat(run.statuses(1)).containsExactly(ChargePointStatus.SUSPENDED_EV);
        assertThat(run.charging(1)).isTrue();
        run.plugIn(1);
        assertThat(run.statuses(1)).containsExactly(ChargePointStatus.SUSPENDED_EV, ChargePointStatus.CHARGING);
        run.present(1, TAG);
        assertThat(run.stop().getTransactionId()).isEqualTo(transactionId);
    }

    // ---- 2.4 ----------------------------------------------------------------------------------

    private static void cachedId(CaseRun run) {
        run.boot().configure(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED, "true")
                .configure(ConfigurationKeys.LOCAL_PRE_AUTHORIZE, "true");
        run.charge(1, TAG); // the CSMS's answer goes into the cache
        run.present(1, TAG);
        run.unplug(1);
        run.clear();
        run.plugIn(1);
        run.present(1, TAG);
        assertThat(run.actions()).containsExactly("StatusNotification", "StartTransaction", "StatusNotification");
        assertThat(run.statuses(1)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
    }

    private static void clearCache(CaseRun run) {
        run.boot().configure(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED, "true")
                .configure(ConfigurationKeys.LOCAL_PRE_AUTHORIZE, "true");
        run.charge(1, TAG);
        run.present(1, TAG);
        run.unplug(1);
        assertThat(run.result(run.chargePoint().clearCache(new ClearCacheRequest())).getStatus())
                .isEqualTo(ClearCacheStatus.ACCEPTED);
        run.clear();
        run.plugIn(1);
        run.present(1, TAG);
        assertThat(run.actions()).as("the tag is no longer cached").containsExactly("StatusNotification", "Authorize",
                "StartTransaction", "StatusNotification");
    }

    // ---- 2.5 ----------------------------------------------------------------------------------

    private static void remoteStartCableFirst(CaseRun run) {
        int connector = run.boot().last();
        run.plugIn(connector);
        assertThat(run.remoteStart(connector, TAG, null)).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(run.transactionMessages()).containsExactly("StartTransaction");
        assertThat(run.lastStart().getConnectorId()).isEqualTo(connector);
        assertThat(run.lastStart().getIdTag()).isEqualTo(TAG);
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
    }

    private static void remoteStartFirst(CaseRun run) {
        int connector = run.boot().last();
        assertThat(run.remoteStart(connector, TAG, null)).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING);
        run.plugIn(connector);
        assertThat(run.transactionMessages()).containsExactly("StartTransaction");
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
    }

    private static void remoteStartTimeOut(CaseRun run) {
        int connector = run.boot().last();
        run.configure(ConfigurationKeys.CONNECTION_TIME_OUT, "30");
        assertThat(run.remoteStart(connector, TAG, null)).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        run.advance(Duration.ofSeconds(30));
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.AVAILABLE);
        run.plugIn(connector);
        assertThat(run.transactionMessages()).isEmpty();
    }

    private static void remoteStop(CaseRun run) {
        int transactionId = run.boot().charge(run.last(), TAG);
        run.clear();
        assertThat(run.remoteStop(transactionId)).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        StopTransactionRequest stop = run.stop();
        assertThat(stop.getReason()).isEqualTo(Reason.REMOTE);
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
        assertThat(run.statuses(run.last())).containsExactly(ChargePointStatus.FINISHING);
        run.unplug(run.last());
        assertThat(run.statuses(run.last())).containsExactly(ChargePointStatus.FINISHING, ChargePointStatus.AVAILABLE);
    }

    // ---- 2.6 ----------------------------------------------------------------------------------

    private static void resetWithout(CaseRun run, ResetType type) {
        run.boot().resetAndReboot(type);
        assertThat(run.actions()).startsWith("BootNotification").containsOnly("BootNotification", "StatusNotification");
        for (int id = 1; id <= run.last(); id++) {
            assertThat(run.statuses(id)).containsExactly(ChargePointStatus.AVAILABLE);
        }
    }

    private static void resetWith(CaseRun run, ResetType type, Reason reason) {
        int transactionId = run.boot().charge(1, TAG);
        run.advance(Duration.ofMinutes(1));
        run.clear();
        run.resetAndReboot(type);
        assertThat(run.actions()).startsWith("StopTransaction").contains("BootNotification");
        StopTransactionRequest stop = run.stop();
        assertThat(stop.getReason()).isEqualTo(reason);
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
        assertThat(run.charging(1)).isFalse();
    }

    // ---- 2.7 and 2.12 -------------------------------------------------------------------------

    private static UnlockStatus unlock(CaseRun run, int connectorId) {
        return run.result(run.chargePoint().unlockConnector(new UnlockConnectorRequest().withConnectorId(connectorId)))
                .getStatus();
    }

    private static void unlockFixedCable(CaseRun run) {
        for (int id = 1; id <= run.boot().last(); id++) {
            assertThat(unlock(run, id)).isEqualTo(UnlockStatus.NOT_SUPPORTED);
        }
        assertThat(run.actions()).isEmpty();
    }

    private static void unlockDuringSession(CaseRun run) {
        int transactionId = run.boot().charge(1, TAG);
        run.clear();
        assertThat(unlock(run, 1)).isEqualTo(UnlockStatus.UNLOCKED);
        StopTransactionRequest stop = run.stop();
        assertThat(stop.getReason()).isEqualTo(Reason.UNLOCK_COMMAND);
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
    }

    private static void unlockFixedCableDuringSession(CaseRun run) {
        run.boot().charge(1, TAG);
        run.clear();
        assertThat(unlock(run, 1)).isEqualTo(UnlockStatus.NOT_SUPPORTED);
        assertThat(run.actions()).isEmpty();
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.CHARGING);
    }

    private static void lockFailure(CaseRun run) {
        run.boot().harness().hardware().failLocking(1, true, false);
        run.plugIn(1);
        run.present(1, TAG);
        assertThat(run.charging(1)).isFalse();
        assertThat(run.statuses(1)).contains(ChargePointStatus.FAULTED);
    }

    // ---- 2.8 and 2.15 -------------------------------------------------------------------------

    private static ConfigurationStatus change(CaseRun run, String key, String value) {
        return run.result(run.chargePoint().changeConfiguration(new ChangeConfigurationRequest().withKey(key).withValue(value)))
                .getStatus();
    }

    private static void retrieveConfiguration(CaseRun run) {
        run.boot();
        GetConfigurationResponse all = run.result(run.chargePoint().getConfiguration(new GetConfigurationRequest()));
        assertThat(all.getUnknownKey()).isNullOrEmpty();
        List<String> keys = all.getConfigurationKey().stream().map(KeyValue::getKey).toList();
        assertThat(keys).contains(ConfigurationKeys.HEARTBEAT_INTERVAL, ConfigurationKeys.METER_VALUES_SAMPLED_DATA,
                ConfigurationKeys.NUMBER_OF_CONNECTORS, ConfigurationKeys.SUPPORTED_FEATURE_PROFILES,
                ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS);
        assertThat(value(all, ConfigurationKeys.NUMBER_OF_CONNECTORS)).isEqualTo(Integer.toString(run.last()));
        assertThat(value(all, ConfigurationKeys.SUPPORTED_FEATURE_PROFILES).split(","))
                .containsExactlyInAnyOrderElementsOf(run.profile().featureProfiles());
        run.profile().configuration().forEach((key, expected) -> assertThat(value(all, key)).as(key).isEqualTo(expected));
        // one key at a time, as many as GetConfigurationMaxKeys allows per request
        int maxKeys = Integer.parseInt(value(all, ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS));
        List<String> some = List.of(ConfigurationKeys.HEARTBEAT_INTERVAL, ConfigurationKeys.CONNECTION_TIME_OUT,
                ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL).subList(0, Math.min(3, maxKeys));
        GetConfigurationResponse selected = run.result(run.chargePoint().getConfiguration(
                new GetConfigurationRequest().withKey(some)));
        assertThat(selected.getConfigurationKey()).extracting(KeyValue::getKey).containsExactlyInAnyOrderElementsOf(some);
        GetConfigurationResponse unknown = run.result(run.chargePoint().getConfiguration(
                new GetConfigurationRequest().withKey(List.of("NoSuchKey"))));
        assertThat(unknown.getUnknownKey()).containsExactly("NoSuchKey");
    }

    private static String value(GetConfigurationResponse response, String key) {
        return response.getConfigurationKey().stream().filter(k -> k.getKey().equals(key)).findFirst()
                .map(KeyValue::getValue).orElseThrow(() -> new AssertionError("no key " + key));
    }

    private static void changeConfiguration(CaseRun run) {
        run.boot();
        // both ends of each range the station's ORS give are accepted
        run.profile().ranges().forEach((key, range) -> run.configure(key, Long.toString(range.min()))
                .configure(key, Long.toString(range.max())));
        run.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "30");
        GetConfigurationResponse read = run.result(run.chargePoint().getConfiguration(
                new GetConfigurationRequest().withKey(List.of(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL))));
        assertThat(value(read, ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL)).isEqualTo("30");
        run.charge(1, TAG);
        run.clear();
        run.advance(Duration.ofSeconds(30));
        assertThat(run.received(MeterValuesRequest.class)).hasSize(1);
    }

    private static void invalidValue(CaseRun run) {
        run.boot();
        assertThat(change(run, ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "-1")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change(run, ConfigurationKeys.HEARTBEAT_INTERVAL, "often")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change(run, ConfigurationKeys.NUMBER_OF_CONNECTORS, "9")).isEqualTo(ConfigurationStatus.REJECTED);
        // values just outside the ranges the station's ORS give are rejected, and change nothing
        run.profile().ranges().forEach((key, range) -> {
            String before = run.harness().station().configuration(key).orElseThrow();
            assertThat(change(run, key, Long.toString(range.min() - 1))).as(key).isEqualTo(ConfigurationStatus.REJECTED);
            if (range.max() < Integer.MAX_VALUE) {
                assertThat(change(run, key, Long.toString(range.max() + 1))).as(key).isEqualTo(ConfigurationStatus.REJECTED);
            }
            assertThat(run.harness().station().configuration(key)).as(key).contains(before);
        });
    }

    // ---- 2.9 ----------------------------------------------------------------------------------

    /** @return the station's measurands, as many as its MeterValuesSampledDataMaxLength allows */
    private static List<String> measurands(CaseRun run, String maxLengthKey) {
        int max = Integer.parseInt(run.harness().station().configuration(maxLengthKey).orElseThrow());
        return run.profile().measurands().stream().map(Measurand::value).limit(max).toList();
    }

    private static void sampledMeterValues(CaseRun run) {
        List<String> measurands = measurands(run.boot(), ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH);
        run.configure(ConfigurationKeys.METER_VALUES_SAMPLED_DATA, String.join(",", measurands))
                .configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60");
        int connector = run.last();
        int transactionId = run.charge(connector, TAG);
        run.clear();
        run.advance(Duration.ofSeconds(120));
        List<MeterValuesRequest> values = run.received(MeterValuesRequest.class);
        assertThat(values).hasSize(2);
        for (MeterValuesRequest request : values) {
            assertThat(request.getConnectorId()).isEqualTo(connector);
            assertThat(request.getTransactionId()).isEqualTo(transactionId);
            List<SampledValue> sampled = request.getMeterValue().get(0).getSampledValue();
            assertThat(sampled).extracting(SampledValue::getContext).containsOnly(ReadingContext.SAMPLE_PERIODIC);
            assertThat(sampled).extracting(v -> v.getMeasurand().value()).containsExactlyInAnyOrderElementsOf(measurands);
        }
        assertThat(values.get(1).getMeterValue().get(0).getTimestamp().toInstant())
                .isEqualTo(values.get(0).getMeterValue().get(0).getTimestamp().toInstant().plusSeconds(60));
    }

    /**
     * @return the MeterValueSampleInterval that keeps sampled meter values out of the way: 0 (none)
     *         where the station accepts it, else its longest
     */
    private static String noSampling(CaseRun run) {
        return run.profile().range(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL).filter(range -> !range.contains(0))
                .map(range -> Long.toString(range.max())).orElse("0");
    }

    private static void clockAlignedMeterValues(CaseRun run) {
        List<String> measurands = measurands(run.boot(), ConfigurationKeys.METER_VALUES_ALIGNED_DATA_MAX_LENGTH);
        run.configure(ConfigurationKeys.METER_VALUES_ALIGNED_DATA, String.join(",", measurands))
                .configure(ConfigurationKeys.CLOCK_ALIGNED_DATA_INTERVAL, "900")
                .configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, noSampling(run));
        int transactionId = run.charge(1, TAG);
        run.clear();
        run.advance(Duration.ofMinutes(15));
        Instant quarter = run.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        List<MeterValuesRequest> values = run.received(MeterValuesRequest.class);
        assertThat(values).extracting(MeterValuesRequest::getConnectorId).contains(1);
        for (MeterValuesRequest request : values) {
            assertThat(request.getMeterValue().get(0).getTimestamp().toInstant()).isEqualTo(quarter);
            assertThat(request.getMeterValue().get(0).getSampledValue()).extracting(SampledValue::getContext)
                    .containsOnly(ReadingContext.SAMPLE_CLOCK);
            assertThat(request.getMeterValue().get(0).getSampledValue()).extracting(v -> v.getMeasurand().value())
                    .isSubsetOf(measurands);
            if (request.getConnectorId() == 1) {
                assertThat(request.getTransactionId()).isEqualTo(transactionId);
            }
        }
        assertThat(quarter.getEpochSecond() % 900).isZero();
    }

    // ---- 2.10 and 2.11 ------------------------------------------------------------------------

    private static void authorizeInvalid(CaseRun run) {
        run.boot().plugIn(1);
        run.present(1, UNKNOWN_TAG);
        assertThat(run.actions()).containsExactly("StatusNotification", "Authorize");
        assertThat(run.charging(1)).isFalse();
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.PREPARING);
        assertThat(run.harness().hardware().isEnergized(1)).isFalse();
        run.present(1, "BLOCKED");
        assertThat(run.transactionMessages()).isEmpty();
    }

    private static void remoteStartRejected(CaseRun run) {
        run.boot().charge(1, TAG);
        assertThat(run.remoteStart(1, OTHER_TAG, null)).as("connector 1 is charging").isEqualTo(RemoteStartStopStatus.REJECTED);
        if (run.last() > 1) {
            assertThat(run.result(run.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                    .withConnectorId(run.last()).withType(AvailabilityType.INOPERATIVE))).getStatus())
                    .isEqualTo(AvailabilityStatus.ACCEPTED);
            assertThat(run.remoteStart(run.last(), OTHER_TAG, null)).as("connector %d is Unavailable", run.last())
                    .isEqualTo(RemoteStartStopStatus.REJECTED);
        }
        assertThat(run.received(StartTransactionRequest.class)).hasSize(1);
    }

    private static void remoteStopRejected(CaseRun run) {
        int transactionId = run.boot().charge(1, TAG);
        run.clear();
        assertThat(run.remoteStop(transactionId + 17)).isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(run.transactionMessages()).isEmpty();
        assertThat(run.charging(1)).isTrue();
    }

    // ---- 2.13 ---------------------------------------------------------------------------------

    private static void powerFailure(CaseRun run, boolean stopBeforeGoingDown) {
        run.boot().configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60");
        int transactionId = run.charge(1, TAG);
        run.advance(Duration.ofSeconds(90));
        if (stopBeforeGoingDown) {
            run.harness().hardware().powerFail();
            run.harness().settle();
        }
        run.rebootAndConnect(true);
        StopTransactionRequest stop = run.received(StopTransactionRequest.class).get(0);
        assertThat(stop.getReason()).isEqualTo(Reason.POWER_LOSS);
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
        assertThat(run.actions()).contains("BootNotification");
        assertThat(run.charging(1)).isFalse();
    }

    private static void powerFailureUnavailable(CaseRun run) {
        run.boot();
        assertThat(run.result(run.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                .withConnectorId(0).withType(AvailabilityType.INOPERATIVE))).getStatus()).isEqualTo(AvailabilityStatus.ACCEPTED);
        run.clear();
        run.rebootAndConnect(true);
        for (int id = 0; id <= run.last(); id++) {
            assertThat(run.statuses(id)).as("connector %d", id).containsExactly(ChargePointStatus.UNAVAILABLE);
        }
        assertThat(run.result(run.chargePoint().changeAvailability(new ChangeAvailabilityRequest()
                .withConnectorId(0).withType(AvailabilityType.OPERATIVE))).getStatus()).isEqualTo(AvailabilityStatus.ACCEPTED);
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
    }

    // ---- 2.14 ---------------------------------------------------------------------------------

    private static void connectionLoss(CaseRun run) {
        run.boot().configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60");
        int transactionId = run.charge(1, TAG);
        run.disconnect();
        run.advance(Duration.ofSeconds(180));
        run.clear();
        run.reconnect();
        assertThat(run.transactionMessages()).containsExactly("MeterValues", "MeterValues", "MeterValues");
        assertThat(run.received(MeterValuesRequest.class)).extracting(MeterValuesRequest::getTransactionId)
                .containsOnly(transactionId);
        assertThat(run.actions()).doesNotContain("BootNotification");
        assertThat(run.charging(1)).isTrue();
    }

    /** The tag goes into the authorization cache (and, with a local list, the list) while online. */
    private static void knowTagLocally(CaseRun run) {
        run.charge(1, TAG);
        run.present(1, TAG);
        run.unplug(1);
    }

    private static void offlineStartValid(CaseRun run) {
        run.boot().configure(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE, "true")
                .configure(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED, "true");
        knowTagLocally(run);
        run.disconnect();
        run.plugIn(1);
        run.present(1, TAG);
        assertThat(run.charging(1)).isTrue();
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        run.clear();
        run.reconnect();
        assertThat(run.transactionMessages()).startsWith("StartTransaction");
        assertThat(run.lastStart().getIdTag()).isEqualTo(TAG);
        assertThat(run.transactionId(1)).isPositive();
    }

    private static void offlineStartInvalid(CaseRun run, boolean stopOnInvalid) {
        run.boot().configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true")
                .configure(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE, "true")
                .configure(ConfigurationKeys.STOP_TRANSACTION_ON_INVALID_ID, Boolean.toString(stopOnInvalid));
        run.disconnect();
        run.plugIn(1);
        run.present(1, UNKNOWN_TAG);
        assertThat(run.charging(1)).isTrue();
        run.clear();
        run.reconnect();
        if (stopOnInvalid) {
            assertThat(run.transactionMessages()).containsExactly("StartTransaction", "StopTransaction");
            assertThat(run.stop().getReason()).isEqualTo(Reason.DE_AUTHORIZED);
            assertThat(run.status(1)).isEqualTo(ChargePointStatus.FINISHING);
        } else {
            assertThat(run.transactionMessages()).containsExactly("StartTransaction");
            assertThat(run.status(1)).isEqualTo(ChargePointStatus.SUSPENDED_EVSE);
            assertThat(run.harness().hardware().isEnergized(1)).isFalse();
            run.unplug(1);
            assertThat(run.stop().getReason()).isEqualTo(Reason.EV_DISCONNECTED);
        }
    }

    private static void offlineStop(CaseRun run) {
        int transactionId = run.boot().charge(1, TAG);
        run.disconnect();
        run.advance(Duration.ofSeconds(30));
        run.present(1, TAG);
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.FINISHING);
        run.clear();
        run.reconnect();
        assertThat(run.transactionMessages()).endsWith("StopTransaction");
        StopTransactionRequest stop = run.stop();
        assertThat(stop.getTransactionId()).isEqualTo(transactionId);
        assertThat(stop.getTimestamp().toInstant()).isEqualTo(run.now());
    }

    private static void offlineTransaction(CaseRun run) {
        run.boot().configure(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE, "true")
                .configure(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED, "true");
        knowTagLocally(run);
        run.disconnect();
        Instant started = run.now();
        run.plugIn(1);
        run.present(1, TAG);
        run.advance(Duration.ofSeconds(90));
        run.present(1, TAG);
        run.unplug(1);
        run.clear();
        run.reconnect();
        assertThat(run.transactionMessages()).startsWith("StartTransaction").endsWith("StopTransaction");
        assertThat(run.lastStart().getTimestamp().toInstant()).isEqualTo(started);
        int given = run.received(StopTransactionRequest.class).get(0).getTransactionId();
        assertThat(given).as("the id the CSMS gave the offline StartTransaction").isPositive();
        assertThat(run.received(MeterValuesRequest.class)).extracting(MeterValuesRequest::getTransactionId).containsOnly(given);
        assertThat(run.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
    }

    // ---- 2.16 ---------------------------------------------------------------------------------

    private static void faultBehavior(CaseRun run) {
        int connector = run.boot().last();
        run.harness().fault(connector, ChargePointErrorCode.GROUND_FAILURE);
        List<StatusNotificationRequest> faults = run.received(StatusNotificationRequest.class);
        assertThat(faults).hasSize(1);
        assertThat(faults.get(0).getConnectorId()).isEqualTo(connector);
        assertThat(faults.get(0).getStatus()).isEqualTo(ChargePointStatus.FAULTED);
        assertThat(faults.get(0).getErrorCode()).isEqualTo(ChargePointErrorCode.GROUND_FAILURE);
        assertThat(run.remoteStart(connector, TAG, null)).isEqualTo(RemoteStartStopStatus.REJECTED);
        run.plugIn(connector);
        run.present(connector, TAG);
        assertThat(run.charging(connector)).isFalse();
        assertThat(run.actions()).as("nothing can start: no Authorize").doesNotContain("Authorize");
        run.harness().fault(connector, null);
        assertThat(run.statuses(connector)).containsExactly(ChargePointStatus.FAULTED, ChargePointStatus.PREPARING);
        assertThat(run.received(StatusNotificationRequest.class).get(1).getErrorCode())
                .isEqualTo(ChargePointErrorCode.NO_ERROR);
    }
}

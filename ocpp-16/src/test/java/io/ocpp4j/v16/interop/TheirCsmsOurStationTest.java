package io.ocpp4j.v16.interop;

import static io.ocpp4j.v16.interop.Interop.WAIT;
import static io.ocpp4j.v16.interop.Interop.result;
import static io.ocpp4j.v16.interop.Interop.sameInstant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.chargetime.ocpp.AuthenticationException;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.JSONServer;
import eu.chargetime.ocpp.ServerEvents;
import eu.chargetime.ocpp.feature.profile.ServerCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ServerCoreProfile;
import eu.chargetime.ocpp.feature.profile.ServerFirmwareManagementEventHandler;
import eu.chargetime.ocpp.feature.profile.ServerFirmwareManagementProfile;
import eu.chargetime.ocpp.feature.profile.ServerLocalAuthListProfile;
import eu.chargetime.ocpp.feature.profile.ServerRemoteTriggerProfile;
import eu.chargetime.ocpp.feature.profile.ServerReservationProfile;
import eu.chargetime.ocpp.feature.profile.ServerSmartChargingProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.SessionInformation;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.MeterValuesConfirmation;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StatusNotificationConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionConfirmation;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationConfirmation;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.v16.interop.Interop.FrameRecorder;
import io.ocpp4j.v16.model.AuthorizationData;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AvailabilityStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationResponse;
import io.ocpp4j.v16.model.CancelReservationStatus;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.ChangeAvailabilityResponse;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChangeConfigurationResponse;
import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileKind;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import io.ocpp4j.v16.model.ClearCacheRequest;
import io.ocpp4j.v16.model.ClearCacheResponse;
import io.ocpp4j.v16.model.ClearCacheStatus;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileResponse;
import io.ocpp4j.v16.model.ClearChargingProfileStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetDiagnosticsResponse;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.GetLocalListVersionResponse;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.model.Location;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.MeterValue;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MeterValuesResponse;
import io.ocpp4j.v16.model.Phase;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.RecurrencyKind;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStartTransactionResponse;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionResponse;
import io.ocpp4j.v16.model.ReservationStatus;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.model.ReserveNowResponse;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetResponse;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.SampledValue;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.SendLocalListResponse;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.model.SetChargingProfileResponse;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageResponse;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.model.UnitOfMeasure;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockConnectorResponse;
import io.ocpp4j.v16.model.UnlockStatus;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.model.UpdateFirmwareResponse;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.model.UpdateType;
import io.ocpp4j.v16.station.Station16;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ChargeTime's Central System ({@link JSONServer} with their Core, FirmwareManagement,
 * LocalAuthListManagement, Reservation, SmartCharging and RemoteTrigger profiles) and our station
 * ({@link Station16} on {@link OcppWebSocketClient}, security profile 1): every action a CSMS sends.
 * Their typed request must reach our handler with every field as they set it; our typed response
 * must reach their confirmation the same way.
 *
 * <p>Wire facts observed (asserted below on the raw frames): ChargeTime writes date-times in UTC with
 * {@code Z} and decimals from {@code Double} ({@code 16.0}); we write the offset we hold and decimals as
 * we hold them ({@code 11040}, {@code 22080.0}). ChargeTime also writes
 * {@code ChargingSchedulePeriod.numberPhases} as 3 when it was never set (their field's initial
 * value), which is 1.6's default anyway, and reads an absent one as 3.
 */
class TheirCsmsOurStationTest {

    private static final String IDENTITY = "CP-IOP-OURS-1";
    /** OCPP-J 1.6: 16 to 20 bytes; ChargeTime's server answers 401 to anything else. */
    private static final String PASSWORD = "s3cret-iop-pass-20!!";

    private static final ZonedDateTime THEIR_TIME = ZonedDateTime.of(2026, 11, 21, 10, 15, 30, 125_000_000,
            ZoneOffset.ofHours(1));
    private static final String THEIR_TIME_ON_THE_WIRE = "\"2026-11-21T09:15:30.125Z\"";
    private static final ZonedDateTime THEIR_LATER = THEIR_TIME.plusHours(2);
    private static final OffsetDateTime OUR_TIME = OffsetDateTime.parse("2026-11-21T10:00:00.5+01:00");

    private final Set<Thread> threadsBefore = Interop.liveThreads();
    private final ExecutorService theirRequests = Interop.installTheirRequestExecutor();
    private final RpcRuntime runtime = RpcRuntime.builder().name("iop-station").build();
    private final Map<String, Object> received = new ConcurrentHashMap<>();
    private final CompletableFuture<UUID> theirSession = new CompletableFuture<>();
    private final CompletableFuture<String> theirView = new CompletableFuture<>();
    private JSONServer theirCsms;
    private ServerCoreProfile core;
    private ServerFirmwareManagementProfile firmware;
    private ServerLocalAuthListProfile localList;
    private ServerSmartChargingProfile smartCharging;
    private ServerRemoteTriggerProfile remoteTrigger;
    private FrameRecorder ourFrames;
    private Connection ourConnection;
    private Station16 station;
    /** What their CSMS's handler received (only MeterValues is handled). */
    private final CompletableFuture<eu.chargetime.ocpp.model.core.MeterValuesRequest> theirMeterValues = new CompletableFuture<>();

    @BeforeEach
    void connectOurStationToTheirCsms() throws Exception {
        core = new ServerCoreProfile(new MeterValuesOnly());
        firmware = new ServerFirmwareManagementProfile(new NothingToHandleFirmware());
        localList = new ServerLocalAuthListProfile();
        smartCharging = new ServerSmartChargingProfile();
        remoteTrigger = new ServerRemoteTriggerProfile();
        theirCsms = new JSONServer(core, JSONConfiguration.get()
                .setParameter("HTTP_HEALTH_CHECK_ENABLED", false)
                .setParameter(JSONConfiguration.WEBSOCKET_WORKER_COUNT, 1));
        theirCsms.addFeatureProfile(firmware);
        theirCsms.addFeatureProfile(localList);
        theirCsms.addFeatureProfile(new ServerReservationProfile());
        theirCsms.addFeatureProfile(smartCharging);
        theirCsms.addFeatureProfile(remoteTrigger);
        theirCsms.open("127.0.0.1", 0, new ServerEvents() {
            @Override
            public void authenticateSession(SessionInformation information, String username, byte[] password)
                    throws AuthenticationException {
                if (!IDENTITY.equals(username)
                        || !PASSWORD.equals(new String(password, StandardCharsets.UTF_8))) {
                    throw new AuthenticationException(401, "bad credentials");
                }
            }

            @Override
            public void newSession(UUID sessionIndex, SessionInformation information) {
                theirView.complete(information.getIdentifier());
                theirSession.complete(sessionIndex);
            }

            @Override
            public void lostSession(UUID sessionIndex) {
            }
        });
        int port = Interop.boundPort(theirCsms);

        station = Station16.builder(runtime)
                .core(new RecordingCore())
                .firmwareManagement(new RecordingFirmware())
                .localAuthListManagement(new RecordingLocalList())
                .reservation(new RecordingReservation())
                .smartCharging(new RecordingSmartCharging())
                .remoteTrigger(new RecordingRemoteTrigger())
                .build();
        Connection connection = OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + port + "/ocpp"))
                .stationIdentity(IDENTITY)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password(PASSWORD)
                .build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(connection.subprotocol()).isEqualTo("ocpp1.6");
        ourFrames = new FrameRecorder();
        ourConnection = ourFrames.observe(connection);
        station.attach(ourConnection);
        theirSession.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // ChargeTime identifies a station by the request path it connected to.
        assertThat(theirView.get()).isEqualTo("/ocpp/" + IDENTITY);
    }

    @AfterEach
    void disconnect() {
        try {
            if (ourConnection != null) {
                ourConnection.close(Connection.CLOSE_NORMAL, "test over");
            }
        } finally {
            // Their close waits up to 10 s for the closing handshakes; bounded here all the same.
            assertTimeoutPreemptively(WAIT.plusSeconds(5), theirCsms::close);
            runtime.close();
            theirRequests.shutdownNow();
        }
        Interop.assertThreadsEnded(threadsBefore);
    }

    @SuppressWarnings("unchecked")
    private <C extends Confirmation> C send(Request request) throws Exception {
        return (C) result(theirCsms.send(theirSession.get(), request));
    }

    @SuppressWarnings("unchecked")
    private <T> T receivedRequest(String action) {
        return (T) received.get(action);
    }

    private String rawCall(String action) {
        return ourFrames.frameContaining("\"" + action + "\"").orElseThrow();
    }

    // ----------------------------------------------------------------------------------------- Core

    @Test
    void changeAvailability() throws Exception {
        eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation confirmation = send(
                core.createChangeAvailabilityRequest(eu.chargetime.ocpp.model.core.AvailabilityType.Inoperative, 0));

        ChangeAvailabilityRequest request = receivedRequest("ChangeAvailability");
        assertThat(request.getConnectorId()).isZero();
        assertThat(request.getType()).isEqualTo(AvailabilityType.INOPERATIVE);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.AvailabilityStatus.Scheduled);
    }

    @Test
    void changeConfiguration() throws Exception {
        eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation confirmation = send(
                core.createChangeConfigurationRequest("MeterValuesSampledData",
                        "Energy.Active.Import.Register,Current.Import,Voltage"));

        ChangeConfigurationRequest request = receivedRequest("ChangeConfiguration");
        assertThat(request.getKey()).isEqualTo("MeterValuesSampledData");
        assertThat(request.getValue()).isEqualTo("Energy.Active.Import.Register,Current.Import,Voltage");
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.ConfigurationStatus.RebootRequired);
    }

    @Test
    void clearCache() throws Exception {
        eu.chargetime.ocpp.model.core.ClearCacheConfirmation confirmation = send(core.createClearCacheRequest());

        assertThat(received).containsKey("ClearCache");
        assertThat(rawCall("ClearCache")).endsWith("\"ClearCache\",{}]");
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.ClearCacheStatus.Accepted);
    }

    @Test
    void dataTransfer() throws Exception {
        var transfer = core.createDataTransferRequest("com.acme.charging");
        transfer.setMessageId("SetLedColour");
        transfer.setData("{\"rgb\":\"#00ff00\",\"label\":\"grün\"}");
        eu.chargetime.ocpp.model.core.DataTransferConfirmation confirmation = send(transfer);

        DataTransferRequest request = receivedRequest("DataTransfer");
        assertThat(request.getVendorId()).isEqualTo("com.acme.charging");
        assertThat(request.getMessageId()).isEqualTo("SetLedColour");
        assertThat(request.getData()).isEqualTo("{\"rgb\":\"#00ff00\",\"label\":\"grün\"}");
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.DataTransferStatus.UnknownMessageId);
        assertThat(confirmation.getData()).isEqualTo("supported: SetLedColor");
    }

    @Test
    void getConfiguration() throws Exception {
        var get = core.createGetConfigurationRequest();
        get.setKey(new String[] {"HeartbeatInterval", "MeterValuesSampledData", "VendorSpecificKey"});
        eu.chargetime.ocpp.model.core.GetConfigurationConfirmation confirmation = send(get);

        GetConfigurationRequest request = receivedRequest("GetConfiguration");
        assertThat(request.getKey()).containsExactly("HeartbeatInterval", "MeterValuesSampledData", "VendorSpecificKey");
        assertThat(confirmation.getConfigurationKey()).hasSize(2);
        assertThat(confirmation.getConfigurationKey()[0].getKey()).isEqualTo("HeartbeatInterval");
        assertThat(confirmation.getConfigurationKey()[0].getReadonly()).isFalse();
        assertThat(confirmation.getConfigurationKey()[0].getValue()).isEqualTo("300");
        assertThat(confirmation.getConfigurationKey()[1].getKey()).isEqualTo("MeterValuesSampledData");
        assertThat(confirmation.getConfigurationKey()[1].getReadonly()).isTrue();
        assertThat(confirmation.getConfigurationKey()[1].getValue()).isEqualTo("Energy.Active.Import.Register,Current.Import");
        assertThat(confirmation.getUnknownKey()).containsExactly("VendorSpecificKey");
    }

    @Test
    void remoteStartTransaction() throws Exception {
        var period = new eu.chargetime.ocpp.model.core.ChargingSchedulePeriod(0, 6.5);
        period.setNumberPhases(1);
        var schedule = new eu.chargetime.ocpp.model.core.ChargingSchedule(eu.chargetime.ocpp.model.core.ChargingRateUnitType.A,
                new eu.chargetime.ocpp.model.core.ChargingSchedulePeriod[] {period});
        var profile = new eu.chargetime.ocpp.model.core.ChargingProfile(7, 0,
                eu.chargetime.ocpp.model.core.ChargingProfilePurposeType.TxProfile,
                eu.chargetime.ocpp.model.core.ChargingProfileKindType.Relative, schedule);
        var start = core.createRemoteStartTransactionRequest("04E8C2B2A5C680");
        start.setConnectorId(1);
        start.setChargingProfile(profile);
        eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation confirmation = send(start);

        RemoteStartTransactionRequest request = receivedRequest("RemoteStartTransaction");
        assertThat(request.getIdTag()).isEqualTo("04E8C2B2A5C680");
        assertThat(request.getConnectorId()).isEqualTo(1);
        ChargingProfile received = request.getChargingProfile();
        assertThat(received.getChargingProfileId()).isEqualTo(7);
        assertThat(received.getStackLevel()).isZero();
        assertThat(received.getChargingProfilePurpose()).isEqualTo(ChargingProfilePurpose.TX_PROFILE);
        assertThat(received.getChargingProfileKind()).isEqualTo(ChargingProfileKind.RELATIVE);
        assertThat(received.getChargingSchedule().getChargingRateUnit()).isEqualTo(ChargingRateUnit.A);
        ChargingSchedulePeriod receivedPeriod = received.getChargingSchedule().getChargingSchedulePeriod().get(0);
        assertThat(receivedPeriod.getStartPeriod()).isZero();
        assertThat(receivedPeriod.getLimit()).isEqualTo(new BigDecimal("6.5"));
        assertThat(receivedPeriod.getNumberPhases()).isEqualTo(1);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.RemoteStartStopStatus.Accepted);
    }

    @Test
    void remoteStopTransaction() throws Exception {
        eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation confirmation = send(
                core.createRemoteStopTransactionRequest(4711));

        RemoteStopTransactionRequest request = receivedRequest("RemoteStopTransaction");
        assertThat(request.getTransactionId()).isEqualTo(4711);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.RemoteStartStopStatus.Rejected);
    }

    @Test
    void reset() throws Exception {
        eu.chargetime.ocpp.model.core.ResetConfirmation confirmation = send(
                core.createResetRequest(eu.chargetime.ocpp.model.core.ResetType.Hard));

        ResetRequest request = receivedRequest("Reset");
        assertThat(request.getType()).isEqualTo(ResetType.HARD);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.ResetStatus.Accepted);
    }

    @Test
    void unlockConnector() throws Exception {
        eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation confirmation = send(core.createUnlockConnectorRequest(2));

        UnlockConnectorRequest request = receivedRequest("UnlockConnector");
        assertThat(request.getConnectorId()).isEqualTo(2);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.UnlockStatus.UnlockFailed);
    }

    // --------------------------------------------------------------------------- FirmwareManagement

    @Test
    void getDiagnostics() throws Exception {
        var get = firmware.createGetDiagnosticsRequest("ftp://diag.example.com/uploads/");
        get.setRetries(2);
        get.setRetryInterval(60);
        get.setStartTime(THEIR_TIME);
        get.setStopTime(THEIR_LATER);
        eu.chargetime.ocpp.model.firmware.GetDiagnosticsConfirmation confirmation = send(get);

        GetDiagnosticsRequest request = receivedRequest("GetDiagnostics");
        assertThat(request.getLocation()).isEqualTo(URI.create("ftp://diag.example.com/uploads/"));
        assertThat(request.getRetries()).isEqualTo(2);
        assertThat(request.getRetryInterval()).isEqualTo(60);
        assertThat(sameInstant(request.getStartTime(), THEIR_TIME)).isTrue();
        assertThat(sameInstant(request.getStopTime(), THEIR_LATER)).isTrue();
        assertThat(rawCall("GetDiagnostics")).contains("\"startTime\":" + THEIR_TIME_ON_THE_WIRE);
        assertThat(confirmation.getFileName()).isEqualTo("diag-" + IDENTITY + "-20261121.zip");
    }

    @Test
    void updateFirmware() throws Exception {
        var update = firmware.createUpdateFirmwareRequest("https://firmware.example.com/acme/x1/2.5.0.bin?sig=a%2Bb", THEIR_TIME);
        update.setRetries(3);
        update.setRetryInterval(120);
        eu.chargetime.ocpp.model.firmware.UpdateFirmwareConfirmation confirmation = send(update);

        UpdateFirmwareRequest request = receivedRequest("UpdateFirmware");
        assertThat(request.getLocation()).isEqualTo(URI.create("https://firmware.example.com/acme/x1/2.5.0.bin?sig=a%2Bb"));
        assertThat(request.getRetries()).isEqualTo(3);
        assertThat(request.getRetryInterval()).isEqualTo(120);
        assertThat(sameInstant(request.getRetrieveDate(), THEIR_TIME)).isTrue();
        assertThat(confirmation).isNotNull();
    }

    // ---------------------------------------------------------------------- LocalAuthListManagement

    @Test
    void getLocalListVersion() throws Exception {
        eu.chargetime.ocpp.model.localauthlist.GetLocalListVersionConfirmation confirmation = send(
                localList.createGetLocalListVersionRequest());

        assertThat(received).containsKey("GetLocalListVersion");
        assertThat(confirmation.getListVersion()).isEqualTo(42);
    }

    @Test
    void sendLocalList() throws Exception {
        var accepted = new eu.chargetime.ocpp.model.localauthlist.AuthorizationData("04E8C2B2A5C680");
        var acceptedInfo = new eu.chargetime.ocpp.model.core.IdTagInfo(eu.chargetime.ocpp.model.core.AuthorizationStatus.Accepted);
        acceptedInfo.setExpiryDate(THEIR_LATER);
        acceptedInfo.setParentIdTag("FLEET-0042");
        accepted.setIdTagInfo(acceptedInfo);
        var blocked = new eu.chargetime.ocpp.model.localauthlist.AuthorizationData("DEADBEEF");
        blocked.setIdTagInfo(new eu.chargetime.ocpp.model.core.IdTagInfo(eu.chargetime.ocpp.model.core.AuthorizationStatus.Blocked));
        var send = localList.createSendLocalListRequest(43, eu.chargetime.ocpp.model.localauthlist.UpdateType.Full);
        send.setLocalAuthorizationList(new eu.chargetime.ocpp.model.localauthlist.AuthorizationData[] {accepted, blocked});
        eu.chargetime.ocpp.model.localauthlist.SendLocalListConfirmation confirmation = send(send);

        SendLocalListRequest request = receivedRequest("SendLocalList");
        assertThat(request.getListVersion()).isEqualTo(43);
        assertThat(request.getUpdateType()).isEqualTo(UpdateType.FULL);
        assertThat(request.getLocalAuthorizationList()).hasSize(2);
        AuthorizationData first = request.getLocalAuthorizationList().get(0);
        assertThat(first.getIdTag()).isEqualTo("04E8C2B2A5C680");
        assertThat(first.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(first.getIdTagInfo().getParentIdTag()).isEqualTo("FLEET-0042");
        assertThat(sameInstant(first.getIdTagInfo().getExpiryDate(), THEIR_LATER)).isTrue();
        assertThat(request.getLocalAuthorizationList().get(1))
                .isEqualTo(new AuthorizationData().withIdTag("DEADBEEF").withIdTagInfo(new IdTagInfo().withStatus(AuthorizationStatus.BLOCKED)));
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.localauthlist.UpdateStatus.VersionMismatch);
    }

    // ---------------------------------------------------------------------------------- Reservation

    @Test
    void reserveNow() throws Exception {
        var reserve = new eu.chargetime.ocpp.model.reservation.ReserveNowRequest(2, THEIR_LATER, "04E8C2B2A5C680", 1001);
        reserve.setParentIdTag("FLEET-0042");
        eu.chargetime.ocpp.model.reservation.ReserveNowConfirmation confirmation = send(reserve);

        ReserveNowRequest request = receivedRequest("ReserveNow");
        assertThat(request.getConnectorId()).isEqualTo(2);
        assertThat(request.getIdTag()).isEqualTo("04E8C2B2A5C680");
        assertThat(request.getParentIdTag()).isEqualTo("FLEET-0042");
        assertThat(request.getReservationId()).isEqualTo(1001);
        assertThat(sameInstant(request.getExpiryDate(), THEIR_LATER)).isTrue();
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.reservation.ReservationStatus.Occupied);
    }

    @Test
    void cancelReservation() throws Exception {
        var cancel = new eu.chargetime.ocpp.model.reservation.CancelReservationRequest(1001);
        eu.chargetime.ocpp.model.reservation.CancelReservationConfirmation confirmation = send(cancel);

        CancelReservationRequest request = receivedRequest("CancelReservation");
        assertThat(request.getReservationId()).isEqualTo(1001);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.reservation.CancelReservationStatus.Accepted);
    }

    // -------------------------------------------------------------------------------- SmartCharging

    @Test
    void setChargingProfile() throws Exception {
        var first = new eu.chargetime.ocpp.model.core.ChargingSchedulePeriod(0, 6.5);
        first.setNumberPhases(1);
        var second = new eu.chargetime.ocpp.model.core.ChargingSchedulePeriod(3600, 16.0);
        var schedule = new eu.chargetime.ocpp.model.core.ChargingSchedule(eu.chargetime.ocpp.model.core.ChargingRateUnitType.A,
                new eu.chargetime.ocpp.model.core.ChargingSchedulePeriod[] {first, second});
        schedule.setDuration(86_400);
        schedule.setStartSchedule(THEIR_TIME);
        schedule.setMinChargingRate(4.2);
        var profile = new eu.chargetime.ocpp.model.core.ChargingProfile(12, 3,
                eu.chargetime.ocpp.model.core.ChargingProfilePurposeType.TxDefaultProfile,
                eu.chargetime.ocpp.model.core.ChargingProfileKindType.Recurring, schedule);
        profile.setRecurrencyKind(eu.chargetime.ocpp.model.core.RecurrencyKindType.Daily);
        profile.setValidFrom(THEIR_TIME);
        profile.setValidTo(THEIR_TIME.plusYears(1));
        eu.chargetime.ocpp.model.smartcharging.SetChargingProfileConfirmation confirmation = send(
                smartCharging.createSetChargingProfileRequest(1, profile));

        SetChargingProfileRequest request = receivedRequest("SetChargingProfile");
        assertThat(request.getConnectorId()).isEqualTo(1);
        ChargingProfile received = request.getCsChargingProfiles();
        assertThat(received.getChargingProfileId()).isEqualTo(12);
        assertThat(received.getStackLevel()).isEqualTo(3);
        assertThat(received.getTransactionId()).isNull();
        assertThat(received.getChargingProfilePurpose()).isEqualTo(ChargingProfilePurpose.TX_DEFAULT_PROFILE);
        assertThat(received.getChargingProfileKind()).isEqualTo(ChargingProfileKind.RECURRING);
        assertThat(received.getRecurrencyKind()).isEqualTo(RecurrencyKind.DAILY);
        assertThat(sameInstant(received.getValidFrom(), THEIR_TIME)).isTrue();
        assertThat(sameInstant(received.getValidTo(), THEIR_TIME.plusYears(1))).isTrue();
        ChargingSchedule receivedSchedule = received.getChargingSchedule();
        assertThat(receivedSchedule.getDuration()).isEqualTo(86_400);
        assertThat(sameInstant(receivedSchedule.getStartSchedule(), THEIR_TIME)).isTrue();
        assertThat(receivedSchedule.getChargingRateUnit()).isEqualTo(ChargingRateUnit.A);
        assertThat(receivedSchedule.getMinChargingRate()).isEqualByComparingTo("4.2");
        assertThat(receivedSchedule.getChargingSchedulePeriod()).hasSize(2);
        assertThat(receivedSchedule.getChargingSchedulePeriod().get(0).getLimit()).isEqualTo(new BigDecimal("6.5"));
        assertThat(receivedSchedule.getChargingSchedulePeriod().get(0).getNumberPhases()).isEqualTo(1);
        assertThat(receivedSchedule.getChargingSchedulePeriod().get(1).getStartPeriod()).isEqualTo(3600);
        assertThat(receivedSchedule.getChargingSchedulePeriod().get(1).getLimit()).isEqualByComparingTo("16");
        // Never set on their side, yet sent: their field starts at 3 (1.6's default for AC).
        assertThat(receivedSchedule.getChargingSchedulePeriod().get(1).getNumberPhases()).isEqualTo(3);
        assertThat(rawCall("SetChargingProfile")).contains("\"limit\":16.0").contains("\"numberPhases\":3")
                .contains("\"csChargingProfiles\":{");
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.smartcharging.ChargingProfileStatus.Accepted);
    }

    @Test
    void clearChargingProfile() throws Exception {
        var clear = smartCharging.createClearChargingProfileRequest();
        clear.setId(12);
        clear.setConnectorId(1);
        clear.setChargingProfilePurpose(eu.chargetime.ocpp.model.core.ChargingProfilePurposeType.TxDefaultProfile);
        clear.setStackLevel(3);
        eu.chargetime.ocpp.model.smartcharging.ClearChargingProfileConfirmation confirmation = send(clear);

        ClearChargingProfileRequest request = receivedRequest("ClearChargingProfile");
        assertThat(request.getId()).isEqualTo(12);
        assertThat(request.getConnectorId()).isEqualTo(1);
        assertThat(request.getChargingProfilePurpose()).isEqualTo(ChargingProfilePurpose.TX_DEFAULT_PROFILE);
        assertThat(request.getStackLevel()).isEqualTo(3);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.smartcharging.ClearChargingProfileStatus.Unknown);
    }

    @Test
    void getCompositeSchedule() throws Exception {
        var get = smartCharging.createGetCompositeScheduleRequest(1, 86_400);
        get.setChargingRateUnit(eu.chargetime.ocpp.model.smartcharging.ChargingRateUnitType.W);
        eu.chargetime.ocpp.model.smartcharging.GetCompositeScheduleConfirmation confirmation = send(get);

        GetCompositeScheduleRequest request = receivedRequest("GetCompositeSchedule");
        assertThat(request.getConnectorId()).isEqualTo(1);
        assertThat(request.getDuration()).isEqualTo(86_400);
        assertThat(request.getChargingRateUnit()).isEqualTo(ChargingRateUnit.W);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.smartcharging.GetCompositeScheduleStatus.Accepted);
        assertThat(confirmation.getConnectorId()).isEqualTo(1);
        assertThat(sameInstant(OUR_TIME, confirmation.getScheduleStart())).isTrue();
        var schedule = confirmation.getChargingSchedule();
        assertThat(schedule.getDuration()).isEqualTo(86_400);
        assertThat(sameInstant(OUR_TIME, schedule.getStartSchedule())).isTrue();
        assertThat(schedule.getChargingRateUnit()).isEqualTo(eu.chargetime.ocpp.model.core.ChargingRateUnitType.W);
        assertThat(schedule.getMinChargingRate()).isEqualTo(1380.0);
        assertThat(schedule.getChargingSchedulePeriod()).hasSize(3);
        assertThat(schedule.getChargingSchedulePeriod()[0].getStartPeriod()).isZero();
        assertThat(schedule.getChargingSchedulePeriod()[0].getLimit()).isEqualTo(4485.5);
        assertThat(schedule.getChargingSchedulePeriod()[0].getNumberPhases()).isEqualTo(1);
        assertThat(schedule.getChargingSchedulePeriod()[1].getStartPeriod()).isEqualTo(3600);
        assertThat(schedule.getChargingSchedulePeriod()[1].getLimit()).isEqualTo(11040.0);
        assertThat(schedule.getChargingSchedulePeriod()[1].getNumberPhases()).isEqualTo(3);
        assertThat(schedule.getChargingSchedulePeriod()[2].getLimit()).isEqualTo(22080.0);
        // We sent no numberPhases for the last period; Gson keeps their field's initial 3.
        assertThat(schedule.getChargingSchedulePeriod()[2].getNumberPhases()).isEqualTo(3);
        // We write decimals as we hold them and date-times with their offset.
        assertThat(ourFrames.sentFrameContaining("\"scheduleStart\"").orElseThrow())
                .contains("\"scheduleStart\":\"2026-11-21T10:00:00.5+01:00\"")
                .contains("\"limit\":4485.5").contains("\"limit\":11040,").contains("\"limit\":22080.0}")
                .contains("\"minChargingRate\":1380");
    }

    // -------------------------------------------------------------------------------- RemoteTrigger

    @Test
    void triggerMessage() throws Exception {
        eu.chargetime.ocpp.model.remotetrigger.TriggerMessageConfirmation confirmation = send(
                remoteTrigger.createTriggerMessageRequest(
                        eu.chargetime.ocpp.model.remotetrigger.TriggerMessageRequestType.MeterValues, 1));

        TriggerMessageRequest request = receivedRequest("TriggerMessage");
        assertThat(request.getRequestedMessage()).isEqualTo(MessageTrigger.METER_VALUES);
        assertThat(request.getConnectorId()).isEqualTo(1);
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.remotetrigger.TriggerMessageStatus.Accepted);
    }

    // ------------------------------------------------------------------------- errors, other way

    @Test
    void aRequestTheirModelAllowsButTheSchemaForbidsIsRefusedWithTheViolation() {
        // ChargeTime's GetDiagnosticsRequest takes any string as location; 1.6 says it is a URI.
        var get = firmware.createGetDiagnosticsRequest("uploads/diagnostics");
        assertThatThrownBy(() -> send(get))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(eu.chargetime.ocpp.CallErrorException.class,
                        error -> assertThat(error.getErrorCode()).isEqualTo("PropertyConstraintViolation"));
        assertThat(received).doesNotContainKey("GetDiagnostics");
    }

    @Test
    void ourMeterValuesReachThemWithUnitsTheirSettersWouldRefuse() throws Exception {
        MeterValuesResponse response = result(station.centralSystem().meterValues(new MeterValuesRequest()
                .withConnectorId(1)
                .withTransactionId(4711)
                .withMeterValue(List.of(new MeterValue()
                        .withTimestamp(OUR_TIME)
                        .withSampledValue(List.of(
                                new SampledValue().withValue("49.98").withMeasurand(Measurand.FREQUENCY).withUnit(UnitOfMeasure.HERTZ),
                                new SampledValue().withValue("6.5").withMeasurand(Measurand.CURRENT_IMPORT)
                                        .withPhase(Phase.L_1).withUnit(UnitOfMeasure.A)
                                        .withContext(ReadingContext.SAMPLE_PERIODIC).withLocation(Location.OUTLET)))))));

        assertThat(response).isNotNull();
        var request = theirMeterValues.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(request.getConnectorId()).isEqualTo(1);
        assertThat(request.getTransactionId()).isEqualTo(4711);
        assertThat(sameInstant(OUR_TIME, request.getMeterValue()[0].getTimestamp())).isTrue();
        var frequency = request.getMeterValue()[0].getSampledValue()[0];
        assertThat(frequency.getValue()).isEqualTo("49.98");
        assertThat(frequency.getMeasurand()).isEqualTo("Frequency");
        // "Hertz" (OCPP 1.6 errata) is not in ChargeTime's unit list: their setter throws for it. Gson
        // fills fields without setters, so it arrives all the same.
        assertThat(frequency.getUnit()).isEqualTo("Hertz");
        assertThatThrownBy(() -> new eu.chargetime.ocpp.model.core.SampledValue("49.98").setUnit("Hertz"))
                .isInstanceOf(eu.chargetime.ocpp.PropertyConstraintException.class);
        var current = request.getMeterValue()[0].getSampledValue()[1];
        assertThat(current.getMeasurand()).isEqualTo("Current.Import");
        assertThat(current.getPhase()).isEqualTo("L1");
        assertThat(current.getUnit()).isEqualTo("A");
        assertThat(current.getContext()).isEqualTo("Sample.Periodic");
        assertThat(current.getLocation()).isEqualTo(eu.chargetime.ocpp.model.core.Location.Outlet);
    }

    // ------------------------------------------------------------------------------ our handlers

    private <T> CompletionStage<T> answer(String action, Object request, CallContext context, T response) {
        assertThat(context.stationIdentity()).isEqualTo(IDENTITY);
        received.put(action, request);
        return CompletableFuture.completedFuture(response);
    }

    private final class RecordingCore implements io.ocpp4j.v16.station.CoreHandler {
        @Override
        public CompletionStage<ChangeAvailabilityResponse> onChangeAvailability(ChangeAvailabilityRequest request, CallContext context) {
            return answer("ChangeAvailability", request, context, new ChangeAvailabilityResponse().withStatus(AvailabilityStatus.SCHEDULED));
        }

        @Override
        public CompletionStage<ChangeConfigurationResponse> onChangeConfiguration(ChangeConfigurationRequest request, CallContext context) {
            return answer("ChangeConfiguration", request, context,
                    new ChangeConfigurationResponse().withStatus(ConfigurationStatus.REBOOT_REQUIRED));
        }

        @Override
        public CompletionStage<ClearCacheResponse> onClearCache(ClearCacheRequest request, CallContext context) {
            return answer("ClearCache", request, context, new ClearCacheResponse().withStatus(ClearCacheStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<DataTransferResponse> onDataTransfer(DataTransferRequest request, CallContext context) {
            return answer("DataTransfer", request, context, new DataTransferResponse()
                    .withStatus(DataTransferStatus.UNKNOWN_MESSAGE_ID).withData("supported: SetLedColor"));
        }

        @Override
        public CompletionStage<GetConfigurationResponse> onGetConfiguration(GetConfigurationRequest request, CallContext context) {
            return answer("GetConfiguration", request, context, new GetConfigurationResponse()
                    .withConfigurationKey(List.of(
                            new KeyValue().withKey("HeartbeatInterval").withReadonly(false).withValue("300"),
                            new KeyValue().withKey("MeterValuesSampledData").withReadonly(true)
                                    .withValue("Energy.Active.Import.Register,Current.Import")))
                    .withUnknownKey(List.of("VendorSpecificKey")));
        }

        @Override
        public CompletionStage<RemoteStartTransactionResponse> onRemoteStartTransaction(RemoteStartTransactionRequest request,
                                                                                        CallContext context) {
            return answer("RemoteStartTransaction", request, context,
                    new RemoteStartTransactionResponse().withStatus(RemoteStartStopStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<RemoteStopTransactionResponse> onRemoteStopTransaction(RemoteStopTransactionRequest request,
                                                                                      CallContext context) {
            return answer("RemoteStopTransaction", request, context,
                    new RemoteStopTransactionResponse().withStatus(RemoteStartStopStatus.REJECTED));
        }

        @Override
        public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
            return answer("Reset", request, context, new ResetResponse().withStatus(ResetStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<UnlockConnectorResponse> onUnlockConnector(UnlockConnectorRequest request, CallContext context) {
            return answer("UnlockConnector", request, context, new UnlockConnectorResponse().withStatus(UnlockStatus.UNLOCK_FAILED));
        }
    }

    private final class RecordingFirmware implements io.ocpp4j.v16.station.FirmwareManagementHandler {
        @Override
        public CompletionStage<GetDiagnosticsResponse> onGetDiagnostics(GetDiagnosticsRequest request, CallContext context) {
            return answer("GetDiagnostics", request, context,
                    new GetDiagnosticsResponse().withFileName("diag-" + IDENTITY + "-20261121.zip"));
        }

        @Override
        public CompletionStage<UpdateFirmwareResponse> onUpdateFirmware(UpdateFirmwareRequest request, CallContext context) {
            return answer("UpdateFirmware", request, context, new UpdateFirmwareResponse());
        }
    }

    private final class RecordingLocalList implements io.ocpp4j.v16.station.LocalAuthListManagementHandler {
        @Override
        public CompletionStage<GetLocalListVersionResponse> onGetLocalListVersion(GetLocalListVersionRequest request,
                                                                                  CallContext context) {
            return answer("GetLocalListVersion", request, context, new GetLocalListVersionResponse().withListVersion(42));
        }

        @Override
        public CompletionStage<SendLocalListResponse> onSendLocalList(SendLocalListRequest request, CallContext context) {
            return answer("SendLocalList", request, context, new SendLocalListResponse().withStatus(UpdateStatus.VERSION_MISMATCH));
        }
    }

    private final class RecordingReservation implements io.ocpp4j.v16.station.ReservationHandler {
        @Override
        public CompletionStage<ReserveNowResponse> onReserveNow(ReserveNowRequest request, CallContext context) {
            return answer("ReserveNow", request, context, new ReserveNowResponse().withStatus(ReservationStatus.OCCUPIED));
        }

        @Override
        public CompletionStage<CancelReservationResponse> onCancelReservation(CancelReservationRequest request, CallContext context) {
            return answer("CancelReservation", request, context,
                    new CancelReservationResponse().withStatus(CancelReservationStatus.ACCEPTED));
        }
    }

    private final class RecordingSmartCharging implements io.ocpp4j.v16.station.SmartChargingHandler {
        @Override
        public CompletionStage<SetChargingProfileResponse> onSetChargingProfile(SetChargingProfileRequest request, CallContext context) {
            return answer("SetChargingProfile", request, context,
                    new SetChargingProfileResponse().withStatus(ChargingProfileStatus.ACCEPTED));
        }

        @Override
        public CompletionStage<ClearChargingProfileResponse> onClearChargingProfile(ClearChargingProfileRequest request,
                                                                                    CallContext context) {
            return answer("ClearChargingProfile", request, context,
                    new ClearChargingProfileResponse().withStatus(ClearChargingProfileStatus.UNKNOWN));
        }

        @Override
        public CompletionStage<GetCompositeScheduleResponse> onGetCompositeSchedule(GetCompositeScheduleRequest request,
                                                                                    CallContext context) {
            return answer("GetCompositeSchedule", request, context, new GetCompositeScheduleResponse()
                    .withStatus(GetCompositeScheduleStatus.ACCEPTED)
                    .withConnectorId(1)
                    .withScheduleStart(OUR_TIME)
                    .withChargingSchedule(new ChargingSchedule()
                            .withDuration(86_400)
                            .withStartSchedule(OUR_TIME)
                            .withChargingRateUnit(ChargingRateUnit.W)
                            .withMinChargingRate(new BigDecimal("1380"))
                            .withChargingSchedulePeriod(List.of(
                                    new ChargingSchedulePeriod().withStartPeriod(0).withLimit(new BigDecimal("4485.5")).withNumberPhases(1),
                                    new ChargingSchedulePeriod().withStartPeriod(3600).withLimit(new BigDecimal("11040")).withNumberPhases(3),
                                    new ChargingSchedulePeriod().withStartPeriod(7200).withLimit(new BigDecimal("22080.0"))))));
        }
    }

    private final class RecordingRemoteTrigger implements io.ocpp4j.v16.station.RemoteTriggerHandler {
        @Override
        public CompletionStage<TriggerMessageResponse> onTriggerMessage(TriggerMessageRequest request, CallContext context) {
            return answer("TriggerMessage", request, context, new TriggerMessageResponse().withStatus(TriggerMessageStatus.ACCEPTED));
        }
    }

    /** Their CSMS's handlers for what a station sends: only MeterValues is used here. */
    private final class MeterValuesOnly implements ServerCoreEventHandler {
        @Override
        public AuthorizeConfirmation handleAuthorizeRequest(UUID session, eu.chargetime.ocpp.model.core.AuthorizeRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BootNotificationConfirmation handleBootNotificationRequest(UUID session,
                eu.chargetime.ocpp.model.core.BootNotificationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public eu.chargetime.ocpp.model.core.DataTransferConfirmation handleDataTransferRequest(UUID session,
                eu.chargetime.ocpp.model.core.DataTransferRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HeartbeatConfirmation handleHeartbeatRequest(UUID session, eu.chargetime.ocpp.model.core.HeartbeatRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MeterValuesConfirmation handleMeterValuesRequest(UUID session, eu.chargetime.ocpp.model.core.MeterValuesRequest request) {
            theirMeterValues.complete(request);
            return new MeterValuesConfirmation();
        }

        @Override
        public StartTransactionConfirmation handleStartTransactionRequest(UUID session,
                eu.chargetime.ocpp.model.core.StartTransactionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StatusNotificationConfirmation handleStatusNotificationRequest(UUID session,
                eu.chargetime.ocpp.model.core.StatusNotificationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StopTransactionConfirmation handleStopTransactionRequest(UUID session,
                eu.chargetime.ocpp.model.core.StopTransactionRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NothingToHandleFirmware implements ServerFirmwareManagementEventHandler {
        @Override
        public DiagnosticsStatusNotificationConfirmation handleDiagnosticsStatusNotificationRequest(UUID session,
                eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FirmwareStatusNotificationConfirmation handleFirmwareStatusNotificationRequest(UUID session,
                eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}

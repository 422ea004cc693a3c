package io.ocpp4j.v16.interop;

import static io.ocpp4j.v16.interop.Interop.WAIT;
import static io.ocpp4j.v16.interop.Interop.result;
import static io.ocpp4j.v16.interop.Interop.sameInstant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.feature.profile.ClientFirmwareManagementEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientFirmwareManagementProfile;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityConfirmation;
import eu.chargetime.ocpp.model.core.ChangeAvailabilityRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ClearCacheConfirmation;
import eu.chargetime.ocpp.model.core.ClearCacheRequest;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.UnlockConnectorConfirmation;
import eu.chargetime.ocpp.model.core.UnlockConnectorRequest;
import eu.chargetime.ocpp.model.firmware.GetDiagnosticsConfirmation;
import eu.chargetime.ocpp.model.firmware.GetDiagnosticsRequest;
import eu.chargetime.ocpp.model.firmware.UpdateFirmwareConfirmation;
import eu.chargetime.ocpp.model.firmware.UpdateFirmwareRequest;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.interop.Interop.FrameRecorder;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationResponse;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatusNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.Location;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MeterValue;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MeterValuesResponse;
import io.ocpp4j.v16.model.Phase;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.SampledValue;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import io.ocpp4j.v16.model.UnitOfMeasure;
import io.ocpp4j.v16.model.ValueFormat;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
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
 * Our CSMS ({@link Csms16} on {@link OcppWebSocketServer}, security profile 1) and ChargeTime's
 * charge point ({@link JSONClient} with their Core and FirmwareManagement profiles): every action a
 * station sends. Their typed request must reach our handler with every field as they set it; our
 * typed response must reach their confirmation the same way.
 *
 * <p>Wire facts observed (asserted below on the raw frames): ChargeTime writes every date-time in UTC
 * with {@code Z} ({@code DateTimeFormatter.ISO_INSTANT}) whatever the offset it was given, with the
 * fraction in groups of three digits; we write the offset we were given (ISO-8601 with offset). Both
 * read the other's form.
 */
class OurCsmsTheirStationTest {

    private static final String IDENTITY = "CP-IOP-CT-1";
    /** OCPP-J 1.6 wants 16 to 20 bytes (ChargeTime enforces it on its server). */
    private static final String PASSWORD = "s3cret-iop-pass-16";

    /** A moment with millisecond precision and a non-UTC offset, as a station in Berlin might hold it. */
    private static final ZonedDateTime THEIR_TIME = ZonedDateTime.of(2026, 11, 21, 10, 15, 30, 125_000_000,
            ZoneOffset.ofHours(1));
    /** The same moment as ChargeTime puts it on the wire. */
    private static final String THEIR_TIME_ON_THE_WIRE = "\"2026-11-21T09:15:30.125Z\"";
    /** A moment of ours, with a fraction and an offset. */
    private static final OffsetDateTime OUR_TIME = OffsetDateTime.parse("2026-11-21T10:15:31.5+01:00");
    private static final OffsetDateTime EXPIRY = OffsetDateTime.parse("2026-12-31T23:59:59+01:00");

    private final Set<Thread> threadsBefore = Interop.liveThreads();
    private final ExecutorService theirRequests = Interop.installTheirRequestExecutor();
    private final RpcRuntime runtime = RpcRuntime.builder().name("iop-csms").build();
    /** What our handlers received, by action. */
    private final Map<String, Object> received = new ConcurrentHashMap<>();
    private final CompletableFuture<FrameRecorder> connection = new CompletableFuture<>();
    private OcppWebSocketServer server;
    private Csms16 csms;
    private JSONClient theirStation;
    private ClientCoreProfile core;
    private ClientFirmwareManagementProfile firmware;

    @BeforeEach
    void connectTheirStationToOurCsms() throws Exception {
        csms = Csms16.builder(runtime)
                .core(new RecordingCoreHandler())
                .firmwareManagement(new RecordingFirmwareHandler())
                .build();
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(identity -> identity.equals(IDENTITY) ? password.clone() : null))
                .build(), accepted -> {
                    FrameRecorder recording = new FrameRecorder();
                    csms.accept(recording.observe(accepted));
                    connection.complete(recording);
                });

        core = new ClientCoreProfile(new NothingToHandle());
        firmware = new ClientFirmwareManagementProfile(new NothingToHandleFirmware());
        theirStation = new JSONClient(core, IDENTITY, JSONConfiguration.get()
                .setParameter(JSONConfiguration.USERNAME_PARAMETER, IDENTITY)
                .setParameter(JSONConfiguration.PASSWORD_PARAMETER, PASSWORD)
                .setParameter(JSONConfiguration.CONNECT_TIMEOUT_IN_MS_PARAMETER, (int) WAIT.toMillis()));
        theirStation.addFeatureProfile(firmware);
        // Their connect blocks until the handshake ends (and swallows failures), so it is bounded here.
        assertTimeoutPreemptively(WAIT, () -> theirStation.connect("ws://127.0.0.1:" + server.port() + "/ocpp",
                new ClientEvents() {
                    @Override
                    public void connectionOpened() {
                    }

                    @Override
                    public void connectionClosed() {
                    }
                }));
        assertThat(theirStation.isClosed()).as("ChargeTime's client connected").isFalse();
        await().atMost(WAIT).until(() -> csms.chargePoint(IDENTITY).isPresent());
        assertThat(csms.chargePoint(IDENTITY).orElseThrow().session().connection().subprotocol()).isEqualTo("ocpp1.6");
    }

    @AfterEach
    void disconnect() {
        try {
            if (theirStation != null) {
                assertTimeoutPreemptively(WAIT, theirStation::disconnect);
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            runtime.close();
            theirRequests.shutdownNow();
        }
        Interop.assertThreadsEnded(threadsBefore);
    }

    /** The raw text of the CALL of an action our CSMS received. */
    private String rawCall(String action) throws Exception {
        return connection.get(WAIT.toSeconds(), TimeUnit.SECONDS).frameContaining("\"" + action + "\"").orElseThrow();
    }

    /** The raw text of the first frame our CSMS sent that contains a text. */
    private String rawSent(String text) throws Exception {
        return connection.get(WAIT.toSeconds(), TimeUnit.SECONDS).sentFrameContaining(text).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> T receivedRequest(String action) {
        return (T) received.get(action);
    }

    // ----------------------------------------------------------------------------------------- Core

    @Test
    void authorize() throws Exception {
        var confirmation = (eu.chargetime.ocpp.model.core.AuthorizeConfirmation)
                result(theirStation.send(core.createAuthorizeRequest("04E8C2B2A5C680")));

        AuthorizeRequest request = receivedRequest("Authorize");
        assertThat(request.getIdTag()).isEqualTo("04E8C2B2A5C680");
        assertThat(confirmation.getIdTagInfo().getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.AuthorizationStatus.Accepted);
        assertThat(confirmation.getIdTagInfo().getParentIdTag()).isEqualTo("FLEET-0042");
        assertThat(sameInstant(EXPIRY, confirmation.getIdTagInfo().getExpiryDate())).isTrue();
    }

    @Test
    @SuppressWarnings("deprecation") // chargeBoxSerialNumber: deprecated by OCPP 1.6 itself, still in its schema
    void bootNotification() throws Exception {
        var boot = core.createBootNotificationRequest("ACME Charging", "X1-Pro 22kW");
        boot.setChargePointSerialNumber("X1P-2026-000123");
        boot.setChargeBoxSerialNumber("CB-000123");
        boot.setFirmwareVersion("2.4.1-rc.3+build.77");
        boot.setIccid("8949000000000000001");
        boot.setImsi("262011234567890");
        boot.setMeterType("DZG DVH4013");
        boot.setMeterSerialNumber("DZG-1234567");
        var confirmation = (eu.chargetime.ocpp.model.core.BootNotificationConfirmation) result(theirStation.send(boot));

        BootNotificationRequest request = receivedRequest("BootNotification");
        assertThat(request.getChargePointVendor()).isEqualTo("ACME Charging");
        assertThat(request.getChargePointModel()).isEqualTo("X1-Pro 22kW");
        assertThat(request.getChargePointSerialNumber()).isEqualTo("X1P-2026-000123");
        assertThat(request.getChargeBoxSerialNumber()).isEqualTo("CB-000123");
        assertThat(request.getFirmwareVersion()).isEqualTo("2.4.1-rc.3+build.77");
        assertThat(request.getIccid()).isEqualTo("8949000000000000001");
        assertThat(request.getImsi()).isEqualTo("262011234567890");
        assertThat(request.getMeterType()).isEqualTo("DZG DVH4013");
        assertThat(request.getMeterSerialNumber()).isEqualTo("DZG-1234567");
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.RegistrationStatus.Accepted);
        assertThat(confirmation.getInterval()).isEqualTo(300);
        assertThat(sameInstant(OUR_TIME, confirmation.getCurrentTime())).isTrue();
        // We write the offset we were given; ChargeTime's ZonedDateTime.parse reads it.
        assertThat(rawSent("\"currentTime\"")).contains("\"currentTime\":\"2026-11-21T10:15:31.5+01:00\"");
    }

    @Test
    void dataTransfer() throws Exception {
        var transfer = core.createDataTransferRequest("com.acme.charging");
        transfer.setMessageId("TemperatureReport");
        transfer.setData("{\"celsius\":21.5,\"sensor\":\"cabinet \\\"A\\\"\"}");
        var confirmation = (eu.chargetime.ocpp.model.core.DataTransferConfirmation) result(theirStation.send(transfer));

        DataTransferRequest request = receivedRequest("DataTransfer");
        assertThat(request.getVendorId()).isEqualTo("com.acme.charging");
        assertThat(request.getMessageId()).isEqualTo("TemperatureReport");
        assertThat(request.getData()).isEqualTo("{\"celsius\":21.5,\"sensor\":\"cabinet \\\"A\\\"\"}");
        assertThat(confirmation.getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.DataTransferStatus.Accepted);
        assertThat(confirmation.getData()).isEqualTo("ack: 21.5 °C, ünïcödé ✓");
    }

    @Test
    void heartbeat() throws Exception {
        var confirmation = (eu.chargetime.ocpp.model.core.HeartbeatConfirmation)
                result(theirStation.send(core.createHeartbeatRequest()));

        assertThat(received).containsKey("Heartbeat");
        assertThat(rawCall("Heartbeat")).endsWith("\"Heartbeat\",{}]");
        assertThat(sameInstant(OUR_TIME, confirmation.getCurrentTime())).isTrue();
    }

    @Test
    void meterValues() throws Exception {
        var energy = new eu.chargetime.ocpp.model.core.SampledValue("12345.678");
        energy.setContext("Sample.Periodic");
        energy.setFormat(eu.chargetime.ocpp.model.core.ValueFormat.Raw);
        energy.setMeasurand("Energy.Active.Import.Register");
        energy.setLocation(eu.chargetime.ocpp.model.core.Location.Outlet);
        energy.setUnit("kWh");
        var current = new eu.chargetime.ocpp.model.core.SampledValue("6.5");
        current.setMeasurand("Current.Import");
        current.setPhase("L1");
        current.setUnit("A");
        var voltage = new eu.chargetime.ocpp.model.core.SampledValue("230.0");
        voltage.setMeasurand("Voltage");
        voltage.setPhase("L1-N");
        voltage.setUnit("V");
        var temperature = new eu.chargetime.ocpp.model.core.SampledValue("21.5");
        temperature.setContext("Sample.Clock");
        temperature.setMeasurand("Temperature");
        temperature.setLocation(eu.chargetime.ocpp.model.core.Location.Body);
        temperature.setUnit("Celsius");
        var soc = new eu.chargetime.ocpp.model.core.SampledValue("64");
        soc.setMeasurand("SoC");
        soc.setLocation(eu.chargetime.ocpp.model.core.Location.EV);
        soc.setUnit("Percent");
        var meterValues = core.createMeterValuesRequest(2, THEIR_TIME, energy, current, voltage, temperature, soc);
        meterValues.setTransactionId(4711);
        var confirmation = result(theirStation.send(meterValues));

        assertThat(confirmation).isInstanceOf(eu.chargetime.ocpp.model.core.MeterValuesConfirmation.class);
        MeterValuesRequest request = receivedRequest("MeterValues");
        assertThat(request.getConnectorId()).isEqualTo(2);
        assertThat(request.getTransactionId()).isEqualTo(4711);
        assertThat(request.getMeterValue()).hasSize(1);
        MeterValue meterValue = request.getMeterValue().get(0);
        assertThat(sameInstant(meterValue.getTimestamp(), THEIR_TIME)).isTrue();
        assertThat(meterValue.getSampledValue()).containsExactly(
                new SampledValue().withValue("12345.678").withContext(ReadingContext.SAMPLE_PERIODIC)
                        .withFormat(ValueFormat.RAW).withMeasurand(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER)
                        .withLocation(Location.OUTLET).withUnit(UnitOfMeasure.K_WH),
                new SampledValue().withValue("6.5").withMeasurand(Measurand.CURRENT_IMPORT)
                        .withPhase(Phase.L_1).withUnit(UnitOfMeasure.A),
                new SampledValue().withValue("230.0").withMeasurand(Measurand.VOLTAGE)
                        .withPhase(Phase.L_1_N).withUnit(UnitOfMeasure.V),
                new SampledValue().withValue("21.5").withContext(ReadingContext.SAMPLE_CLOCK)
                        .withMeasurand(Measurand.TEMPERATURE).withLocation(Location.BODY).withUnit(UnitOfMeasure.CELSIUS),
                new SampledValue().withValue("64").withMeasurand(Measurand.SO_C)
                        .withLocation(Location.EV).withUnit(UnitOfMeasure.PERCENT));
        // ChargeTime writes the instant in UTC, whatever the offset it was given.
        assertThat(rawCall("MeterValues")).contains("\"timestamp\":" + THEIR_TIME_ON_THE_WIRE)
                .contains("\"measurand\":\"Energy.Active.Import.Register\"").contains("\"phase\":\"L1-N\"");
    }

    @Test
    void startTransaction() throws Exception {
        var start = core.createStartTransactionRequest(1, "04E8C2B2A5C680", 12_345_678, THEIR_TIME);
        start.setReservationId(1001);
        var confirmation = (eu.chargetime.ocpp.model.core.StartTransactionConfirmation) result(theirStation.send(start));

        StartTransactionRequest request = receivedRequest("StartTransaction");
        assertThat(request.getConnectorId()).isEqualTo(1);
        assertThat(request.getIdTag()).isEqualTo("04E8C2B2A5C680");
        assertThat(request.getMeterStart()).isEqualTo(12_345_678);
        assertThat(request.getReservationId()).isEqualTo(1001);
        assertThat(sameInstant(request.getTimestamp(), THEIR_TIME)).isTrue();
        assertThat(confirmation.getTransactionId()).isEqualTo(4711);
        assertThat(confirmation.getIdTagInfo().getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.AuthorizationStatus.Accepted);
        assertThat(sameInstant(EXPIRY, confirmation.getIdTagInfo().getExpiryDate())).isTrue();
    }

    @Test
    void statusNotification() throws Exception {
        var status = core.createStatusNotificationRequest(2, eu.chargetime.ocpp.model.core.ChargePointErrorCode.OtherError,
                eu.chargetime.ocpp.model.core.ChargePointStatus.SuspendedEVSE);
        status.setInfo("RCD tripped, auto-reclose 1/3");
        status.setTimestamp(THEIR_TIME);
        status.setVendorId("com.acme.charging");
        status.setVendorErrorCode("E-RCD-06");
        var confirmation = result(theirStation.send(status));

        assertThat(confirmation).isInstanceOf(eu.chargetime.ocpp.model.core.StatusNotificationConfirmation.class);
        StatusNotificationRequest request = receivedRequest("StatusNotification");
        assertThat(request.getConnectorId()).isEqualTo(2);
        assertThat(request.getErrorCode()).isEqualTo(ChargePointErrorCode.OTHER_ERROR);
        assertThat(request.getStatus()).isEqualTo(ChargePointStatus.SUSPENDED_EVSE);
        assertThat(request.getInfo()).isEqualTo("RCD tripped, auto-reclose 1/3");
        assertThat(request.getVendorId()).isEqualTo("com.acme.charging");
        assertThat(request.getVendorErrorCode()).isEqualTo("E-RCD-06");
        assertThat(sameInstant(request.getTimestamp(), THEIR_TIME)).isTrue();
    }

    @Test
    void stopTransaction() throws Exception {
        var stop = core.createStopTransactionRequest(12_361_912, THEIR_TIME, 4711);
        stop.setIdTag("04E8C2B2A5C680");
        stop.setReason(eu.chargetime.ocpp.model.core.Reason.EVDisconnected);
        var end = new eu.chargetime.ocpp.model.core.SampledValue("12361.912");
        end.setContext("Transaction.End");
        end.setMeasurand("Energy.Active.Import.Register");
        end.setUnit("kWh");
        stop.setTransactionData(new eu.chargetime.ocpp.model.core.MeterValue[] {
                new eu.chargetime.ocpp.model.core.MeterValue(THEIR_TIME, new eu.chargetime.ocpp.model.core.SampledValue[] {end})});
        var confirmation = (eu.chargetime.ocpp.model.core.StopTransactionConfirmation) result(theirStation.send(stop));

        StopTransactionRequest request = receivedRequest("StopTransaction");
        assertThat(request.getMeterStop()).isEqualTo(12_361_912);
        assertThat(request.getTransactionId()).isEqualTo(4711);
        assertThat(request.getIdTag()).isEqualTo("04E8C2B2A5C680");
        assertThat(request.getReason()).isEqualTo(Reason.EV_DISCONNECTED);
        assertThat(sameInstant(request.getTimestamp(), THEIR_TIME)).isTrue();
        assertThat(request.getTransactionData()).hasSize(1);
        assertThat(request.getTransactionData().get(0).getSampledValue()).containsExactly(new SampledValue()
                .withValue("12361.912").withContext(ReadingContext.TRANSACTION_END)
                .withMeasurand(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER).withUnit(UnitOfMeasure.K_WH));
        assertThat(confirmation.getIdTagInfo().getStatus()).isEqualTo(eu.chargetime.ocpp.model.core.AuthorizationStatus.Expired);
    }

    // --------------------------------------------------------------------------- FirmwareManagement

    @Test
    void diagnosticsStatusNotification() throws Exception {
        var confirmation = result(theirStation.send(firmware.createDiagnosticsStatusNotificationRequest(
                eu.chargetime.ocpp.model.firmware.DiagnosticsStatus.UploadFailed)));

        assertThat(confirmation).isInstanceOf(eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationConfirmation.class);
        DiagnosticsStatusNotificationRequest request = receivedRequest("DiagnosticsStatusNotification");
        assertThat(request.getStatus()).isEqualTo(DiagnosticsStatus.UPLOAD_FAILED);
    }

    @Test
    void firmwareStatusNotification() throws Exception {
        var confirmation = result(theirStation.send(firmware.createFirmwareStatusNotificationRequest(
                eu.chargetime.ocpp.model.firmware.FirmwareStatus.InstallationFailed)));

        assertThat(confirmation).isInstanceOf(eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationConfirmation.class);
        FirmwareStatusNotificationRequest request = receivedRequest("FirmwareStatusNotification");
        assertThat(request.getStatus()).isEqualTo(FirmwareStatus.INSTALLATION_FAILED);
    }

    // ------------------------------------------------------------------------------------ errors

    @Test
    void aFailingHandlerReachesThemAsInternalError() {
        assertThatThrownBy(() -> result(theirStation.send(core.createAuthorizeRequest("DB-DOWN"))))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(eu.chargetime.ocpp.CallErrorException.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo("InternalError");
                    assertThat(error.getErrorDescription()).doesNotContain("database").doesNotContain("IllegalStateException");
                });
    }

    @Test
    void ourCallErrorCodesReachThemInThe16Spelling() {
        var transfer = core.createDataTransferRequest("com.acme.charging");
        transfer.setMessageId("Malformed");
        transfer.setData("{not json");
        assertThatThrownBy(() -> result(theirStation.send(transfer)))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(eu.chargetime.ocpp.CallErrorException.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo("FormationViolation");
                    assertThat(error.getErrorDescription()).isEqualTo("data is not JSON");
                });
    }

    // ------------------------------------------------------------------------------ our handlers

    private <T> CompletionStage<T> answer(String action, Object request, CallContext context, T response) {
        assertThat(context.stationIdentity()).isEqualTo(IDENTITY);
        received.put(action, request);
        return CompletableFuture.completedFuture(response);
    }

    private static IdTagInfo idTagInfo(AuthorizationStatus status) {
        return new IdTagInfo().withStatus(status).withExpiryDate(EXPIRY).withParentIdTag("FLEET-0042");
    }

    private final class RecordingCoreHandler implements io.ocpp4j.v16.csms.CoreHandler {
        @Override
        public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
            if (request.getIdTag().equals("DB-DOWN")) {
                throw new IllegalStateException("the test's authorization database is down");
            }
            return answer("Authorize", request, context, new AuthorizeResponse().withIdTagInfo(idTagInfo(AuthorizationStatus.ACCEPTED)));
        }

        @Override
        public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request, CallContext context) {
            return answer("BootNotification", request, context, new BootNotificationResponse()
                    .withStatus(RegistrationStatus.ACCEPTED).withCurrentTime(OUR_TIME).withInterval(300));
        }

        @Override
        public CompletionStage<DataTransferResponse> onDataTransfer(DataTransferRequest request, CallContext context) {
            if ("Malformed".equals(request.getMessageId())) {
                return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.FORMAT_VIOLATION, "data is not JSON"));
            }
            return answer("DataTransfer", request, context, new DataTransferResponse()
                    .withStatus(DataTransferStatus.ACCEPTED).withData("ack: 21.5 °C, ünïcödé ✓"));
        }

        @Override
        public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
            return answer("Heartbeat", request, context, new HeartbeatResponse().withCurrentTime(OUR_TIME));
        }

        @Override
        public CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
            return answer("MeterValues", request, context, new MeterValuesResponse());
        }

        @Override
        public CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest request, CallContext context) {
            return answer("StartTransaction", request, context, new StartTransactionResponse()
                    .withTransactionId(4711).withIdTagInfo(idTagInfo(AuthorizationStatus.ACCEPTED)));
        }

        @Override
        public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request, CallContext context) {
            return answer("StatusNotification", request, context, new StatusNotificationResponse());
        }

        @Override
        public CompletionStage<StopTransactionResponse> onStopTransaction(StopTransactionRequest request, CallContext context) {
            return answer("StopTransaction", request, context, new StopTransactionResponse()
                    .withIdTagInfo(new IdTagInfo().withStatus(AuthorizationStatus.EXPIRED)));
        }
    }

    private final class RecordingFirmwareHandler implements io.ocpp4j.v16.csms.FirmwareManagementHandler {
        @Override
        public CompletionStage<DiagnosticsStatusNotificationResponse> onDiagnosticsStatusNotification(
                DiagnosticsStatusNotificationRequest request, CallContext context) {
            return answer("DiagnosticsStatusNotification", request, context, new DiagnosticsStatusNotificationResponse());
        }

        @Override
        public CompletionStage<FirmwareStatusNotificationResponse> onFirmwareStatusNotification(
                FirmwareStatusNotificationRequest request, CallContext context) {
            return answer("FirmwareStatusNotification", request, context, new FirmwareStatusNotificationResponse());
        }
    }

    /** Their station must implement handlers for what a CSMS sends; this test sends none of it. */
    private static final class NothingToHandle implements ClientCoreEventHandler {
        @Override
        public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(ChangeAvailabilityRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GetConfigurationConfirmation handleGetConfigurationRequest(GetConfigurationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChangeConfigurationConfirmation handleChangeConfigurationRequest(ChangeConfigurationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public eu.chargetime.ocpp.model.core.DataTransferConfirmation handleDataTransferRequest(
                eu.chargetime.ocpp.model.core.DataTransferRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(RemoteStartTransactionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(RemoteStopTransactionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResetConfirmation handleResetRequest(ResetRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NothingToHandleFirmware implements ClientFirmwareManagementEventHandler {
        @Override
        public GetDiagnosticsConfirmation handleGetDiagnosticsRequest(GetDiagnosticsRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UpdateFirmwareConfirmation handleUpdateFirmwareRequest(UpdateFirmwareRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}

package io.ocpp4j.v16.security.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.feature.profile.securityext.ClientSecurityExtEventHandler;
import eu.chargetime.ocpp.feature.profile.securityext.ClientSecurityExtProfile;
import eu.chargetime.ocpp.model.securityext.CertificateSignedConfirmation;
import eu.chargetime.ocpp.model.securityext.CertificateSignedRequest;
import eu.chargetime.ocpp.model.securityext.DeleteCertificateConfirmation;
import eu.chargetime.ocpp.model.securityext.DeleteCertificateRequest;
import eu.chargetime.ocpp.model.securityext.ExtendedTriggerMessageConfirmation;
import eu.chargetime.ocpp.model.securityext.ExtendedTriggerMessageRequest;
import eu.chargetime.ocpp.model.securityext.GetInstalledCertificateIdsConfirmation;
import eu.chargetime.ocpp.model.securityext.GetInstalledCertificateIdsRequest;
import eu.chargetime.ocpp.model.securityext.GetLogConfirmation;
import eu.chargetime.ocpp.model.securityext.GetLogRequest;
import eu.chargetime.ocpp.model.securityext.InstallCertificateConfirmation;
import eu.chargetime.ocpp.model.securityext.InstallCertificateRequest;
import eu.chargetime.ocpp.model.securityext.SignCertificateConfirmation;
import eu.chargetime.ocpp.model.securityext.SignedUpdateFirmwareConfirmation;
import eu.chargetime.ocpp.model.securityext.SignedUpdateFirmwareRequest;
import eu.chargetime.ocpp.model.securityext.types.CertificateSignedStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.CertificateStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.DeleteCertificateStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.GetInstalledCertificateStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.LogStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.TriggerMessageStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.UpdateFirmwareStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.UploadLogStatusEnumType;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.security.SecurityEventType;
import io.ocpp4j.v16.security.csms.CertificateSigning;
import io.ocpp4j.v16.security.csms.CertificateSigningOutcome;
import io.ocpp4j.v16.security.csms.ExampleCertificateAuthority;
import io.ocpp4j.v16.security.csms.SecurityChargePoint;
import io.ocpp4j.v16.security.csms.SecurityCsmsExtension;
import io.ocpp4j.v16.security.csms.SecurityEvent;
import io.ocpp4j.v16.security.csms.SecurityListener;
import io.ocpp4j.v16.security.csms.StandardSecurityHandler;
import io.ocpp4j.v16.security.model.CertificateHashData;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.Firmware;
import io.ocpp4j.v16.security.model.HashAlgorithmEnum;
import io.ocpp4j.v16.security.model.LogEnum;
import io.ocpp4j.v16.security.model.LogParameters;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.UploadLogStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our CSMS with the security extension and ChargeTime's charge point (Java-OCA-OCPP 1.1.0, whose
 * {@code v1_6} artifact ships the security extension as {@code securityext}): every CSMS-to-station
 * extension call reaches their handler and their typed answer comes back typed; their
 * SecurityEventNotification, LogStatusNotification and SignCertificate (with a real CSR) reach ours, and
 * the chain our example CA signs reaches their CertificateSigned handler. Security profile 1.
 */
class OurSecurityCsmsTheirStationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String IDENTITY = "CP-IOP-SEC-1";
    /** OCPP-J 1.6 wants 16 to 20 bytes (ChargeTime enforces it on its server). */
    private static final String PASSWORD = "s3cret-iop-pass-16";

    private final RpcRuntime runtime = RpcRuntime.builder().name("iop-sec").build();
    private final ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().build();
    private final Map<String, Object> theyReceived = new ConcurrentHashMap<>();
    private final BlockingQueue<Object> weHeard = new LinkedBlockingQueue<>();
    private OcppWebSocketServer server;
    private Csms16 csms;
    private JSONClient theirStation;
    private ClientSecurityExtProfile security;

    @BeforeEach
    void connect() {
        SecurityListener listener = new SecurityListener() {
            @Override
            public void securityEvent(SecurityEvent event) {
                weHeard.add(event);
            }

            @Override
            public void logStatus(String stationIdentity, LogStatusNotificationRequest notification) {
                weHeard.add(notification);
            }

            @Override
            public void certificateSigning(CertificateSigningOutcome outcome) {
                weHeard.add(outcome);
            }
        };
        csms = Csms16.builder(runtime)
                .extension(SecurityCsmsExtension.builder().all(StandardSecurityHandler.builder()
                        .certificateSigning(CertificateSigning.builder(ca).listener(listener).build())
                        .listener(listener).build()).build())
                .build();
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1").port(0).subprotocols("ocpp1.6").securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(id -> id.equals(IDENTITY) ? password.clone() : null))
                .build(), csms::accept);
        security = new ClientSecurityExtProfile(new TheirHandler());
        theirStation = new JSONClient(new ClientCoreProfile(nothing(ClientCoreEventHandler.class)), IDENTITY,
                JSONConfiguration.get()
                        .setParameter(JSONConfiguration.USERNAME_PARAMETER, IDENTITY)
                        .setParameter(JSONConfiguration.PASSWORD_PARAMETER, PASSWORD)
                        .setParameter(JSONConfiguration.CONNECT_TIMEOUT_IN_MS_PARAMETER, (int) WAIT.toMillis()));
        theirStation.addFeatureProfile(security);
        assertTimeoutPreemptively(WAIT, () -> theirStation.connect("ws://127.0.0.1:" + server.port() + "/ocpp",
                new ClientEvents() {
                    @Override
                    public void connectionOpened() {
                    }

                    @Override
                    public void connectionClosed() {
                    }
                }));
        await().atMost(WAIT).until(() -> csms.chargePoint(IDENTITY).isPresent());
    }

    @AfterEach
    void disconnect() {
        try {
            if (theirStation != null) {
                assertTimeoutPreemptively(WAIT, theirStation::disconnect);
            }
        } finally {
            server.stop();
            runtime.close();
        }
    }

    private SecurityChargePoint chargePoint() {
        return SecurityChargePoint.of(csms.chargePoint(IDENTITY).orElseThrow());
    }

    private static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private <T> T next(Class<T> type) throws InterruptedException {
        Object heard = weHeard.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(heard).isInstanceOf(type);
        return (T) heard;
    }

    @Test
    void everyExtensionCallOfOursReachesTheirStation() throws Exception {
        CertificateHashData hash = new CertificateHashData().withHashAlgorithm(HashAlgorithmEnum.SHA_256)
                .withIssuerNameHash("a1b2c3").withIssuerKeyHash("d4e5f6").withSerialNumber("1a2b");
        assertThat(result(chargePoint().extendedTriggerMessage(new io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest()
                .withRequestedMessage(MessageTriggerEnum.LOG_STATUS_NOTIFICATION))).getStatus().value()).isEqualTo("Rejected");
        assertThat(((ExtendedTriggerMessageRequest) theyReceived.get("ExtendedTriggerMessage")).getRequestedMessage().name())
                .isEqualTo("LogStatusNotification");

        assertThat(result(chargePoint().deleteCertificate(new io.ocpp4j.v16.security.model.DeleteCertificateRequest()
                .withCertificateHashData(hash))).getStatus().value()).isEqualTo("NotFound");
        var theirHash = ((DeleteCertificateRequest) theyReceived.get("DeleteCertificate")).getCertificateHashData();
        assertThat(theirHash.getIssuerNameHash()).isEqualTo("a1b2c3");
        assertThat(theirHash.getSerialNumber()).isEqualTo("1a2b");

        var installed = result(chargePoint().getInstalledCertificateIds(
                new io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest()
                        .withCertificateType(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE)));
        assertThat(installed.getStatus().value()).isEqualTo("NotFound");
        assertThat(((GetInstalledCertificateIdsRequest) theyReceived.get("GetInstalledCertificateIds"))
                .getCertificateType().name()).isEqualTo("ManufacturerRootCertificate");

        String root = Pem.write(ca.rootCertificate());
        assertThat(result(chargePoint().installCertificate(new io.ocpp4j.v16.security.model.InstallCertificateRequest()
                .withCertificateType(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).withCertificate(root)))
                .getStatus().value()).isEqualTo("Accepted");
        assertThat(((InstallCertificateRequest) theyReceived.get("InstallCertificate")).getCertificate()).isEqualTo(root);

        var log = result(chargePoint().getLog(new io.ocpp4j.v16.security.model.GetLogRequest()
                .withLogType(LogEnum.SECURITY_LOG).withRequestId(5)
                .withLog(new LogParameters().withRemoteLocation("ftp://logs.example.com/"))));
        assertThat(log.getStatus().value()).isEqualTo("Accepted");
        assertThat(log.getFilename()).isEqualTo("sec.log");
        assertThat(((GetLogRequest) theyReceived.get("GetLog")).getLog().getRemoteLocation()).isEqualTo("ftp://logs.example.com/");

        var firmware = result(chargePoint().signedUpdateFirmware(new io.ocpp4j.v16.security.model.SignedUpdateFirmwareRequest()
                .withRequestId(9).withFirmware(new Firmware().withLocation("https://fw.example.com/f.bin")
                        .withRetrieveDateTime(OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.UTC))
                        .withSigningCertificate(root).withSignature("c2lnbmF0dXJl"))));
        assertThat(firmware.getStatus().value()).isEqualTo("InvalidCertificate");
        SignedUpdateFirmwareRequest theirFirmware = (SignedUpdateFirmwareRequest) theyReceived.get("SignedUpdateFirmware");
        assertThat(theirFirmware.getFirmware().getSignature()).isEqualTo("c2lnbmF0dXJl");
        assertThat(theirFirmware.getRequestId()).isEqualTo(9);
    }

    @Test
    void theirNotificationsAndTheirCsrReachUs() throws Exception {
        var event = security.createSecurityEventNotificationRequest("InvalidCentralSystemCertificate",
                ZonedDateTime.of(2026, 11, 21, 10, 15, 30, 0, ZoneOffset.ofHours(1)));
        event.setTechInfo("hostname mismatch");
        theirStation.send(event).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        SecurityEvent heard = next(SecurityEvent.class);
        assertThat(heard.knownType()).contains(SecurityEventType.INVALID_CENTRAL_SYSTEM_CERTIFICATE);
        assertThat(heard.techInfo()).isEqualTo("hostname mismatch");
        assertThat(heard.timestamp().toInstant()).isEqualTo(event.getTimestamp().toInstant());

        var logStatus = security.createLogStatusNotificationRequest(UploadLogStatusEnumType.Uploaded);
        logStatus.setRequestId(5);
        theirStation.send(logStatus).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(next(LogStatusNotificationRequest.class).getStatus()).isEqualTo(UploadLogStatusEnum.UPLOADED);

        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        var sign = security.createSignCertificateRequest(CertificateSigningRequest.create(keys,
                new X500Principal("CN=" + IDENTITY + ",O=ACME CPO")).toPem());
        var confirmation = (SignCertificateConfirmation) theirStation.send(sign).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(confirmation.getStatus().name()).isEqualTo("Accepted");
        CertificateSigningOutcome outcome = next(CertificateSigningOutcome.class);
        assertThat(outcome.result()).as(outcome.detail()).isEqualTo(CertificateSigningOutcome.Result.CHAIN_ACCEPTED);
        String chain = ((CertificateSignedRequest) theyReceived.get("CertificateSigned")).getCertificateChain();
        List<X509Certificate> certificates = Pem.readCertificates(chain);
        assertThat(certificates.get(0).getPublicKey()).isEqualTo(keys.getPublic());
        certificates.get(0).verify(ca.issuer().certificate().getPublicKey());
    }

    /** ChargeTime's side: records each request and answers with fixed values. */
    private final class TheirHandler implements ClientSecurityExtEventHandler {
        @Override
        public CertificateSignedConfirmation handleCertificateSignedRequest(CertificateSignedRequest request) {
            theyReceived.put("CertificateSigned", request);
            return new CertificateSignedConfirmation(CertificateSignedStatusEnumType.Accepted);
        }

        @Override
        public DeleteCertificateConfirmation handleDeleteCertificateRequest(DeleteCertificateRequest request) {
            theyReceived.put("DeleteCertificate", request);
            return new DeleteCertificateConfirmation(DeleteCertificateStatusEnumType.NotFound);
        }

        @Override
        public ExtendedTriggerMessageConfirmation handleExtendedTriggerMessageRequest(ExtendedTriggerMessageRequest request) {
            theyReceived.put("ExtendedTriggerMessage", request);
            return new ExtendedTriggerMessageConfirmation(TriggerMessageStatusEnumType.Rejected);
        }

        @Override
        public GetInstalledCertificateIdsConfirmation handleGetInstalledCertificateIdsRequest(
                GetInstalledCertificateIdsRequest request) {
            theyReceived.put("GetInstalledCertificateIds", request);
            return new GetInstalledCertificateIdsConfirmation(GetInstalledCertificateStatusEnumType.NotFound);
        }

        @Override
        public GetLogConfirmation handleGetLogRequest(GetLogRequest request) {
            theyReceived.put("GetLog", request);
            GetLogConfirmation confirmation = new GetLogConfirmation(LogStatusEnumType.Accepted);
            confirmation.setFilename("sec.log");
            return confirmation;
        }

        @Override
        public InstallCertificateConfirmation handleInstallCertificateRequest(InstallCertificateRequest request) {
            theyReceived.put("InstallCertificate", request);
            return new InstallCertificateConfirmation(CertificateStatusEnumType.Accepted);
        }

        @Override
        public SignedUpdateFirmwareConfirmation handleSignedUpdateFirmwareRequest(SignedUpdateFirmwareRequest request) {
            theyReceived.put("SignedUpdateFirmware", request);
            return new SignedUpdateFirmwareConfirmation(UpdateFirmwareStatusEnumType.InvalidCertificate);
        }
    }

    /** A handler whose every method fails: this test's station receives no core calls. */
    private static <T> T nothing(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}

package io.ocpp4j.v16.security.csms;

import static io.ocpp4j.v16.security.csms.RecordingListener.WAIT;
import static io.ocpp4j.v16.security.csms.RecordingListener.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.SecurityEventType;
import io.ocpp4j.v16.security.csms.CertificateSigningOutcome.Result;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateRequest;
import io.ocpp4j.v16.security.model.DeleteCertificateStatusEnum;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.Firmware;
import io.ocpp4j.v16.security.model.FirmwareStatusEnum;
import io.ocpp4j.v16.security.model.GenericStatusEnum;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateStatusEnum;
import io.ocpp4j.v16.security.model.GetLogRequest;
import io.ocpp4j.v16.security.model.InstallCertificateRequest;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.security.model.LogEnum;
import io.ocpp4j.v16.security.model.LogParameters;
import io.ocpp4j.v16.security.model.LogStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareRequest;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import io.ocpp4j.v16.security.model.UpdateFirmwareStatusEnum;
import io.ocpp4j.v16.security.model.UploadLogStatusEnum;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSMS side of the 1.6 Security Whitepaper end to end over a real WebSocket on 127.0.0.1 (security
 * profile 1): {@link Csms16} with {@link SecurityCsmsExtension} and {@link StandardSecurityHandler}
 * signing with an {@link ExampleCertificateAuthority}, and a {@link ScriptedStation}. Test names carry
 * the OCTT case they mirror (CSMS side) where there is one.
 */
class SecurityCsmsWebSocketTest {

    private static final String IDENTITY = "CP-SEC-1";
    private static final byte[] PASSWORD = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final ExampleCertificateAuthority CA = ExampleCertificateAuthority.builder().build();
    private static final RpcRuntime RUNTIME = RpcRuntime.builder().name("sec-csms").build();

    private final RecordingListener heard = new RecordingListener();
    private OcppWebSocketServer server;
    private Csms16 csms;
    private ScriptedStation station;
    private Connection stationConnection;

    @BeforeEach
    void connect() throws Exception {
        StandardSecurityHandler security = StandardSecurityHandler.builder()
                .certificateSigning(CertificateSigning.builder(CA)
                        .policy(CsrPolicy.builder().organization("ACME CPO").build())
                        .listener(heard)
                        .build())
                .listener(heard)
                .build();
        csms = Csms16.builder(RUNTIME)
                .extension(SecurityCsmsExtension.builder().all(security).build())
                .build();
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(id -> id.equals(IDENTITY) ? PASSWORD.clone() : null))
                .build(), csms::accept);
        station = new ScriptedStation(RUNTIME, IDENTITY);
        stationConnection = OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(IDENTITY)
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .password(PASSWORD.clone())
                .build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        station.attach(stationConnection);
        await().atMost(WAIT).until(() -> csms.chargePoint(IDENTITY).isPresent());
    }

    @AfterEach
    void disconnect() {
        if (stationConnection != null) {
            stationConnection.close(Connection.CLOSE_NORMAL, "test over");
        }
        if (server != null) {
            server.stop();
        }
    }

    @AfterAll
    static void stopRuntime() {
        RUNTIME.close();
    }

    private SecurityChargePoint chargePoint() {
        return SecurityChargePoint.of(csms.chargePoint(IDENTITY).orElseThrow());
    }

    private static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    // ---- every CSMS-to-station call, typed both ways ---------------------------------------------

    @Test
    void tc075_1_installManufacturerRootCertificate() throws Exception {
        String pem = Pem.write(CA.rootCertificate());
        var response = result(chargePoint().installCertificate(new InstallCertificateRequest()
                .withCertificateType(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE).withCertificate(pem)));

        assertThat(response.getStatus()).isEqualTo(InstallCertificateStatusEnum.REJECTED);
        InstallCertificateRequest seen = (InstallCertificateRequest) station.received.get("InstallCertificate");
        assertThat(seen.getCertificateType()).isEqualTo(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE);
        assertThat(seen.getCertificate()).isEqualTo(pem);
    }

    @Test
    void tc076_deleteASpecificCertificate() throws Exception {
        var response = result(chargePoint().deleteCertificate(
                new DeleteCertificateRequest().withCertificateHashData(ScriptedStation.HASH_DATA)));

        assertThat(response.getStatus()).isEqualTo(DeleteCertificateStatusEnum.NOT_FOUND);
        DeleteCertificateRequest seen = (DeleteCertificateRequest) station.received.get("DeleteCertificate");
        assertThat(seen.getCertificateHashData()).isEqualTo(ScriptedStation.HASH_DATA);
    }

    @Test
    void getInstalledCertificateIdsReturnsTypedHashData() throws Exception {
        var response = result(chargePoint().getInstalledCertificateIds(new GetInstalledCertificateIdsRequest()
                .withCertificateType(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE)));

        assertThat(response.getStatus()).isEqualTo(GetInstalledCertificateStatusEnum.ACCEPTED);
        assertThat(response.getCertificateHashData()).containsExactly(ScriptedStation.HASH_DATA);
        assertThat(((GetInstalledCertificateIdsRequest) station.received.get("GetInstalledCertificateIds"))
                .getCertificateType()).isEqualTo(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE);
    }

    @Test
    void tc079_getSecurityLogThenItsStatus() throws Exception {
        OffsetDateTime oldest = OffsetDateTime.parse("2026-11-20T00:00:00+01:00");
        var response = result(chargePoint().getLog(new GetLogRequest()
                .withLogType(LogEnum.SECURITY_LOG)
                .withRequestId(42)
                .withRetries(2)
                .withRetryInterval(30)
                .withLog(new LogParameters().withRemoteLocation("ftp://logs.example.com/upload").withOldestTimestamp(oldest))));

        assertThat(response.getStatus()).isEqualTo(LogStatusEnum.ACCEPTED);
        assertThat(response.getFilename()).isEqualTo("security-2026-11-21.log");
        GetLogRequest seen = (GetLogRequest) station.received.get("GetLog");
        assertThat(seen.getLogType()).isEqualTo(LogEnum.SECURITY_LOG);
        assertThat(seen.getLog().getOldestTimestamp().toInstant()).isEqualTo(oldest.toInstant());

        result(station.call(SecurityActions16.LOG_STATUS_NOTIFICATION,
                new LogStatusNotificationRequest().withStatus(UploadLogStatusEnum.UPLOADING).withRequestId(42)));
        result(station.call(SecurityActions16.LOG_STATUS_NOTIFICATION,
                new LogStatusNotificationRequest().withStatus(UploadLogStatusEnum.UPLOADED).withRequestId(42)));
        assertThat(next(heard.logs).getStatus()).isEqualTo(UploadLogStatusEnum.UPLOADING);
        LogStatusNotificationRequest uploaded = next(heard.logs);
        assertThat(uploaded.getStatus()).isEqualTo(UploadLogStatusEnum.UPLOADED);
        assertThat(uploaded.getRequestId()).isEqualTo(42);
    }

    @Test
    void tc081_secureFirmwareUpdateInvalidSignatureIsReported() throws Exception {
        Firmware firmware = new Firmware()
                .withLocation("https://firmware.example.com/x1-2.5.0.bin")
                .withRetrieveDateTime(OffsetDateTime.parse("2026-11-21T10:00:00Z"))
                .withSigningCertificate(Pem.write(CA.rootCertificate()))
                .withSignature("MEUCIQDx2wOk5d3gZ0d6mQ0Wn9hVh8sY0uXb2V6J7Jm3s2ZgIgQ6lZ0o5Y0Ww2d9Qp1a3A==");
        var response = result(chargePoint().signedUpdateFirmware(new SignedUpdateFirmwareRequest()
                .withRequestId(7).withRetries(1).withFirmware(firmware)));

        assertThat(response.getStatus()).isEqualTo(UpdateFirmwareStatusEnum.INVALID_CERTIFICATE);
        SignedUpdateFirmwareRequest seen = (SignedUpdateFirmwareRequest) station.received.get("SignedUpdateFirmware");
        assertThat(seen.getFirmware().getSignature()).isEqualTo(firmware.getSignature());
        assertThat(seen.getFirmware().getSigningCertificate()).isEqualTo(firmware.getSigningCertificate());
        assertThat(seen.getRequestId()).isEqualTo(7);

        result(station.call(SecurityActions16.SIGNED_FIRMWARE_STATUS_NOTIFICATION,
                new SignedFirmwareStatusNotificationRequest().withStatus(FirmwareStatusEnum.INVALID_SIGNATURE).withRequestId(7)));
        SignedFirmwareStatusNotificationRequest status = next(heard.firmware);
        assertThat(status.getStatus()).isEqualTo(FirmwareStatusEnum.INVALID_SIGNATURE);
        assertThat(status.getRequestId()).isEqualTo(7);
    }

    @Test
    void certificateSignedCanBeSentDirectly() throws Exception {
        String chain = Pem.write(CA.issuer().chain());
        var response = result(chargePoint().certificateSigned(new CertificateSignedRequest().withCertificateChain(chain)));

        assertThat(response.getStatus().value()).isEqualTo("Accepted");
        assertThat(station.chains).containsExactly(chain);
    }

    // ---- security events ------------------------------------------------------------------------

    @Test
    void tc077_invalidChargePointCertificateSecurityEventReachesTheListener() throws Exception {
        OffsetDateTime when = OffsetDateTime.parse("2026-11-21T09:15:30.125Z");
        result(station.call(SecurityActions16.SECURITY_EVENT_NOTIFICATION, new SecurityEventNotificationRequest()
                .withType("InvalidChargePointCertificate").withTimestamp(when).withTechInfo("chain does not verify\nat depth 1")));
        result(station.call(SecurityActions16.SECURITY_EVENT_NOTIFICATION, new SecurityEventNotificationRequest()
                .withType("TamperDetectionActivated").withTimestamp(when)));
        result(station.call(SecurityActions16.SECURITY_EVENT_NOTIFICATION, new SecurityEventNotificationRequest()
                .withType("VendorDoorOpened").withTimestamp(when).withTechInfo("door 2")));

        SecurityEvent invalid = next(heard.events);
        assertThat(invalid.stationIdentity()).isEqualTo(IDENTITY);
        assertThat(invalid.knownType()).contains(SecurityEventType.INVALID_CHARGE_POINT_CERTIFICATE);
        assertThat(invalid.isCritical()).isFalse();
        assertThat(invalid.techInfo()).isEqualTo("chain does not verify\nat depth 1");
        assertThat(invalid.timestamp().toInstant()).isEqualTo(when.toInstant());
        SecurityEvent tamper = next(heard.events);
        assertThat(tamper.knownType()).contains(SecurityEventType.TAMPER_DETECTION_ACTIVATED);
        assertThat(tamper.isCritical()).isTrue();
        assertThat(tamper.techInfoIfAny()).isEmpty();
        SecurityEvent vendor = next(heard.events);
        assertThat(vendor.type()).isEqualTo("VendorDoorOpened");
        assertThat(vendor.knownType()).isEmpty();
    }

    // ---- certificate signing --------------------------------------------------------------------

    @Test
    void tc074_updateChargePointCertificateByRequestOfCentralSystem() throws Exception {
        var trigger = result(chargePoint().extendedTriggerMessage(new ExtendedTriggerMessageRequest()
                .withRequestedMessage(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE)));
        assertThat(trigger.getStatus()).isEqualTo(TriggerMessageStatusEnum.ACCEPTED);

        CertificateSigningOutcome outcome = next(heard.outcomes);
        assertThat(outcome.result()).as(outcome.detail()).isEqualTo(Result.CHAIN_ACCEPTED);
        assertThat(result(station.signCertificate.get()).getStatus()).isEqualTo(GenericStatusEnum.ACCEPTED);
        assertThat(station.chains).hasSize(1);
        List<X509Certificate> chain = Pem.readCertificates(station.chains.get(0));
        assertThat(outcome.chain()).isEqualTo(chain);

        X509Certificate leaf = chain.get(0);
        KeyPair keys = station.csrKeys.get();
        assertThat(leaf.getPublicKey().getEncoded()).as("binds the CSR's key").isEqualTo(keys.getPublic().getEncoded());
        assertThat(leaf.getSubjectX500Principal()).isEqualTo(new X500Principal("CN=" + IDENTITY + ",O=ACME CPO"));
        assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2"); // id-kp-clientAuth
        assertThat(chain).doesNotContain(CA.rootCertificate());
        verifiesAgainstTheRoot(chain, CA);

        // The station saw the SignCertificate answer before the CertificateSigned call.
        int answer = indexOf(station.framesReceived, "[3,");
        int certificateSigned = indexOf(station.framesReceived, "\"CertificateSigned\"");
        assertThat(answer).isNotNegative().isLessThan(certificateSigned);
    }

    @Test
    void aChainTheStationRejectsIsReported() throws Exception {
        station.certificateSignedAnswer = io.ocpp4j.v16.security.model.CertificateSignedStatusEnum.REJECTED;
        assertThat(result(station.requestCertificate(new X500Principal("CN=" + IDENTITY + ",O=ACME CPO"))).getStatus())
                .isEqualTo(GenericStatusEnum.ACCEPTED);

        CertificateSigningOutcome outcome = next(heard.outcomes);
        assertThat(outcome.result()).isEqualTo(Result.CHAIN_REJECTED);
        assertThat(outcome.chain()).isNotEmpty();
    }

    @Test
    void aCsrWithABadSignatureIsRejected() throws Exception {
        KeyPair signer = KeyAlgorithm.EC_P256.generate();
        byte[] der = CertificateSigningRequest.create(signer, new X500Principal("CN=" + IDENTITY + ",O=ACME CPO")).encoded();
        // Flip a bit of the signature (the last bytes of the DER): the proof of possession no longer verifies.
        der[der.length - 3] ^= 0x01;
        assertThat(CertificateSigningRequest.fromDer(der).isSignatureValid()).isFalse();
        String pem = "-----BEGIN CERTIFICATE REQUEST-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";

        assertThat(result(station.sendCsr(pem)).getStatus()).isEqualTo(GenericStatusEnum.REJECTED);
        CertificateSigningOutcome outcome = next(heard.outcomes);
        assertThat(outcome.result()).isEqualTo(Result.CSR_REJECTED);
        assertThat(outcome.detail()).contains("proof of possession");
        assertThat(station.chains).isEmpty();
    }

    @Test
    void aCsrForAnotherStationIsRejected() throws Exception {
        assertThat(result(station.requestCertificate(new X500Principal("CN=CP-SOMEONE-ELSE,O=ACME CPO"))).getStatus())
                .isEqualTo(GenericStatusEnum.REJECTED);
        assertThat(next(heard.outcomes).detail()).contains("CN");
    }

    @Test
    void aCsrWithAnotherCpoNameIsRejected() throws Exception {
        assertThat(result(station.requestCertificate(new X500Principal("CN=" + IDENTITY + ",O=Other CPO"))).getStatus())
                .isEqualTo(GenericStatusEnum.REJECTED);
        assertThat(next(heard.outcomes).detail()).contains("O");
    }

    @Test
    void textThatIsNoCsrIsRejected() throws Exception {
        assertThat(result(station.sendCsr("not a certificate request")).getStatus()).isEqualTo(GenericStatusEnum.REJECTED);
        assertThat(result(station.sendCsr(Pem.write(CA.rootCertificate()))).getStatus()).isEqualTo(GenericStatusEnum.REJECTED);
        assertThat(next(heard.outcomes).result()).isEqualTo(Result.CSR_REJECTED);
        assertThat(next(heard.outcomes).result()).isEqualTo(Result.CSR_REJECTED);
    }

    @Test
    void aBareBase64CsrIsAccepted() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        String base64 = java.util.Base64.getEncoder().encodeToString(CertificateSigningRequest
                .create(keys, new X500Principal("CN=" + IDENTITY + ",O=ACME CPO")).encoded());

        assertThat(result(station.sendCsr(base64)).getStatus()).isEqualTo(GenericStatusEnum.ACCEPTED);
        assertThat(next(heard.outcomes).result()).isEqualTo(Result.CHAIN_ACCEPTED);
    }

    // ---- wiring ---------------------------------------------------------------------------------

    @Test
    void withoutTheExtensionThereIsNoSecurityView() throws Exception {
        Csms16 plain = Csms16.builder(RUNTIME).build();
        io.ocpp4j.core.testing.Link link = new io.ocpp4j.core.testing.Link(io.ocpp4j.v16.Ocpp16.VERSION);
        try {
            plain.accept(link.csms());
            ChargePoint chargePoint = plain.chargePoint("CP-1").orElseThrow();
            assertThatThrownBy(() -> SecurityChargePoint.of(chargePoint))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SecurityCsmsExtension");
        } finally {
            link.close();
        }
    }

    @Test
    void anUnsetHandlerAnswersNotSupported() throws Exception {
        csms.closeAll();
        server.stop();
        csms = Csms16.builder(RUNTIME).extension(SecurityCsmsExtension.builder().build()).build();
        server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("127.0.0.1").port(0).subprotocols("ocpp1.6").securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(id -> id.equals(IDENTITY) ? PASSWORD.clone() : null))
                .build(), csms::accept);
        stationConnection = OcppWebSocketClient.connect(ClientConfig.builder()
                .csmsUrl(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp")).stationIdentity(IDENTITY)
                .subprotocols("ocpp1.6").securityProfile(SecurityProfile.BASIC_AUTH).password(PASSWORD.clone())
                .build()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        station.attach(stationConnection);
        await().atMost(WAIT).until(() -> csms.chargePoint(IDENTITY).isPresent());

        CompletionStage<?> call = station.call(SecurityActions16.SECURITY_EVENT_NOTIFICATION,
                new SecurityEventNotificationRequest().withType("StartupOfTheDevice").withTimestamp(OffsetDateTime.now()));
        assertThatThrownBy(() -> result(call)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(CallErrorException.class,
                        error -> assertThat(error.code()).isEqualTo(ErrorCode.NOT_SUPPORTED));
    }

    private static int indexOf(List<String> frames, String text) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** PKIX validation of the chain against the CA's root only. */
    static void verifiesAgainstTheRoot(List<X509Certificate> chain, ExampleCertificateAuthority ca) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.rootCertificate(), null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(chain),
                parameters);
    }
}

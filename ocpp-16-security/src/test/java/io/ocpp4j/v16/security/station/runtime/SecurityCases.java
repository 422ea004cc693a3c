package io.ocpp4j.v16.security.station.runtime;

import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.DOWNLOADED;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.DOWNLOADING;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.INSTALLED;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.INSTALLING;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.INVALID_SIGNATURE;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.SIGNATURE_VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateSignedStatusEnum;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateStatusEnum;
import io.ocpp4j.v16.security.model.Firmware;
import io.ocpp4j.v16.security.model.GetInstalledCertificateStatusEnum;
import io.ocpp4j.v16.security.model.GetLogRequest;
import io.ocpp4j.v16.security.model.GetLogResponse;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.security.model.LogEnum;
import io.ocpp4j.v16.security.model.LogParameters;
import io.ocpp4j.v16.security.model.LogStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareRequest;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import io.ocpp4j.v16.security.model.UpdateFirmwareStatusEnum;
import io.ocpp4j.v16.security.model.UploadLogStatusEnum;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The OCTT 1.6 {@code _CS} cases of the Security extension (test case document section 2.24), in the
 * document's order, each written once from what its title and the whitepaper's use case ask, and run
 * over real sockets on 127.0.0.1 (TLS under profiles 2 and 3). Cases that need a TLS connection start
 * the station under profile 2, provisioned as at the factory with the CPO's root.
 */
final class SecurityCases {

    private static final String NEW_PASSWORD = "fedcba9876543210fedcba98";

    private SecurityCases() {
    }

    static List<SecurityCase> all() {
        return List.of(
                SecurityCase.of("TC_073_CS", "Update Charge Point Password for HTTP Basic Authentication",
                        SecurityCases::updatePassword),
                SecurityCase.withProfile(3, "TC_074_CS", "Update Charge Point Certificate by request of Central System",
                        SecurityCases::updateCertificate),
                SecurityCase.of("TC_075_1_CS", "Install a certificate on the Charge Point - ManufacturerRootCertificate",
                        SecurityCases::installManufacturerRoot),
                SecurityCase.of("TC_075_2_CS", "Install a certificate on the Charge Point - CentralSystemRootCertificate",
                        SecurityCases::installCentralSystemRoot),
                SecurityCase.of("TC_076_CS", "Delete a specific certificate from the Charge Point",
                        SecurityCases::deleteCertificate),
                SecurityCase.withProfile(3, "TC_077_CS", "Invalid ChargePointCertificate Security Event",
                        SecurityCases::invalidChargePointCertificate),
                SecurityCase.withProfile(2, "TC_078_CS", "Invalid CentralSystemCertificate Security Event",
                        SecurityCases::invalidCentralSystemCertificate),
                SecurityCase.of("TC_079_CS", "Get Security Log", SecurityCases::getSecurityLog),
                SecurityCase.withSignedFirmware("TC_080_CS", "Secure Firmware Update", SecurityCases::secureFirmwareUpdate),
                SecurityCase.withSignedFirmware("TC_081_CS", "Secure Firmware Update - Invalid Signature",
                        SecurityCases::secureFirmwareUpdateInvalidSignature),
                SecurityCase.withProfile(2, "TC_083_CS", "Upgrade security profile", SecurityCases::upgradeSecurityProfile),
                SecurityCase.of("TC_084_CS", "Downgrade security profile - Rejected", SecurityCases::downgradeRejected),
                SecurityCase.withProfile(1, "TC_085_CS", "Basic Authentication - Valid username/password combination",
                        SecurityCases::basicAuthentication),
                SecurityCase.withProfile(2, "TC_086_CS", "TLS - server-side certificate - Valid certificate",
                        SecurityCases::tlsServerCertificate),
                SecurityCase.withProfile(3, "TC_087_CS", "TLS - Client-side certificate - valid certificate",
                        SecurityCases::tlsClientCertificate));
    }

    /** TC_073: a new AuthorizationKey is accepted and the station reconnects with it (the old one no longer works). */
    private static void updatePassword(SecurityCaseRun run) throws Exception {
        int profile = run.profile.supports(2) ? 2 : 1;
        run.start(profile);
        Object before = run.csms.chargePoint().session();
        run.csms.password = NEW_PASSWORD;
        assertThat(run.change(SecurityConfigurationKeys.AUTHORIZATION_KEY, NEW_PASSWORD)).isEqualTo(ConfigurationStatus.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> run.csms.connected() && run.csms.chargePoint().session() != before);
        run.awaitProfile(profile);
        assertThat(authorizationKeyAsReported(run)).as("AuthorizationKey is write-only").isNull();
        assertThat(run.station.securityLog()).extracting(SecurityEvent::type).contains("ReconfigurationOfSecurityParameters");
    }

    /**
     * TC_074: under profile 3, ExtendedTriggerMessage(SignChargePointCertificate) → SignCertificate with a
     * CSR of the station's key type → CertificateSigned → the station reconnects with the new certificate.
     */
    private static void updateCertificate(SecurityCaseRun run) throws Exception {
        run.start(3);
        assertThat(run.trigger(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE)).isEqualTo(TriggerMessageStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> run.csms.issued.size() == 1);
        X509Certificate issued = run.csms.issued.get(0);
        assertThat(issued.getPublicKey().getAlgorithm()).isEqualTo(run.profile.keyAlgorithm().jcaName());
        assertThat(issued.getSubjectX500Principal().getName()).contains("CN=" + ScriptedCsms.IDENTITY).contains("O=ACME CPO");
        await().atMost(ScriptedCsms.WAIT).until(() -> run.csms.connectedProfile() == 3
                && run.csms.presentedCertificate().equals(issued));
        assertThat(issued).isNotEqualTo(run.factoryCertificate.certificate());
        run.assertNegotiatedAsThePicsSay();
    }

    /** TC_075_1: a ManufacturerRootCertificate is installed and listed with its hash data. */
    private static void installManufacturerRoot(SecurityCaseRun run) throws Exception {
        run.start(2);
        X509Certificate root = run.material.manufacturerRoot().certificate();
        assertThat(run.install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, root)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        var listed = run.list(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE);
        assertThat(listed.getStatus()).isEqualTo(GetInstalledCertificateStatusEnum.ACCEPTED);
        assertThat(listed.getCertificateHashData()).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(SecurityCaseRun.hashData(root, root));
    }

    /** TC_075_2: a second CentralSystemRootCertificate is installed; both are listed. */
    private static void installCentralSystemRoot(SecurityCaseRun run) throws Exception {
        run.start(2);
        X509Certificate cpoRoot = run.material.pki().root().certificate();
        X509Certificate other = run.material.foreignRoot().certificate();
        assertThat(run.install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, other)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        var listed = run.list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE);
        assertThat(listed.getStatus()).isEqualTo(GetInstalledCertificateStatusEnum.ACCEPTED);
        assertThat(listed.getCertificateHashData()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrder(SecurityCaseRun.hashData(cpoRoot, cpoRoot), SecurityCaseRun.hashData(other, other));
        assertThat(run.list(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE).getStatus())
                .isEqualTo(GetInstalledCertificateStatusEnum.NOT_FOUND);
    }

    /**
     * TC_076: a certificate is deleted by its hash data; a second delete finds nothing; the others stay.
     * Under profile 1, the last CentralSystemRootCertificate is deleted where the station's PICS AQ-1 says
     * it can be, else the answer is Failed and it stays.
     */
    private static void deleteCertificate(SecurityCaseRun run) throws Exception {
        X509Certificate cpoRoot = run.material.pki().root().certificate();
        run.start(1, cpoRoot);
        X509Certificate root = run.material.manufacturerRoot().certificate();
        assertThat(run.install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, root)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(run.delete(SecurityCaseRun.hashData(root, root))).isEqualTo(DeleteCertificateStatusEnum.ACCEPTED);
        assertThat(run.list(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE).getStatus())
                .isEqualTo(GetInstalledCertificateStatusEnum.NOT_FOUND);
        assertThat(run.delete(SecurityCaseRun.hashData(root, root))).isEqualTo(DeleteCertificateStatusEnum.NOT_FOUND);
        assertThat(run.list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getCertificateHashData()).hasSize(1);
        if (run.profile.lastCentralSystemRootRemovable()) {
            assertThat(run.delete(SecurityCaseRun.hashData(cpoRoot, cpoRoot))).isEqualTo(DeleteCertificateStatusEnum.ACCEPTED);
            assertThat(run.list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getStatus())
                    .isEqualTo(GetInstalledCertificateStatusEnum.NOT_FOUND);
        } else {
            assertThat(run.delete(SecurityCaseRun.hashData(cpoRoot, cpoRoot))).isEqualTo(DeleteCertificateStatusEnum.FAILED);
            assertThat(run.list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getCertificateHashData()).hasSize(1);
        }
    }

    /**
     * TC_077: a CertificateSigned the station did not ask for (another key) is Rejected and reported with
     * an InvalidChargePointCertificate security event; the station keeps its certificate.
     */
    private static void invalidChargePointCertificate(SecurityCaseRun run) throws Exception {
        run.start(3);
        CertifiedKey unrequested = Pki.station(run.material.pki().root(), ScriptedCsms.IDENTITY, run.profile.keyAlgorithm());
        assertThat(run.csms.call(SecurityActions16.CERTIFICATE_SIGNED, new CertificateSignedRequest()
                .withCertificateChain(Pem.write(unrequested.chain()))).getStatus()).isEqualTo(CertificateSignedStatusEnum.REJECTED);
        run.awaitEvent("InvalidChargePointCertificate");
        assertThat(run.station.stationCertificate().toCompletableFuture().get()).contains(run.factoryCertificate.certificate());
        assertThat(run.csms.presentedCertificate()).isEqualTo(run.factoryCertificate.certificate());
    }

    /**
     * TC_078: raised to profile 2 while its only CentralSystemRootCertificate did not sign the CSMS's
     * certificate, the station cannot validate the server, falls back to profile 1 and reports
     * InvalidCentralSystemCertificate.
     */
    private static void invalidCentralSystemCertificate(SecurityCaseRun run) throws Exception {
        run.start(1, run.material.foreignRoot().certificate());
        assertThat(run.change(SecurityConfigurationKeys.SECURITY_PROFILE, "2")).isEqualTo(ConfigurationStatus.ACCEPTED);
        run.awaitEvent("InvalidCentralSystemCertificate");
        await().atMost(ScriptedCsms.WAIT).until(() -> run.station.runtime()
                .configuration(SecurityConfigurationKeys.SECURITY_PROFILE).orElseThrow().equals("1"));
        run.awaitProfile(1);
    }

    /** TC_079: GetLog(SecurityLog) is uploaded; LogStatusNotification Uploading then Uploaded with the requestId. */
    private static void getSecurityLog(SecurityCaseRun run) throws Exception {
        run.start(run.profile.supports(2) ? 2 : 1);
        GetLogResponse response = run.csms.call(SecurityActions16.GET_LOG, new GetLogRequest().withLogType(LogEnum.SECURITY_LOG)
                .withRequestId(79).withLog(new LogParameters().withRemoteLocation(SecurityCaseRun.LOG_LOCATION)));
        assertThat(response.getStatus()).isEqualTo(LogStatusEnum.ACCEPTED);
        assertThat(response.getFilename()).isNotBlank();
        await().atMost(ScriptedCsms.WAIT).until(() -> run.csms.logStatuses.size() == 2);
        assertThat(run.csms.logStatuses).extracting(LogStatusNotificationRequest::getStatus)
                .containsExactly(UploadLogStatusEnum.UPLOADING, UploadLogStatusEnum.UPLOADED);
        assertThat(run.csms.logStatuses).extracting(LogStatusNotificationRequest::getRequestId).containsOnly(79);
        var upload = run.uploader.attempts().get(0);
        assertThat(upload.file().fileName()).isEqualTo(response.getFilename());
        assertThat(new String(upload.file().content(), StandardCharsets.UTF_8)).contains("StartupOfTheDevice");
    }

    /** TC_080: a correctly signed image goes through every state to Installed; FirmwareUpdated is reported. */
    private static void secureFirmwareUpdate(SecurityCaseRun run) throws Exception {
        startWithManufacturerRoot(run);
        assertThat(signedUpdate(run, 80, SecurityCaseRun.IMAGE)).isEqualTo(UpdateFirmwareStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> run.csms.firmwareStatuses.size() == 5);
        assertThat(run.csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getStatus)
                .containsExactly(DOWNLOADING, DOWNLOADED, SIGNATURE_VERIFIED, INSTALLING, INSTALLED);
        assertThat(run.csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getRequestId).containsOnly(80);
        run.awaitEvent("FirmwareUpdated");
        assertThat(run.installer.installs).hasSize(1);
    }

    /** TC_081: an image whose signature does not match is not installed: InvalidSignature and its security event. */
    private static void secureFirmwareUpdateInvalidSignature(SecurityCaseRun run) throws Exception {
        startWithManufacturerRoot(run);
        byte[] other = "another image".getBytes(StandardCharsets.UTF_8);
        assertThat(signedUpdate(run, 81, other)).isEqualTo(UpdateFirmwareStatusEnum.ACCEPTED);
        run.awaitEvent("InvalidFirmwareSignature");
        await().atMost(ScriptedCsms.WAIT).until(() -> run.csms.firmwareStatuses.size() == 3);
        assertThat(run.csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getStatus)
                .containsExactly(DOWNLOADING, DOWNLOADED, INVALID_SIGNATURE);
        assertThat(run.installer.installs).isEmpty();
    }

    /**
     * TC_083: from profile 1, the CSMS installs its root and raises SecurityProfile to 2; where the
     * station supports profile 3, it gets a certificate (SignCertificate) and is raised to 3. Each time it
     * reconnects with the new profile, with its own TLS versions and cipher suites.
     */
    private static void upgradeSecurityProfile(SecurityCaseRun run) throws Exception {
        run.start(1);
        X509Certificate cpoRoot = run.material.pki().root().certificate();
        assertThat(run.install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, cpoRoot)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(run.change(SecurityConfigurationKeys.SECURITY_PROFILE, "2")).isEqualTo(ConfigurationStatus.ACCEPTED);
        run.awaitProfile(2);
        run.assertNegotiatedAsThePicsSay();
        if (run.profile.supports(3)) {
            assertThat(run.trigger(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE)).isEqualTo(TriggerMessageStatusEnum.ACCEPTED);
            await().atMost(ScriptedCsms.WAIT).until(() -> run.station.stationCertificate().toCompletableFuture().get().isPresent());
            assertThat(run.change(SecurityConfigurationKeys.SECURITY_PROFILE, "3")).isEqualTo(ConfigurationStatus.ACCEPTED);
            run.awaitProfile(3);
            assertThat(run.csms.presentedCertificate()).isEqualTo(run.csms.issued.get(0));
            run.assertNegotiatedAsThePicsSay();
        } else {
            assertThat(run.change(SecurityConfigurationKeys.SECURITY_PROFILE, "3")).as("profile 3 is not supported")
                    .isEqualTo(ConfigurationStatus.REJECTED);
        }
    }

    /** TC_084: under its highest profile, every lower SecurityProfile is Rejected and the connection stays. */
    private static void downgradeRejected(SecurityCaseRun run) throws Exception {
        int highest = run.profile.highestSecurityProfile();
        run.start(highest);
        for (int lower = highest - 1; lower >= 0; lower--) {
            assertThat(run.change(SecurityConfigurationKeys.SECURITY_PROFILE, Integer.toString(lower)))
                    .as("SecurityProfile %d", lower).isEqualTo(ConfigurationStatus.REJECTED);
        }
        assertThat(run.station.runtime().configuration(SecurityConfigurationKeys.SECURITY_PROFILE)).contains(Integer.toString(highest));
        assertThat(run.csms.connectedProfile()).isEqualTo(highest);
    }

    /** TC_085: under profile 1 the station connects with its identity and AuthorizationKey (HTTP Basic). */
    private static void basicAuthentication(SecurityCaseRun run) throws Exception {
        run.start(1);
        assertThat(run.csms.chargePoint().session().connection().tlsSession()).isEmpty();
        assertThat(run.csms.actions).contains("BootNotification");
        assertThat(authorizationKeyAsReported(run)).as("AuthorizationKey is write-only").isNull();
    }

    /** TC_086: under profile 2 the station validates the CSMS's certificate with its installed root. */
    private static void tlsServerCertificate(SecurityCaseRun run) throws Exception {
        run.start(2);
        run.assertNegotiatedAsThePicsSay();
        assertThat(run.tlsSession().getLocalCertificates()[0]).isEqualTo(run.material.pki().server().certificate());
    }

    /** TC_087: under profile 3 the station presents its certificate, which the CSMS validates. */
    private static void tlsClientCertificate(SecurityCaseRun run) throws Exception {
        run.start(3);
        run.assertNegotiatedAsThePicsSay();
        assertThat(run.csms.presentedCertificate()).isEqualTo(run.factoryCertificate.certificate());
    }

    private static void startWithManufacturerRoot(SecurityCaseRun run) throws Exception {
        run.start(run.profile.supports(2) ? 2 : 1);
        assertThat(run.install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, run.material.manufacturerRoot().certificate()))
                .isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
    }

    private static UpdateFirmwareStatusEnum signedUpdate(SecurityCaseRun run, int requestId, byte[] signedImage) throws Exception {
        CertifiedKey signer = run.material.firmwareSigner();
        return run.csms.call(SecurityActions16.SIGNED_UPDATE_FIRMWARE, new SignedUpdateFirmwareRequest().withRequestId(requestId)
                .withFirmware(new Firmware().withLocation(SecurityCaseRun.FIRMWARE_LOCATION)
                        .withRetrieveDateTime(OffsetDateTime.now(ZoneOffset.UTC))
                        .withSigningCertificate(Pem.write(signer.certificate()))
                        .withSignature(SignedFirmwareUpdateTest.signature(signedImage, signer)))).getStatus();
    }

    private static String authorizationKeyAsReported(SecurityCaseRun run) throws Exception {
        List<KeyValue> keys = run.csms.call(Actions16.GET_CONFIGURATION, new GetConfigurationRequest()
                .withKey(List.of(SecurityConfigurationKeys.AUTHORIZATION_KEY))).getConfigurationKey();
        assertThat(keys).hasSize(1);
        return keys.get(0).getValue();
    }
}

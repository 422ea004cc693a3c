package io.ocpp4j.v16.security.station.runtime;

import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.DOWNLOADED;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.DOWNLOADING;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.DOWNLOAD_FAILED;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.DOWNLOAD_SCHEDULED;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.INSTALLED;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.INSTALLING;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.INSTALL_REBOOTING;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.INVALID_SIGNATURE;
import static io.ocpp4j.v16.security.model.FirmwareStatusEnum.SIGNATURE_VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.pki.CertificateBuilder;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.Firmware;
import io.ocpp4j.v16.security.model.FirmwareStatusEnum;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareRequest;
import io.ocpp4j.v16.security.model.UpdateFirmwareStatusEnum;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed firmware updates (whitepaper L01) against a scripted ocpp4j CSMS over a real socket: the
 * manufacturer root, the signing certificate and the signature are made in the test; every
 * SignedFirmwareStatusNotification is checked in the order the whitepaper gives.
 */
class SignedFirmwareUpdateTest {

    private static final byte[] IMAGE = "firmware 2.0 for Secure-1".getBytes(StandardCharsets.UTF_8);
    private static final String LOCATION = "https://firmware.example.com/secure-1/2.0.bin";

    private final RpcRuntime rpc = RpcRuntime.create();
    private final ScriptedCsms csms = new ScriptedCsms(rpc);
    private final InMemoryStore store = new InMemoryStore();
    private final CertifiedKey manufacturerRoot = Pki.rootCa("ACME Manufacturer Root", KeyAlgorithm.EC_P256);
    private final CertifiedKey signer = signingKey(manufacturerRoot);
    private final SimulatedHardware hardware = new SimulatedHardware(2, Clock.systemUTC());
    @TempDir
    Path folder;
    private ScriptedFirmwareInstaller installer;
    private SecureStationRuntime station;

    @BeforeEach
    void installer() {
        installer = new ScriptedFirmwareInstaller(folder, IMAGE);
    }

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
        csms.close();
        rpc.close();
    }

    private void boot() throws Exception {
        station = SecureStationFixture.station(rpc, csms, store, hardware, 2).signedFirmware(installer).build();
        hardware.bind(station.runtime().events());
        station.start();
        await().atMost(ScriptedCsms.WAIT).until(csms::connected);
        if (station.installCertificate(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, manufacturerRoot.certificate())
                .toCompletableFuture().get() != InstallCertificateStatusEnum.ACCEPTED) {
            throw new AssertionError("the manufacturer root was not installed");
        }
    }

    @Test
    void TC_080_secure_firmware_update_reports_each_state_in_order_through_the_reboot() throws Exception {
        installer.installResult(SignedFirmwareInstaller.InstallResult.REBOOT_REQUIRED);
        boot();

        assertThat(update(7, signature(IMAGE, signer), signer, null).getStatus()).isEqualTo(UpdateFirmwareStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> installer.reboots.get() == 1);
        await().atMost(ScriptedCsms.WAIT).untilAsserted(() -> assertThat(csms.firmwareStatuses)
                .extracting(SignedFirmwareStatusNotificationRequest::getStatus).hasSize(5));

        // the installer rebooted the station: it starts again on the same store, with the new firmware
        station.close();
        station = SecureStationFixture.station(rpc, csms, store, hardware, 2).signedFirmware(installer).build();
        station.start();
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.firmwareStatuses.size() == 6);
        assertThat(csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getStatus)
                .containsExactly(DOWNLOADING, DOWNLOADED, SIGNATURE_VERIFIED, INSTALLING, INSTALL_REBOOTING, INSTALLED);
        assertThat(csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getRequestId).containsOnly(7);
        assertThat(installer.downloads).containsExactly(java.net.URI.create(LOCATION));
        await().atMost(ScriptedCsms.WAIT).until(() -> eventTypes().contains("FirmwareUpdated"));

        // L01.FR.28/29 (edition 2): after Installed a triggered notification says Idle, without a requestId
        await().atMost(ScriptedCsms.WAIT).until(csms::connected);
        trigger(MessageTriggerEnum.FIRMWARE_STATUS_NOTIFICATION);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.firmwareStatuses.size() == 7);
        assertThat(csms.firmwareStatuses.get(6).getStatus()).isEqualTo(FirmwareStatusEnum.IDLE);
        assertThat(csms.firmwareStatuses.get(6).getRequestId()).isNull();
    }

    @Test
    void the_plain_UpdateFirmware_is_answered_NotSupported_beside_signed_updates() throws Exception {
        boot();
        assertThatThrownBy(() -> csms.chargePoint().updateFirmware(new UpdateFirmwareRequest().withLocation(java.net.URI.create(LOCATION))
                        .withRetrieveDate(OffsetDateTime.now(ZoneOffset.UTC))).toCompletableFuture().get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(CallErrorException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_SUPPORTED));
        assertThat(installer.downloads).isEmpty();
    }

    @Test
    void signed_updates_refuse_a_runtime_that_also_answers_UpdateFirmware() {
        io.ocpp4j.v16.station.runtime.hardware.FirmwareUpdater plain = new io.ocpp4j.v16.station.runtime.hardware.FirmwareUpdater() {
            @Override
            public java.util.concurrent.CompletionStage<Void> download(java.net.URI location) {
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }

            @Override
            public java.util.concurrent.CompletionStage<Void> install() {
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }
        };
        io.ocpp4j.v16.station.runtime.hardware.DiagnosticsUploader diagnostics =
                new io.ocpp4j.v16.station.runtime.hardware.DiagnosticsUploader() {
                    @Override
                    public java.util.Optional<String> prepare(java.time.Instant startTime, java.time.Instant stopTime) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<Void> upload(java.net.URI location, String fileName) {
                        return java.util.concurrent.CompletableFuture.completedFuture(null);
                    }
                };
        io.ocpp4j.v16.station.runtime.FirmwarePolicy policy = new io.ocpp4j.v16.station.runtime.FirmwarePolicy(false,
                java.util.Set.of("https"));
        assertThatThrownBy(() -> SecureStationFixture.station(rpc, csms, store, hardware, 2).signedFirmware(installer)
                .station(runtime -> runtime.firmwareManagement(plain, diagnostics, policy)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("diagnostics(");
        // GetDiagnostics alone is fine beside signed updates
        station = SecureStationFixture.station(rpc, csms, store, hardware, 2).signedFirmware(installer)
                .station(runtime -> runtime.diagnostics(diagnostics, policy)).build();
        assertThat(station.runtime().updatesFirmware()).isFalse();
    }

    @Test
    void TC_081_invalid_signature_is_reported_and_raises_InvalidFirmwareSignature() throws Exception {
        boot();
        byte[] tampered = "firmware 2.0 for Secure-1 (patched)".getBytes(StandardCharsets.UTF_8);
        assertThat(update(8, signature(tampered, signer), signer, null).getStatus()).isEqualTo(UpdateFirmwareStatusEnum.ACCEPTED);

        await().atMost(ScriptedCsms.WAIT).until(() -> eventTypes().contains("InvalidFirmwareSignature"));
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.firmwareStatuses.size() == 3);
        assertThat(csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getStatus)
                .containsExactly(DOWNLOADING, DOWNLOADED, INVALID_SIGNATURE);
        assertThat(installer.installs).isEmpty();
    }

    @Test
    void a_signing_certificate_not_from_the_manufacturer_root_is_answered_InvalidCertificate() throws Exception {
        boot();
        CertifiedKey otherRoot = Pki.rootCa("Someone Else's Root", KeyAlgorithm.EC_P256);
        CertifiedKey untrusted = signingKey(otherRoot);

        assertThat(update(9, signature(IMAGE, untrusted), untrusted, null).getStatus())
                .isEqualTo(UpdateFirmwareStatusEnum.INVALID_CERTIFICATE);
        await().atMost(ScriptedCsms.WAIT).until(() -> eventTypes().contains("InvalidFirmwareSigningCertificate"));
        assertThat(installer.downloads).isEmpty();
        assertThat(csms.firmwareStatuses).isEmpty();
        assertThat(station.securityLog()).extracting(SecurityEvent::type).contains("InvalidFirmwareSigningCertificate");
    }

    @Test
    void a_failing_download_is_retried_then_reported_DownloadFailed_after_a_scheduled_start() throws Exception {
        boot();
        installer.failDownloads(3);
        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);

        assertThat(csms.call(SecurityActions16.SIGNED_UPDATE_FIRMWARE, request(10, signature(IMAGE, signer), signer, later)
                .withRetries(2).withRetryInterval(0)).getStatus()).isEqualTo(UpdateFirmwareStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.firmwareStatuses.size() == 5);
        assertThat(csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getStatus)
                .containsExactly(DOWNLOAD_SCHEDULED, DOWNLOADING, DOWNLOADING, DOWNLOADING, DOWNLOAD_FAILED);
        assertThat(installer.downloads).hasSize(3);
        assertThat(installer.installs).isEmpty();
    }

    @Test
    void installation_waits_for_the_transaction_to_end_with_the_connectors_held_Unavailable() throws Exception {
        boot();
        hardware.plugIn(1);
        hardware.presentIdTag(1, "TAG-1");
        await().atMost(ScriptedCsms.WAIT).until(() -> station.runtime().connector(1).transactionActive());
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.statuses(2).contains(ChargePointStatus.AVAILABLE));

        assertThat(update(11, signature(IMAGE, signer), signer, null).getStatus()).isEqualTo(UpdateFirmwareStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.statuses(2).contains(ChargePointStatus.UNAVAILABLE));
        // held: the signature is verified, the installation waits for the transaction on connector 1
        assertThat(csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getStatus)
                .containsExactly(DOWNLOADING, DOWNLOADED, SIGNATURE_VERIFIED);
        assertThat(installer.installs).isEmpty();
        assertThat(station.runtime().connector(2).status()).isEqualTo(ChargePointStatus.UNAVAILABLE);
        assertThat(station.runtime().connector(1).status()).isEqualTo(ChargePointStatus.CHARGING);
        hardware.plugIn(2);
        hardware.presentIdTag(2, "TAG-2"); // no new transaction while held
        station.runtime().onStateThread(() -> null).toCompletableFuture().get(); // the events are handled
        assertThat(station.runtime().connector(2).transactionActive()).isFalse();

        hardware.presentIdTag(1, "TAG-1"); // the driver stops: now the firmware is installed
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.firmwareStatuses.size() == 5);
        assertThat(csms.firmwareStatuses).extracting(SignedFirmwareStatusNotificationRequest::getStatus)
                .containsExactly(DOWNLOADING, DOWNLOADED, SIGNATURE_VERIFIED, INSTALLING, INSTALLED);
        assertThat(csms.actions.indexOf("StopTransaction")).isLessThan(csms.actions.lastIndexOf("SignedFirmwareStatusNotification"));
        assertThat(csms.statuses(1)).contains(ChargePointStatus.UNAVAILABLE);
        // installed: the connectors are released
        await().atMost(ScriptedCsms.WAIT).until(() -> station.runtime().connector(2).status() == ChargePointStatus.PREPARING);
        assertThat(installer.installs).hasSize(1);
        assertThat(csms.actions).filteredOn("StartTransaction"::equals).hasSize(1);
    }

    private SignedUpdateFirmwareRequest request(int requestId, String signature, CertifiedKey signingKey,
                                                OffsetDateTime retrieve) {
        return new SignedUpdateFirmwareRequest().withRequestId(requestId).withFirmware(new Firmware()
                .withLocation(LOCATION)
                .withRetrieveDateTime(retrieve == null ? OffsetDateTime.now(ZoneOffset.UTC) : retrieve)
                .withSigningCertificate(Pem.write(signingKey.certificate()))
                .withSignature(signature));
    }

    private io.ocpp4j.v16.security.model.SignedUpdateFirmwareResponse update(int requestId, String signature,
                                                                            CertifiedKey signingKey, OffsetDateTime retrieve)
            throws Exception {
        return csms.call(SecurityActions16.SIGNED_UPDATE_FIRMWARE, request(requestId, signature, signingKey, retrieve));
    }

    private void trigger(MessageTriggerEnum message) throws Exception {
        csms.call(SecurityActions16.EXTENDED_TRIGGER_MESSAGE, new ExtendedTriggerMessageRequest().withRequestedMessage(message));
    }

    private List<String> eventTypes() {
        return csms.events.stream().map(SecurityEventNotificationRequest::getType).toList();
    }

    /** A firmware signing certificate issued by a manufacturer root, with its key. */
    static CertifiedKey signingKey(CertifiedKey root) {
        KeyPair pair = KeyAlgorithm.EC_P256.generate();
        return new CertifiedKey(pair.getPrivate(), List.of(CertificateBuilder.create().commonName("ACME Firmware Signing")
                .organization("ACME").validFor(Duration.ofDays(365)).signedBy(pair.getPublic(), root), root.certificate()));
    }

    /** SHA-256 with ECDSA over the whole image, base64, as SignedUpdateFirmware carries it. */
    static String signature(byte[] image, CertifiedKey key) throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key.privateKey());
        signature.update(image);
        return Base64.getEncoder().encodeToString(signature.sign());
    }
}

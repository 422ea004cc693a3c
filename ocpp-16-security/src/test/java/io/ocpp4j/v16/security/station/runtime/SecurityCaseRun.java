package io.ocpp4j.v16.security.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.transport.pki.CertificateHashData;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateRequest;
import io.ocpp4j.v16.security.model.DeleteCertificateStatusEnum;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v16.security.model.HashAlgorithmEnum;
import io.ocpp4j.v16.security.model.InstallCertificateRequest;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSession;

/**
 * One security-certified station under one OCTT Security case: a {@link ScriptedCsms} on the suite's
 * shared PKI and a {@link SecureStationRuntime} built as the station's {@link SecureStationProfile}
 * (its 1.6 profile, the CSMS URLs of the security profiles it supports, its TLS versions, cipher
 * suites and key type, signed firmware), with the steps the cases share.
 */
final class SecurityCaseRun implements AutoCloseable {

    /** The firmware image the CSMS offers. */
    static final byte[] IMAGE = "firmware 2.0".getBytes(StandardCharsets.UTF_8);
    /** Where the image is. */
    static final String FIRMWARE_LOCATION = "https://firmware.example.com/station/2.0.bin";
    /** Where logs go. */
    static final String LOG_LOCATION = "ftp://logs.example.com/uploads/";

    final SecureStationProfile profile;
    final SecuritySuiteMaterial material;
    final ScriptedCsms csms;
    final SimulatedHardware hardware;
    final ScriptedFirmwareInstaller installer;
    final SimulatedLogUploader uploader = new SimulatedLogUploader();
    /** The station certificate provisioned at the factory, for a start under profile 3. */
    CertifiedKey factoryCertificate;
    SecureStationRuntime station;

    SecurityCaseRun(SecureStationProfile profile, SecuritySuiteMaterial material) {
        this.profile = profile;
        this.material = material;
        this.csms = new ScriptedCsms(material.rpc(), material.pki());
        this.hardware = new SimulatedHardware(profile.station().connectors(), Clock.systemUTC());
        this.installer = new ScriptedFirmwareInstaller(material.folder(), IMAGE);
    }

    /**
     * Builds and starts the station with a security profile, provisioned as at the factory: the CPO's
     * root for profiles 2 and 3 (plus {@code extraRoots}), a station certificate of the station's key type
     * issued by the CPO's root for profile 3; waits until it is connected with that profile.
     */
    SecurityCaseRun start(int securityProfile, X509Certificate... extraRoots) throws Exception {
        assertThat(profile.supports(securityProfile)).as("station supports profile %d", securityProfile).isTrue();
        SecureStationRuntime.Builder builder = SecureStationFixture.base(material.rpc(), new InMemoryStore(), hardware,
                profile.station().connectors());
        profile.configure(builder, Map.of(1, csms.url(1), 2, csms.url(2), 3, csms.url(3)),
                hardware, hardware, hardware, installer);
        builder.logUploader(uploader)
                .station(runtime -> runtime.configure(SecurityConfigurationKeys.SECURITY_PROFILE, Integer.toString(securityProfile)));
        station = builder.build();
        hardware.bind(station.runtime().events());
        if (securityProfile >= 2) {
            assertThat(station.installCertificate(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, material.pki().root().certificate())
                    .toCompletableFuture().get()).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        }
        for (X509Certificate root : extraRoots) {
            assertThat(station.installCertificate(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, root)
                    .toCompletableFuture().get()).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        }
        if (securityProfile == 3) {
            factoryCertificate = Pki.station(material.pki().root(), ScriptedCsms.IDENTITY, profile.keyAlgorithm());
            station.installStationCertificate(factoryCertificate).toCompletableFuture().get();
        }
        station.start();
        awaitProfile(securityProfile);
        return this;
    }

    /** Waits until the station is connected with a security profile, as both sides see it. */
    void awaitProfile(int securityProfile) {
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == securityProfile
                && station.securityProfile() == securityProfile);
    }

    /** ChangeConfiguration from the CSMS. */
    ConfigurationStatus change(String key, String value) throws Exception {
        return csms.call(Actions16.CHANGE_CONFIGURATION,
                new ChangeConfigurationRequest().withKey(key).withValue(value)).getStatus();
    }

    /** InstallCertificate from the CSMS. */
    InstallCertificateStatusEnum install(CertificateUseEnum use, X509Certificate certificate) throws Exception {
        return csms.call(SecurityActions16.INSTALL_CERTIFICATE,
                new InstallCertificateRequest().withCertificateType(use).withCertificate(Pem.write(certificate))).getStatus();
    }

    /** GetInstalledCertificateIds from the CSMS. */
    GetInstalledCertificateIdsResponse list(CertificateUseEnum use) throws Exception {
        return csms.call(SecurityActions16.GET_INSTALLED_CERTIFICATE_IDS,
                new GetInstalledCertificateIdsRequest().withCertificateType(use));
    }

    /** DeleteCertificate from the CSMS. */
    DeleteCertificateStatusEnum delete(io.ocpp4j.v16.security.model.CertificateHashData hashData) throws Exception {
        return csms.call(SecurityActions16.DELETE_CERTIFICATE, new DeleteCertificateRequest().withCertificateHashData(hashData))
                .getStatus();
    }

    /** ExtendedTriggerMessage from the CSMS. */
    TriggerMessageStatusEnum trigger(MessageTriggerEnum message) throws Exception {
        return csms.call(SecurityActions16.EXTENDED_TRIGGER_MESSAGE,
                new ExtendedTriggerMessageRequest().withRequestedMessage(message)).getStatus();
    }

    /** @return the CertificateHashData (SHA-256) the CSMS computes for a certificate and its issuer */
    static io.ocpp4j.v16.security.model.CertificateHashData hashData(X509Certificate certificate, X509Certificate issuer) {
        CertificateHashData data = CertificateHashData.of(certificate, issuer, "SHA256");
        return new io.ocpp4j.v16.security.model.CertificateHashData().withHashAlgorithm(HashAlgorithmEnum.SHA_256)
                .withIssuerNameHash(data.issuerNameHash()).withIssuerKeyHash(data.issuerKeyHash())
                .withSerialNumber(data.serialNumber());
    }

    /** @return the types of the SecurityEventNotifications the CSMS received, in order */
    List<String> eventTypes() {
        return csms.events.stream().map(SecurityEventNotificationRequest::getType).toList();
    }

    /** Waits for a SecurityEventNotification of a type. */
    void awaitEvent(String type) {
        await().atMost(ScriptedCsms.WAIT).until(() -> eventTypes().contains(type));
    }

    /** @return the TLS session of the station's connection, as the CSMS sees it */
    SSLSession tlsSession() {
        return csms.chargePoint().session().connection().tlsSession().orElseThrow(() -> new AssertionError("not on TLS"));
    }

    /** Checks that the connection uses one of the station's TLS versions and cipher suites. */
    void assertNegotiatedAsThePicsSay() {
        SSLSession session = tlsSession();
        assertThat(profile.tlsVersions()).contains(session.getProtocol());
        assertThat(profile.cipherSuites()).contains(session.getCipherSuite());
    }

    @Override
    public void close() {
        try {
            if (station != null) {
                station.close();
            }
        } finally {
            csms.close();
        }
    }
}

package io.ocpp4j.v16.security.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateStatusEnum;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.InstallCertificateRequest;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Security profiles over real sockets on 127.0.0.1 (TLS with certificates generated in the test):
 * upgrade 1 → 2 → 3 through ChangeConfiguration, refused downgrades and missing prerequisites, the
 * fallback when the new profile cannot connect, and the station certificate requested with
 * SignCertificate, installed from CertificateSigned and renewed under profile 3.
 */
class SecurityProfileUpgradeTest {

    private final RpcRuntime rpc = RpcRuntime.create();
    private final ScriptedCsms csms = new ScriptedCsms(rpc);
    private SecureStationRuntime station;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
        csms.close();
        rpc.close();
    }

    @Test
    void TC_083_upgrade_1_to_2_to_3_with_fallback_and_TC_084_downgrade_rejected_and_TC_074_certificate_renewal()
            throws Exception {
        station = SecureStationFixture.station(rpc, csms, new InMemoryStore()).build();
        station.start();
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == 1);

        // TC_084: lowering or keeping the profile is refused
        assertThat(change("SecurityProfile", "0")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("SecurityProfile", "1")).isEqualTo(ConfigurationStatus.REJECTED);
        // A05.FR.03: profile 2 needs a CentralSystemRootCertificate
        assertThat(change("SecurityProfile", "2")).isEqualTo(ConfigurationStatus.REJECTED);
        // AuthorizationKey is write-only: reported without a value
        List<KeyValue> keys = csms.chargePoint().getConfiguration(new GetConfigurationRequest()
                .withKey(List.of("AuthorizationKey"))).toCompletableFuture().get().getConfigurationKey();
        assertThat(keys).singleElement().satisfies(key -> assertThat(key.getValue()).isNull());

        // TC_075_2: install the CSMS root, then upgrade to 2
        assertThat(install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csms.root.certificate()))
                .isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(change("SecurityProfile", "2")).isEqualTo(ConfigurationStatus.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == 2 && station.securityProfile() == 2);

        // M04.FR.06: the root that validates the connection cannot be deleted
        var rootHash = io.ocpp4j.transport.pki.CertificateHashData.of(csms.root.certificate(), csms.root.certificate(), "SHA256");
        assertThat(csms.chargePoint().session().call(SecurityActions16.DELETE_CERTIFICATE,
                new io.ocpp4j.v16.security.model.DeleteCertificateRequest().withCertificateHashData(
                        new io.ocpp4j.v16.security.model.CertificateHashData()
                                .withHashAlgorithm(io.ocpp4j.v16.security.model.HashAlgorithmEnum.SHA_256)
                                .withIssuerNameHash(rootHash.issuerNameHash()).withIssuerKeyHash(rootHash.issuerKeyHash())
                                .withSerialNumber(rootHash.serialNumber())))
                .toCompletableFuture().get().getStatus()).isEqualTo(DeleteCertificateStatusEnum.FAILED);

        // A05.FR.04: profile 3 needs a station certificate
        assertThat(change("SecurityProfile", "3")).isEqualTo(ConfigurationStatus.REJECTED);
        // TC_074: ExtendedTriggerMessage(SignChargePointCertificate) -> SignCertificate -> CertificateSigned
        assertThat(trigger(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE)).isEqualTo(TriggerMessageStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> station.stationCertificate().toCompletableFuture().get().isPresent());
        X509Certificate first = station.stationCertificate().toCompletableFuture().get().orElseThrow();
        assertThat(first).isEqualTo(csms.issued.get(0));
        assertThat(first.getSubjectX500Principal().getName()).contains("CN=" + ScriptedCsms.IDENTITY).contains("O=ACME CPO");

        // the profile 3 endpoint refuses the station: after 2 failed attempts it falls back to profile 2
        csms.profile3Open.set(false);
        assertThat(change("SecurityProfile", "3")).isEqualTo(ConfigurationStatus.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == 2
                && station.runtime().configuration("SecurityProfile").orElseThrow().equals("2"));
        assertThat(station.securityProfile()).isEqualTo(2);

        // TC_083: with the endpoint accepting it, the upgrade to 3 holds
        csms.profile3Open.set(true);
        assertThat(change("SecurityProfile", "3")).isEqualTo(ConfigurationStatus.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == 3 && station.securityProfile() == 3);
        assertThat(csms.presentedCertificate()).isEqualTo(first);

        // renewal under profile 3: the station reconnects with its new certificate
        assertThat(trigger(MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE)).isEqualTo(TriggerMessageStatusEnum.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.issued.size() == 2);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == 3
                && csms.presentedCertificate().equals(csms.issued.get(1)));
        assertThat(csms.issued.get(1).getSerialNumber()).isNotEqualTo(first.getSerialNumber());
        assertThat(station.securityLog()).extracting(SecurityEvent::type)
                .contains("StartupOfTheDevice", "ReconfigurationOfSecurityParameters");
    }

    private ConfigurationStatus change(String key, String value) throws Exception {
        return csms.chargePoint().changeConfiguration(new ChangeConfigurationRequest().withKey(key).withValue(value))
                .toCompletableFuture().get().getStatus();
    }

    private InstallCertificateStatusEnum install(CertificateUseEnum use, X509Certificate certificate) throws Exception {
        return csms.chargePoint().session().call(SecurityActions16.INSTALL_CERTIFICATE,
                new InstallCertificateRequest().withCertificateType(use).withCertificate(Pem.write(certificate)))
                .toCompletableFuture().get().getStatus();
    }

    private TriggerMessageStatusEnum trigger(MessageTriggerEnum message) throws Exception {
        return csms.chargePoint().session().call(SecurityActions16.EXTENDED_TRIGGER_MESSAGE,
                new ExtendedTriggerMessageRequest().withRequestedMessage(message)).toCompletableFuture().get().getStatus();
    }
}

package io.ocpp4j.v16.security.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.pki.CertificateBuilder;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateHashData;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateRequest;
import io.ocpp4j.v16.security.model.DeleteCertificateStatusEnum;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v16.security.model.GetInstalledCertificateStatusEnum;
import io.ocpp4j.v16.security.model.HashAlgorithmEnum;
import io.ocpp4j.v16.security.model.InstallCertificateRequest;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * InstallCertificate, GetInstalledCertificateIds and DeleteCertificate (whitepaper M03-M05) against a
 * scripted ocpp4j CSMS over real sockets. The expected CertificateHashData is computed here
 * independently of the station's code, with plain JCA digests: SHA-256 of the issuer's DER-encoded
 * subject name, SHA-256 of the contents of the issuer's subjectPublicKey BIT STRING (read with a small
 * DER walk), and the serial number in hex without leading zeroes.
 */
class CertificateManagementTest {

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

    private void boot(String storeMaxLength, boolean additionalRootCheck) {
        station = SecureStationFixture.station(rpc, csms, new InMemoryStore())
                .station(runtime -> runtime
                        .configure(SecurityConfigurationKeys.CERTIFICATE_STORE_MAX_LENGTH, storeMaxLength)
                        .configure(SecurityConfigurationKeys.ADDITIONAL_ROOT_CERTIFICATE_CHECK, Boolean.toString(additionalRootCheck)))
                .build();
        station.start();
        await().atMost(ScriptedCsms.WAIT).until(csms::connected);
    }

    @Test
    void TC_075_1_a_manufacturer_root_is_installed_and_listed_with_its_hash_data() throws Exception {
        boot("20", false);
        X509Certificate root = selfSignedCa("ACME Manufacturer Root", BigInteger.valueOf(4095));

        assertThat(install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, root)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        GetInstalledCertificateIdsResponse listed = list(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE);
        assertThat(listed.getStatus()).isEqualTo(GetInstalledCertificateStatusEnum.ACCEPTED);
        assertThat(listed.getCertificateHashData()).singleElement().usingRecursiveComparison().isEqualTo(expected(root, root));
        assertThat(listed.getCertificateHashData().get(0).getSerialNumber()).isEqualTo("fff");
        assertThat(list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getStatus())
                .isEqualTo(GetInstalledCertificateStatusEnum.NOT_FOUND);
    }

    @Test
    void TC_075_2_central_system_roots_are_listed_an_intermediate_with_its_issuers_name_and_key() throws Exception {
        boot("20", false);
        assertThat(install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csms.root.certificate()))
                .isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csms.nextRoot.certificate()))
                .isEqualTo(InstallCertificateStatusEnum.ACCEPTED);

        assertThat(list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getCertificateHashData())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(expected(csms.root.certificate(), csms.root.certificate()),
                        expected(csms.nextRoot.certificate(), csms.root.certificate()));
    }

    @Test
    void certificates_that_are_not_valid_CA_certificates_are_rejected() throws Exception {
        boot("20", false);
        CertifiedKey leaf = Pki.station(csms.root, "CP-OTHER", KeyAlgorithm.EC_P256);
        assertThat(install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, leaf.certificate()))
                .isEqualTo(InstallCertificateStatusEnum.REJECTED);
        assertThat(csms.call(SecurityActions16.INSTALL_CERTIFICATE, new InstallCertificateRequest()
                .withCertificateType(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE)
                .withCertificate("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"))
                .getStatus()).isEqualTo(InstallCertificateStatusEnum.REJECTED);
        assertThat(list(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE).getStatus())
                .isEqualTo(GetInstalledCertificateStatusEnum.NOT_FOUND);
    }

    @Test
    void TC_076_a_certificate_is_deleted_by_its_hash_data_written_in_any_case() throws Exception {
        boot("20", false);
        X509Certificate root = selfSignedCa("ACME Manufacturer Root", BigInteger.valueOf(0x0abcdef));
        install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, root);
        install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csms.root.certificate());
        CertificateHashData upper = expected(root, root);
        upper.setIssuerNameHash(upper.getIssuerNameHash().toUpperCase(Locale.ROOT));
        upper.setIssuerKeyHash(upper.getIssuerKeyHash().toUpperCase(Locale.ROOT));
        upper.setSerialNumber("0ABCDEF");

        assertThat(delete(upper)).isEqualTo(DeleteCertificateStatusEnum.ACCEPTED);
        assertThat(list(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE).getStatus())
                .isEqualTo(GetInstalledCertificateStatusEnum.NOT_FOUND);
        assertThat(delete(expected(root, root))).isEqualTo(DeleteCertificateStatusEnum.NOT_FOUND);
        // under security profile 1 the CSMS root validates no connection: its deletion is allowed
        assertThat(delete(expected(csms.root.certificate(), csms.root.certificate())))
                .isEqualTo(DeleteCertificateStatusEnum.ACCEPTED);
    }

    @Test
    void CertificateStoreMaxLength_limits_the_installed_CA_certificates() throws Exception {
        boot("2", false);
        X509Certificate first = selfSignedCa("Root 1", BigInteger.ONE);
        X509Certificate second = selfSignedCa("Root 2", BigInteger.TWO);
        X509Certificate third = selfSignedCa("Root 3", BigInteger.TEN);
        assertThat(install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, first)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, second)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, first)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, third)).isEqualTo(InstallCertificateStatusEnum.REJECTED);

        assertThat(delete(expected(first, first))).isEqualTo(DeleteCertificateStatusEnum.ACCEPTED);
        assertThat(install(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, third)).isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
    }

    @Test
    void AdditionalRootCertificateCheck_replaces_the_root_and_drops_the_old_one_after_a_connection_with_the_new()
            throws Exception {
        boot("20", true);
        assertThat(install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csms.root.certificate()))
                .isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(change("SecurityProfile", "2")).isEqualTo(ConfigurationStatus.ACCEPTED);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == 2 && station.securityProfile() == 2);

        // a second root not signed by the installed one is refused
        assertThat(install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, selfSignedCa("Rogue Root", BigInteger.ONE)))
                .isEqualTo(InstallCertificateStatusEnum.REJECTED);
        // the next root, signed by the current one, replaces it; the old one stays as fallback meanwhile
        assertThat(install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csms.nextRoot.certificate()))
                .isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
        assertThat(list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getCertificateHashData()).hasSize(2);

        var before = csms.chargePoint().session();
        csms.chargePoint().disconnect(); // the station reconnects, validating the CSMS with the new root
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.connected() && csms.chargePoint().session() != before);
        await().atMost(ScriptedCsms.WAIT).until(() ->
                list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getCertificateHashData().size() == 1);
        assertThat(list(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE).getCertificateHashData())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(expected(csms.nextRoot.certificate(), csms.root.certificate())); // still its issuer's
        // M04.FR.06: the only root validating the connection cannot be deleted
        assertThat(delete(expected(csms.nextRoot.certificate(), csms.root.certificate())))
                .isEqualTo(DeleteCertificateStatusEnum.FAILED);
    }

    // ---- the whitepaper's CertificateHashData, computed independently ---------------------------

    /** The hash data of {@code certificate} issued by {@code issuer}, from the definitions alone. */
    static CertificateHashData expected(X509Certificate certificate, X509Certificate issuer) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        return new CertificateHashData().withHashAlgorithm(HashAlgorithmEnum.SHA_256)
                .withIssuerNameHash(hex.formatHex(sha256.digest(issuer.getSubjectX500Principal().getEncoded())))
                .withIssuerKeyHash(hex.formatHex(sha256.digest(subjectPublicKeyBits(issuer.getPublicKey().getEncoded()))))
                .withSerialNumber(certificate.getSerialNumber().toString(16));
    }

    /**
     * The contents of the subjectPublicKey BIT STRING of a DER SubjectPublicKeyInfo
     * ({@code SEQUENCE { AlgorithmIdentifier, BIT STRING }}), without its unused-bits octet.
     */
    static byte[] subjectPublicKeyBits(byte[] spki) {
        int[] at = {0};
        expectTag(spki, at, 0x30);
        length(spki, at); // the outer SEQUENCE: go inside
        expectTag(spki, at, 0x30);
        int algorithm = length(spki, at);
        at[0] += algorithm; // skip the AlgorithmIdentifier
        expectTag(spki, at, 0x03);
        int length = length(spki, at);
        if (spki[at[0]] != 0) {
            throw new IllegalArgumentException("a key BIT STRING has no unused bits");
        }
        return Arrays.copyOfRange(spki, at[0] + 1, at[0] + length);
    }

    private static void expectTag(byte[] der, int[] at, int tag) {
        if ((der[at[0]++] & 0xff) != tag) {
            throw new IllegalArgumentException("expected DER tag " + tag);
        }
    }

    private static int length(byte[] der, int[] at) {
        int first = der[at[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[at[0]++] & 0xff);
        }
        return length;
    }

    private static X509Certificate selfSignedCa(String name, BigInteger serial) {
        KeyPair pair = KeyAlgorithm.EC_P256.generate();
        return CertificateBuilder.create().commonName(name).certificateAuthority(1).serialNumber(serial)
                .validFor(Duration.ofDays(365)).selfSigned(pair);
    }

    // ---- calls ------------------------------------------------------------------------------------

    private InstallCertificateStatusEnum install(CertificateUseEnum use, X509Certificate certificate) throws Exception {
        return csms.call(SecurityActions16.INSTALL_CERTIFICATE,
                new InstallCertificateRequest().withCertificateType(use).withCertificate(Pem.write(certificate))).getStatus();
    }

    private GetInstalledCertificateIdsResponse list(CertificateUseEnum use) throws Exception {
        return csms.call(SecurityActions16.GET_INSTALLED_CERTIFICATE_IDS,
                new GetInstalledCertificateIdsRequest().withCertificateType(use));
    }

    private DeleteCertificateStatusEnum delete(CertificateHashData data) throws Exception {
        return csms.call(SecurityActions16.DELETE_CERTIFICATE, new DeleteCertificateRequest().withCertificateHashData(data))
                .getStatus();
    }

    private ConfigurationStatus change(String key, String value) throws Exception {
        return csms.chargePoint().changeConfiguration(new ChangeConfigurationRequest().withKey(key).withValue(value))
                .toCompletableFuture().get().getStatus();
    }

}

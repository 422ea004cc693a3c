package io.ocpp4j.transport.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PkiTest {

    private static final CertifiedKey ROOT = Pki.rootCa("Test Root", KeyAlgorithm.EC_P384);
    private static final CertifiedKey SUB_CA = Pki.subCa(ROOT, "Test Sub CA", KeyAlgorithm.EC_P256);

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"RSA_2048", "EC_P256", "EC_P384"})
    void generatesKeyPairsOfTheRequestedType(KeyAlgorithm algorithm) {
        KeyPair pair = algorithm.generate();
        assertThat(pair.getPublic().getAlgorithm()).isIn("RSA", "EC");
        if (pair.getPublic() instanceof RSAPublicKey rsa) {
            assertThat(rsa.getModulus().bitLength()).isEqualTo(2048);
        } else {
            int fieldSize = ((ECPublicKey) pair.getPublic()).getParams().getCurve().getField().getFieldSize();
            assertThat(fieldSize).isEqualTo(algorithm == KeyAlgorithm.EC_P256 ? 256 : 384);
        }
    }

    @Test
    void rootIsASelfSignedCa() throws Exception {
        X509Certificate root = ROOT.certificate();
        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        root.verify(root.getPublicKey());
    }

    @Test
    void stationCertificateChainsToTheRootAndCarriesTheIdentity() throws Exception {
        CertifiedKey station = Pki.station(SUB_CA, "CS-0001", KeyAlgorithm.EC_P256);
        assertThat(station.chain()).hasSize(3);
        assertThat(station.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=CS-0001");
        assertThat(station.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(station.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(SUB_CA.certificate().getBasicConstraints()).isZero();
        validate(station.chain());
    }

    @Test
    void csmsCertificateHasTheHostsAsSubjectAlternativeNames() throws Exception {
        CertifiedKey csms = Pki.csmsServer(ROOT, KeyAlgorithm.RSA_2048, "localhost", "127.0.0.1");
        assertThat(csms.certificate().getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(csms.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(csms.certificate().getKeyUsage()[2]).as("keyEncipherment for RSA key exchange").isTrue();
        validate(csms.chain());
    }

    @Test
    void expiredCertificateIsOutsideItsValidity() {
        java.time.Instant past = java.time.Instant.now().minus(Duration.ofDays(30));
        CertifiedKey expired = Pki.station(ROOT, "CS-OLD", KeyAlgorithm.EC_P256,
                CertificateBuilder.create().validFrom(past).validUntil(past.plus(Duration.ofDays(1))));
        assertThatThrownBy(() -> expired.certificate().checkValidity())
                .isInstanceOf(java.security.cert.CertificateExpiredException.class);
    }

    @Test
    void csrRoundTripsThroughPemAndIsSigned() {
        KeyPair pair = KeyAlgorithm.EC_P256.generate();
        CertificateSigningRequest csr = CertificateSigningRequest.create(pair,
                new X500Principal("CN=CS-0002, O=Acme Charging"));
        String pem = csr.toPem();
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        CertificateSigningRequest parsed = CertificateSigningRequest.fromPem(pem);
        assertThat(parsed.subject()).isEqualTo(new X500Principal("CN=CS-0002, O=Acme Charging"));
        assertThat(parsed.publicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(parsed.isSignatureValid()).isTrue();

        X509Certificate issued = Pki.sign(parsed, SUB_CA, CertificateBuilder.create().clientAuth());
        assertThat(issued.getSubjectX500Principal()).isEqualTo(parsed.subject());
        assertThat(issued.getPublicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void tamperedCsrIsRefused() {
        KeyPair pair = KeyAlgorithm.RSA_2048.generate();
        byte[] der = CertificateSigningRequest.create(pair, new X500Principal("CN=CS-0003")).encoded();
        der[der.length - 5] ^= 0x01; // inside the signature
        CertificateSigningRequest tampered = CertificateSigningRequest.fromDer(der);
        assertThat(tampered.isSignatureValid()).isFalse();
        assertThatThrownBy(() -> Pki.sign(tampered, SUB_CA, CertificateBuilder.create()))
                .isInstanceOf(PkiException.class);
    }

    @Test
    void certificatesAndKeysRoundTripThroughPem() {
        CertifiedKey station = Pki.station(SUB_CA, "CS-0004", KeyAlgorithm.EC_P256);
        String chainPem = Pem.write(station.chain());
        assertThat(Pem.readCertificates(chainPem)).containsExactlyElementsOf(station.chain());
        PrivateKey key = Pem.readPrivateKey(Pem.write(station.privateKey()));
        assertThat(key.getEncoded()).isEqualTo(station.privateKey().getEncoded());
    }

    @Test
    void readsTraditionalOpenSslKeys() throws Exception {
        KeyPair pair = KeyAlgorithm.RSA_2048.generate();
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(pair); // "-----BEGIN RSA PRIVATE KEY-----"
        }
        assertThat(out.toString()).contains("BEGIN RSA PRIVATE KEY");
        assertThat(Pem.readPrivateKey(out.toString()).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void invalidPemIsAPkiException() {
        assertThatThrownBy(() -> Pem.readPrivateKey("no key here")).isInstanceOf(PkiException.class);
        assertThatThrownBy(() -> Pem.readCertificateSigningRequest("-----BEGIN CERTIFICATE REQUEST-----\n!!\n"
                + "-----END CERTIFICATE REQUEST-----\n")).isInstanceOf(PkiException.class);
        assertThat(Pem.readCertificates("")).isEmpty();
    }

    @Test
    void certificateHashDataFollowsOcpp() throws Exception {
        CertifiedKey station = Pki.station(SUB_CA, "CS-0005", KeyAlgorithm.EC_P256,
                CertificateBuilder.create().serialNumber(BigInteger.valueOf(0x0abcdef)));
        CertificateHashData data = CertificateHashData.of(station.certificate(), SUB_CA.certificate(), "SHA256");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        assertThat(data.hashAlgorithm()).isEqualTo("SHA256");
        assertThat(data.issuerNameHash()).isEqualTo(HexFormat.of().formatHex(
                sha256.digest(SUB_CA.certificate().getSubjectX500Principal().getEncoded())));
        assertThat(data.issuerKeyHash()).hasSize(64);
        assertThat(data.serialNumber()).isEqualTo("abcdef");
    }

    private static void validate(List<X509Certificate> chain) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ROOT.certificate(), null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
                factory.generateCertPath(chain.subList(0, chain.size() - 1)), parameters);
    }
}

package io.ocpp4j.v16.security.csms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.PkiException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class ExampleCertificateAuthorityTest {

    private static final X500Principal SUBJECT = new X500Principal("CN=CP-CA-1,O=ACME CPO");

    @Test
    void signsARequestWithClientAuthBelowItsIntermediate() throws Exception {
        ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().validity(Duration.ofDays(30)).build();
        KeyPair keys = KeyAlgorithm.EC_P256.generate();

        String pem = ca.sign(CertificateSigningRequest.create(keys, SUBJECT), "CP-CA-1").toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        List<X509Certificate> chain = Pem.readCertificates(pem);
        assertThat(chain).hasSize(2);
        X509Certificate leaf = chain.get(0);
        assertThat(leaf.getSubjectX500Principal()).isEqualTo(SUBJECT);
        assertThat(leaf.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(leaf.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        long days = Duration.between(leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant()).toDays();
        assertThat(days).isEqualTo(30);
        assertThat(chain.get(1)).isEqualTo(ca.issuer().certificate()).isNotEqualTo(ca.rootCertificate());
        SecurityCsmsWebSocketTest.verifiesAgainstTheRoot(chain, ca);
    }

    @Test
    void withoutAnIntermediateTheRootSigns() throws Exception {
        ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().intermediate(false)
                .keyAlgorithm(KeyAlgorithm.RSA_2048).build();
        X509Certificate leaf = ca.issue(CertificateSigningRequest.create(KeyAlgorithm.EC_P256.generate(), SUBJECT));

        assertThat(leaf.getIssuerX500Principal()).isEqualTo(ca.rootCertificate().getSubjectX500Principal());
        assertThat(ca.issuer().chain()).containsExactly(ca.rootCertificate());
        leaf.verify(ca.rootCertificate().getPublicKey());
    }

    @Test
    void everyIssuedCertificateHasASerialOfItsOwn() {
        ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().build();
        ExampleCertificateAuthority other = ExampleCertificateAuthority.builder().build();
        CertificateSigningRequest csr = CertificateSigningRequest.create(KeyAlgorithm.EC_P256.generate(), SUBJECT);
        Set<BigInteger> serials = new HashSet<>();
        serials.add(ca.rootCertificate().getSerialNumber());
        serials.add(ca.issuer().certificate().getSerialNumber());
        serials.add(ca.serverCertificate(KeyAlgorithm.EC_P256, "localhost").certificate().getSerialNumber());
        for (int i = 0; i < 20; i++) {
            serials.add(ca.issue(csr).getSerialNumber());
            serials.add(other.issue(csr).getSerialNumber());
        }
        assertThat(serials).hasSize(43).allSatisfy(serial -> assertThat(serial.signum()).isPositive());
        assertThat(serials).allSatisfy(serial -> assertThat(serial.bitLength()).isLessThanOrEqualTo(159));
    }

    @Test
    void aRequestWithABadSignatureIsNotSigned() {
        ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().build();
        byte[] der = CertificateSigningRequest.create(KeyAlgorithm.EC_P256.generate(), SUBJECT).encoded();
        der[der.length - 3] ^= 0x01;

        assertThatThrownBy(() -> ca.issue(CertificateSigningRequest.fromDer(der))).isInstanceOf(PkiException.class);
        assertThatThrownBy(() -> ca.sign(CertificateSigningRequest.fromDer(der), "CP-CA-1").toCompletableFuture().get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(PkiException.class);
    }

    @Test
    void theServerCertificateChainsToTheRoot() throws Exception {
        ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().build();
        var server = ca.serverCertificate(KeyAlgorithm.EC_P256, "localhost", "127.0.0.1");
        assertThat(server.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        SecurityCsmsWebSocketTest.verifiesAgainstTheRoot(List.of(server.certificate()), ca);
    }
}

package io.ocpp4j.v16.security.csms;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import java.security.KeyPairGenerator;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class CsrPolicyTest {

    private static final String IDENTITY = "CP-POLICY-1";

    private static CertificateSigningRequest csr(String subject) {
        return CertificateSigningRequest.create(KeyAlgorithm.EC_P256.generate(), new X500Principal(subject));
    }

    @Test
    void theCommonNameMustBeTheConnectionsIdentity() {
        CsrPolicy policy = CsrPolicy.defaults();
        assertThat(policy.refusal(csr("CN=" + IDENTITY + ",O=Anyone"), IDENTITY)).isEmpty();
        assertThat(policy.refusal(csr("CN=" + IDENTITY), IDENTITY)).as("no O required by default").isEmpty();
        assertThat(policy.refusal(csr("CN=CP-OTHER,O=Anyone"), IDENTITY)).get().asString().contains("CN");
        assertThat(policy.refusal(csr("O=Anyone"), IDENTITY)).get().asString().contains("exactly one CN");
        assertThat(policy.refusal(csr("CN=" + IDENTITY + ",CN=" + IDENTITY), IDENTITY)).isPresent();
        assertThat(policy.refusal(csr("CN=cp-policy-1"), IDENTITY)).as("exact, case included").isPresent();
    }

    @Test
    void theOrganizationMustBeTheCpoNameWhenOneIsRequired() {
        CsrPolicy policy = CsrPolicy.builder().organization("ACME CPO").build();
        assertThat(policy.refusal(csr("CN=" + IDENTITY + ",O=ACME CPO"), IDENTITY)).isEmpty();
        assertThat(policy.refusal(csr("CN=" + IDENTITY + ",O=Other"), IDENTITY)).get().asString().contains("O");
        assertThat(policy.refusal(csr("CN=" + IDENTITY), IDENTITY)).isPresent();

        CsrPolicy perStation = CsrPolicy.builder()
                .organization(identity -> identity.equals(IDENTITY) ? Optional.of("ACME CPO") : Optional.empty())
                .build();
        assertThat(perStation.refusal(csr("CN=" + IDENTITY + ",O=Other"), IDENTITY)).isPresent();
        assertThat(perStation.refusal(csr("CN=CP-2,O=Other"), "CP-2")).isEmpty();
    }

    @Test
    void weakKeysAreRefused() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        CertificateSigningRequest weak = CertificateSigningRequest.create(rsa.generateKeyPair(),
                new X500Principal("CN=" + IDENTITY));
        assertThat(CsrPolicy.defaults().refusal(weak, IDENTITY)).get().asString().contains("1024");

        CertificateSigningRequest strong = CertificateSigningRequest.create(KeyAlgorithm.RSA_2048.generate(),
                new X500Principal("CN=" + IDENTITY));
        assertThat(CsrPolicy.defaults().refusal(strong, IDENTITY)).isEmpty();
    }
}

package io.ocpp4j.v16.security.csms;

import io.ocpp4j.transport.pki.CertificateSigningRequest;
import java.util.concurrent.CompletionStage;

/**
 * The certificate authority behind a CSMS: signs the certificate signing requests stations send in
 * {@code SignCertificate}, once {@link CertificateSigning} has accepted them. In production this is
 * usually a call to the operator's CA service; {@link ExampleCertificateAuthority} is one for tests and
 * development.
 */
@FunctionalInterface
public interface CertificateSigner {

    /**
     * Signs a request. Called on the runtime's handler executor: a signer that waits for a remote CA
     * must return at once and complete the stage later.
     *
     * @param csr the request; its proof of possession is valid and it passed the {@link CsrPolicy}
     * @param stationIdentity the station it is for
     * @return the PEM-encoded chain for {@code CertificateSigned}: the station's new certificate first,
     *     then the intermediate CA certificates (the root is usually left out, the station has it);
     *     fail the stage if the request cannot be signed
     */
    CompletionStage<String> sign(CertificateSigningRequest csr, String stationIdentity);
}

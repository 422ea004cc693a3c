package io.ocpp4j.v16.security.csms;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * How one {@code SignCertificate} ended, as {@link CertificateSigning} reports it to its
 * {@link SecurityListener}.
 *
 * @param stationIdentity the station that asked
 * @param result what happened
 * @param detail why, in words (never a key or a secret); empty when {@code result} says it all
 * @param chain the chain sent in {@code CertificateSigned} (station certificate first), empty if none was sent
 */
public record CertificateSigningOutcome(String stationIdentity, Result result, String detail,
                                        List<X509Certificate> chain) {

    /** Checks the components and copies the chain. */
    public CertificateSigningOutcome {
        Objects.requireNonNull(stationIdentity, "stationIdentity");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
        chain = List.copyOf(chain);
    }

    /** The end of one signing. */
    public enum Result {
        /** The CSR was refused: SignCertificate was answered {@code Rejected}. */
        CSR_REJECTED,
        /** The CSR was accepted but the {@link CertificateSigner} failed or returned an unusable chain. */
        SIGNING_FAILED,
        /** CertificateSigned could not be delivered (connection closed, timeout, CALLERROR). */
        NOT_DELIVERED,
        /** The station answered CertificateSigned {@code Rejected}. */
        CHAIN_REJECTED,
        /** The station answered CertificateSigned {@code Accepted}: it will use the certificate. */
        CHAIN_ACCEPTED
    }
}

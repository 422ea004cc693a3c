package io.ocpp4j.v16.security.station.runtime;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** X.509 checks the station makes: path validation against installed roots, signatures, validity. */
final class CertificateChecks {

    private CertificateChecks() {
    }

    /**
     * Validates a chain (leaf first, possibly holding intermediates and roots) against trust anchors, as RFC 5280
     * section 6 describes, at a given time. Revocation is not checked (the whitepaper relies on fast
     * expiry and the CSMS's online checks).
     *
     * @return whether the chain leads to one of the anchors
     */
    static boolean chainsTo(List<X509Certificate> chain, List<X509Certificate> anchors, Instant at) {
        if (chain.isEmpty() || anchors.isEmpty()) {
            return false;
        }
        try {
            Set<TrustAnchor> trust = new HashSet<>();
            anchors.forEach(anchor -> trust.add(new TrustAnchor(anchor, null)));
            int anchorAt = 0;
            while (anchorAt < chain.size() && !anchors.contains(chain.get(anchorAt))) {
                anchorAt++;
            }
            if (anchorAt == 0) {
                return isValidAt(chain.get(0), at); // the certificate is itself trusted
            }
            // the path ends below the first trusted certificate the chain holds (what follows it is not needed)
            List<X509Certificate> path = new ArrayList<>(chain.subList(0, anchorAt));
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(trust);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** @return whether {@code issuer}'s key verifies {@code certificate}'s signature */
    static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** @return whether the certificate is within its validity period at the given time */
    static boolean isValidAt(X509Certificate certificate, Instant at) {
        Date date = Date.from(at);
        return !date.before(certificate.getNotBefore()) && !date.after(certificate.getNotAfter());
    }

    /** @return whether the certificate may sign others (basic constraints CA) */
    static boolean isCertificateAuthority(X509Certificate certificate) {
        return certificate.getBasicConstraints() >= 0;
    }

    /** @return whether the certificate is self-signed (a root) */
    static boolean isSelfSigned(X509Certificate certificate) {
        return signedBy(certificate, certificate);
    }
}

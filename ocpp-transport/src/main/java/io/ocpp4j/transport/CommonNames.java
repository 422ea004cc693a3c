package io.ocpp4j.transport;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Reads the subject common name (CN) of a certificate. */
final class CommonNames {

    private CommonNames() {
    }

    /**
     * The subject's common name; with several, the most specific (last) one.
     *
     * @param certificate the certificate
     * @return the common name, or empty if the subject has none
     */
    static Optional<String> of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = subject.getRDNs(BCStyle.CN);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        ASN1Encodable value = rdns[rdns.length - 1].getFirst().getValue();
        return value instanceof ASN1String string ? Optional.of(string.getString()) : Optional.empty();
    }
}

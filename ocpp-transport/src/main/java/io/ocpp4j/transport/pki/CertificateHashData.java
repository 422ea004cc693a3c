package io.ocpp4j.transport.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * OCPP's {@code CertificateHashDataType}: identifies a certificate by hashes of its issuer's name and
 * key and by its serial number (OCPP 2.0.1 and the 1.6 security extension).
 *
 * @param hashAlgorithm {@code SHA256}, {@code SHA384} or {@code SHA512}
 * @param issuerNameHash hex of the hash of the DER-encoded issuer name
 * @param issuerKeyHash hex of the hash of the issuer's public key bits (without tag, length and
 *     unused-bits octet)
 * @param serialNumber the serial number in hex, lower case, without leading zeroes
 */
public record CertificateHashData(String hashAlgorithm, String issuerNameHash, String issuerKeyHash,
                                  String serialNumber) {

    /** Checks that all components are present. */
    public CertificateHashData {
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        Objects.requireNonNull(issuerNameHash, "issuerNameHash");
        Objects.requireNonNull(issuerKeyHash, "issuerKeyHash");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }

    /**
     * Computes the hash data of {@code certificate}.
     *
     * @param certificate the certificate to identify
     * @param issuer its issuer's certificate (the certificate itself for a root)
     * @param hashAlgorithm {@code SHA256}, {@code SHA384} or {@code SHA512}
     * @return the hash data
     */
    public static CertificateHashData of(X509Certificate certificate, X509Certificate issuer, String hashAlgorithm) {
        return of(certificate, issuer.getPublicKey(), hashAlgorithm);
    }

    /**
     * Computes the hash data of {@code certificate} from its issuer's public key, for when the issuer's
     * certificate is no longer at hand (e.g. a replaced root that signed its successor).
     *
     * @param certificate the certificate to identify
     * @param issuerKey its issuer's public key (the certificate's own for a root)
     * @param hashAlgorithm {@code SHA256}, {@code SHA384} or {@code SHA512}
     * @return the hash data
     */
    public static CertificateHashData of(X509Certificate certificate, java.security.PublicKey issuerKey, String hashAlgorithm) {
        String jcaName = switch (hashAlgorithm) {
            case "SHA256" -> "SHA-256";
            case "SHA384" -> "SHA-384";
            case "SHA512" -> "SHA-512";
            default -> throw new IllegalArgumentException("unsupported hash algorithm " + hashAlgorithm);
        };
        try {
            HexFormat hex = HexFormat.of();
            byte[] nameHash = MessageDigest.getInstance(jcaName)
                    .digest(certificate.getIssuerX500Principal().getEncoded());
            byte[] keyBits = SubjectPublicKeyInfo.getInstance(issuerKey.getEncoded())
                    .getPublicKeyData().getBytes();
            byte[] keyHash = MessageDigest.getInstance(jcaName).digest(keyBits);
            return new CertificateHashData(hashAlgorithm, hex.formatHex(nameHash), hex.formatHex(keyHash),
                    certificate.getSerialNumber().toString(16).toLowerCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw new PkiException("hash algorithm " + jcaName + " unavailable", e);
        }
    }
}

package io.ocpp4j.transport.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Builds one X.509 v3 certificate: a CA (root or intermediate), a CSMS server certificate or a
 * station (client) certificate. Not thread-safe; use one builder per certificate.
 *
 * <pre>{@code
 * X509Certificate cert = CertificateBuilder.create()
 *         .organization("Acme Charging")
 *         .commonName("CS-0001")
 *         .clientAuth()
 *         .validFor(Duration.ofDays(365))
 *         .signedBy(stationKeyPair.getPublic(), issuingCa);
 * }</pre>
 *
 * <p>{@link Pki} has ready-made recipes for the usual certificates.
 */
public final class CertificateBuilder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private X500Name subject;
    private String organization;
    private String commonName;
    private Instant notBefore;
    private Instant notAfter;
    private Integer caPathLength;
    private boolean ca;
    private boolean serverAuth;
    private boolean clientAuth;
    private final List<GeneralName> subjectAltNames = new ArrayList<>();
    private BigInteger serialNumber;

    private CertificateBuilder() {
    }

    /**
     * Starts a certificate valid from one hour ago for one year.
     *
     * @return a new builder
     */
    public static CertificateBuilder create() {
        CertificateBuilder builder = new CertificateBuilder();
        builder.notBefore = Instant.now().minus(Duration.ofHours(1));
        builder.notAfter = builder.notBefore.plus(Duration.ofDays(365));
        return builder;
    }

    /**
     * Sets the whole subject distinguished name; overrides {@link #commonName} and
     * {@link #organization}.
     *
     * @param principal the subject
     * @return this builder
     */
    public CertificateBuilder subject(X500Principal principal) {
        this.subject = X500Name.getInstance(principal.getEncoded());
        return this;
    }

    /**
     * Sets the subject's common name (CN); for a station, its identity.
     *
     * @param cn the common name
     * @return this builder
     */
    public CertificateBuilder commonName(String cn) {
        this.commonName = Objects.requireNonNull(cn, "cn");
        return this;
    }

    /**
     * Sets the subject's organization (O).
     *
     * @param o the organization name
     * @return this builder
     */
    public CertificateBuilder organization(String o) {
        this.organization = Objects.requireNonNull(o, "o");
        return this;
    }

    /**
     * Sets the start of the validity period.
     *
     * @param instant first instant the certificate is valid
     * @return this builder
     */
    public CertificateBuilder validFrom(Instant instant) {
        this.notBefore = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /**
     * Sets the end of the validity period.
     *
     * @param instant last instant the certificate is valid
     * @return this builder
     */
    public CertificateBuilder validUntil(Instant instant) {
        this.notAfter = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /**
     * Sets the validity period to {@code duration} from the start of validity.
     *
     * @param duration how long the certificate is valid
     * @return this builder
     */
    public CertificateBuilder validFor(Duration duration) {
        this.notAfter = notBefore.plus(duration);
        return this;
    }

    /**
     * Makes this a CA certificate.
     *
     * @param pathLength how many intermediate CAs may follow below it, or {@code -1} for no limit
     * @return this builder
     */
    public CertificateBuilder certificateAuthority(int pathLength) {
        this.ca = true;
        this.caPathLength = pathLength < 0 ? null : pathLength;
        return this;
    }

    /**
     * Adds the TLS server authentication extended key usage (a CSMS certificate).
     *
     * @return this builder
     */
    public CertificateBuilder serverAuth() {
        this.serverAuth = true;
        return this;
    }

    /**
     * Adds the TLS client authentication extended key usage (a station certificate).
     *
     * @return this builder
     */
    public CertificateBuilder clientAuth() {
        this.clientAuth = true;
        return this;
    }

    /**
     * Adds subject alternative names; IP literals become IP address entries, anything else a DNS
     * name.
     *
     * @param hosts host names or IP addresses, e.g. {@code localhost}, {@code 127.0.0.1}
     * @return this builder
     */
    public CertificateBuilder subjectAltNames(String... hosts) {
        for (String host : hosts) {
            boolean ip = IPAddress.isValid(host);
            subjectAltNames.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, host));
        }
        return this;
    }

    /**
     * Sets the serial number; by default a random positive 127-bit number.
     *
     * @param serial the serial number
     * @return this builder
     */
    public CertificateBuilder serialNumber(BigInteger serial) {
        this.serialNumber = Objects.requireNonNull(serial, "serial");
        return this;
    }

    /**
     * Issues a self-signed certificate (a root CA).
     *
     * @param keyPair the subject's and issuer's key pair
     * @return the certificate
     */
    public X509Certificate selfSigned(KeyPair keyPair) {
        X500Name name = subjectName();
        return build(name, keyPair.getPublic(), name, keyPair.getPublic(), keyPair.getPrivate());
    }

    /**
     * Issues a certificate for {@code subjectKey}, signed by {@code issuer}.
     *
     * @param subjectKey the public key the certificate binds
     * @param issuer the signing CA
     * @return the certificate
     */
    public X509Certificate signedBy(PublicKey subjectKey, CertifiedKey issuer) {
        X509Certificate issuerCert = issuer.certificate();
        return build(subjectName(), subjectKey,
                X500Name.getInstance(issuerCert.getSubjectX500Principal().getEncoded()),
                issuerCert.getPublicKey(), issuer.privateKey());
    }

    private X500Name subjectName() {
        if (subject != null) {
            return subject;
        }
        if (commonName == null && organization == null) {
            throw new IllegalStateException("set a subject, a common name or an organization");
        }
        X500NameBuilder names = new X500NameBuilder(BCStyle.INSTANCE);
        if (organization != null) {
            names.addRDN(BCStyle.O, organization);
        }
        if (commonName != null) {
            names.addRDN(BCStyle.CN, commonName);
        }
        return names.build();
    }

    private X509Certificate build(X500Name subjectName, PublicKey subjectKey, X500Name issuerName,
                                  PublicKey issuerKey, PrivateKey signingKey) {
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalStateException("the validity period ends before it starts");
        }
        BigInteger serial = serialNumber != null ? serialNumber : new BigInteger(127, RANDOM).add(BigInteger.ONE);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serial,
                    Date.from(notBefore), Date.from(notAfter), subjectName, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuerKey));
            if (ca) {
                builder.addExtension(Extension.basicConstraints, true, caPathLength == null
                        ? new BasicConstraints(true) : new BasicConstraints(caPathLength));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            } else {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                int usage = KeyUsage.digitalSignature;
                if (subjectKey.getAlgorithm().equals("RSA")) {
                    usage |= KeyUsage.keyEncipherment; // RSA key exchange (the legacy TLS_RSA_* suites)
                } else {
                    usage |= KeyUsage.keyAgreement;
                }
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            }
            List<KeyPurposeId> purposes = new ArrayList<>();
            if (serverAuth) {
                purposes.add(KeyPurposeId.id_kp_serverAuth);
            }
            if (clientAuth) {
                purposes.add(KeyPurposeId.id_kp_clientAuth);
            }
            if (!purposes.isEmpty()) {
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(purposes.toArray(KeyPurposeId[]::new)));
            }
            if (!subjectAltNames.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(subjectAltNames.toArray(GeneralName[]::new)));
            }
            ContentSigner signer = new JcaContentSignerBuilder(KeyAlgorithm.signatureAlgorithmFor(signingKey))
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(signingKey);
            return toJdkCertificate(builder.build(signer).getEncoded());
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new PkiException("cannot issue a certificate for " + subjectName, e);
        }
    }

    static X509Certificate toJdkCertificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new PkiException("not an X.509 certificate", e);
        }
    }
}

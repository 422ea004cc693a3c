package io.ocpp4j.transport.pki;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A PKCS#10 certificate signing request, as a station sends in {@code SignCertificate}. Immutable.
 */
public final class CertificateSigningRequest {

    private final byte[] der;
    private final JcaPKCS10CertificationRequest request;

    private CertificateSigningRequest(byte[] der) {
        this.der = der.clone();
        try {
            this.request = new JcaPKCS10CertificationRequest(this.der).setProvider(BouncyCastle.PROVIDER);
        } catch (IOException | RuntimeException e) {
            throw new PkiException("not a PKCS#10 certificate signing request", e);
        }
    }

    /**
     * Creates and signs a request for {@code keyPair}.
     *
     * @param keyPair the key to certify; its private key signs the request
     * @param subject the requested subject, e.g. {@code CN=CS-0001,O=Acme}
     * @return the request
     */
    public static CertificateSigningRequest create(KeyPair keyPair, X500Principal subject) {
        Objects.requireNonNull(subject, "subject");
        try {
            PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject,
                    keyPair.getPublic())
                    .build(new JcaContentSignerBuilder(KeyAlgorithm.signatureAlgorithmFor(keyPair.getPrivate()))
                            .setProvider(BouncyCastle.PROVIDER)
                            .build(keyPair.getPrivate()));
            return new CertificateSigningRequest(request.getEncoded());
        } catch (IOException | OperatorCreationException e) {
            throw new PkiException("cannot create a certificate signing request for " + subject, e);
        }
    }

    /**
     * Reads a DER-encoded request.
     *
     * @param der the encoding
     * @return the request
     * @throws PkiException if it is not a PKCS#10 request
     */
    public static CertificateSigningRequest fromDer(byte[] der) {
        return new CertificateSigningRequest(Objects.requireNonNull(der, "der"));
    }

    /**
     * Reads a PEM-encoded request ({@code -----BEGIN CERTIFICATE REQUEST-----}).
     *
     * @param pem the PEM text
     * @return the request
     * @throws PkiException if the text holds no request
     */
    public static CertificateSigningRequest fromPem(String pem) {
        return Pem.readCertificateSigningRequest(pem);
    }

    /**
     * The requested subject.
     *
     * @return the subject distinguished name
     */
    public X500Principal subject() {
        try {
            return new X500Principal(X500Name.getInstance(request.getSubject()).getEncoded());
        } catch (IOException e) {
            throw new PkiException("unreadable subject in certificate signing request", e);
        }
    }

    /**
     * The public key to certify.
     *
     * @return the public key
     */
    public PublicKey publicKey() {
        try {
            return request.getPublicKey();
        } catch (java.security.GeneralSecurityException e) {
            throw new PkiException("unreadable public key in certificate signing request", e);
        }
    }

    /**
     * Checks the proof of possession: the request is signed by the private key of its public key.
     *
     * @return {@code true} if the signature verifies
     */
    public boolean isSignatureValid() {
        try {
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(request.getSubjectPublicKeyInfo());
            return request.isSignatureValid(verifier);
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The DER encoding.
     *
     * @return a copy of the encoded request
     */
    public byte[] encoded() {
        return der.clone();
    }

    /**
     * The PEM encoding, as OCPP's {@code SignCertificateRequest.csr} carries it.
     *
     * @return the PEM text
     */
    public String toPem() {
        return Pem.write(this);
    }

    @Override
    public String toString() {
        return "CertificateSigningRequest[" + subject().getName() + "]";
    }
}

package io.ocpp4j.transport.pki;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * PEM encoding and decoding of certificates, private keys (PKCS#8, and the traditional
 * {@code RSA PRIVATE KEY}/{@code EC PRIVATE KEY} forms when reading) and certificate signing
 * requests. Encrypted private keys are not supported.
 */
public final class Pem {

    private Pem() {
    }

    /**
     * Encodes certificates, one {@code CERTIFICATE} block each, in the given order.
     *
     * @param certificates the certificates, e.g. a chain leaf first
     * @return the PEM text
     */
    public static String write(List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(new PemObject("CERTIFICATE", certificate.getEncoded()));
            }
        } catch (IOException | CertificateEncodingException e) {
            throw new PkiException("cannot encode certificates as PEM", e);
        }
        return out.toString();
    }

    /**
     * Encodes one certificate.
     *
     * @param certificate the certificate
     * @return the PEM text
     */
    public static String write(X509Certificate certificate) {
        return write(List.of(certificate));
    }

    /**
     * Encodes a private key as unencrypted PKCS#8 ({@code PRIVATE KEY}). Keep the result secret.
     *
     * @param key the private key
     * @return the PEM text
     */
    public static String write(PrivateKey key) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new PemObject("PRIVATE KEY", key.getEncoded()));
        } catch (IOException e) {
            throw new PkiException("cannot encode the private key as PEM", e);
        }
        return out.toString();
    }

    /**
     * Encodes a certificate signing request ({@code CERTIFICATE REQUEST}).
     *
     * @param csr the request
     * @return the PEM text
     */
    public static String write(CertificateSigningRequest csr) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new PemObject("CERTIFICATE REQUEST", csr.encoded()));
        } catch (IOException e) {
            throw new PkiException("cannot encode the certificate signing request as PEM", e);
        }
        return out.toString();
    }

    /**
     * Reads every certificate in the text, in order; other blocks are skipped.
     *
     * @param pem PEM text
     * @return the certificates, possibly none
     * @throws PkiException if the text is not valid PEM
     */
    public static List<X509Certificate> readCertificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object object : readAll(pem)) {
            if (object instanceof X509CertificateHolder holder) {
                try {
                    certificates.add(CertificateBuilder.toJdkCertificate(holder.getEncoded()));
                } catch (IOException e) {
                    throw new PkiException("unreadable certificate in PEM text", e);
                }
            }
        }
        return certificates;
    }

    /**
     * Reads the first private key in the text.
     *
     * @param pem PEM text with a {@code PRIVATE KEY}, {@code RSA PRIVATE KEY} or {@code EC PRIVATE KEY}
     * @return the key
     * @throws PkiException if the text holds no unencrypted private key
     */
    public static PrivateKey readPrivateKey(String pem) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);
        for (Object object : readAll(pem)) {
            try {
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (object instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
            } catch (IOException e) {
                throw new PkiException("unreadable private key in PEM text", e);
            }
        }
        throw new PkiException("no unencrypted private key in PEM text");
    }

    /**
     * Reads the first certificate signing request in the text.
     *
     * @param pem PEM text with a {@code CERTIFICATE REQUEST}
     * @return the request
     * @throws PkiException if the text holds none
     */
    public static CertificateSigningRequest readCertificateSigningRequest(String pem) {
        for (Object object : readAll(pem)) {
            if (object instanceof PKCS10CertificationRequest request) {
                try {
                    return CertificateSigningRequest.fromDer(request.getEncoded());
                } catch (IOException e) {
                    throw new PkiException("unreadable certificate signing request in PEM text", e);
                }
            }
        }
        throw new PkiException("no certificate signing request in PEM text");
    }

    private static List<Object> readAll(String pem) {
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            throw new PkiException("invalid PEM text", e);
        }
        return objects;
    }
}

package io.ocpp4j.cli;

import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** Reads the PEM files named by {@code --tls-cert}, {@code --tls-key} and {@code --tls-ca}. */
final class TlsFiles {

    private TlsFiles() {
    }

    /**
     * @param certificate a PEM file with the certificate chain, leaf first
     * @param key a PEM file with its private key (PKCS#8, or PKCS#1/SEC1 as {@code Pem} reads them)
     * @return the key and chain
     * @throws IllegalArgumentException if a file cannot be read or parsed
     */
    static CertifiedKey keyAndChain(Path certificate, Path key) {
        List<X509Certificate> chain = certificates(certificate);
        PrivateKey privateKey;
        try {
            privateKey = Pem.readPrivateKey(read(key));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": no private key in it (" + e.getMessage() + ")");
        }
        return new CertifiedKey(privateKey, chain);
    }

    /**
     * @param file a PEM file with one or more certificates
     * @return the certificates
     * @throws IllegalArgumentException if the file cannot be read or holds none
     */
    static List<X509Certificate> certificates(Path file) {
        List<X509Certificate> certificates;
        try {
            certificates = Pem.readCertificates(read(file));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a PEM certificate file (" + e.getMessage() + ")");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(file + ": no certificate in it");
        }
        return certificates;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}

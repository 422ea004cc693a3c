package io.ocpp4j.transport.pki;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Ready-made recipes for the certificates an OCPP deployment needs: a root CA, an intermediate
 * (sub-)CA, a CSMS server certificate and a station certificate whose common name is the station
 * identity (security profile 3).
 *
 * <pre>{@code
 * CertifiedKey root = Pki.rootCa("Test Root", KeyAlgorithm.EC_P256);
 * CertifiedKey csms = Pki.csmsServer(root, KeyAlgorithm.EC_P256, "localhost", "127.0.0.1");
 * CertifiedKey station = Pki.station(root, "CS-0001", KeyAlgorithm.EC_P256);
 * }</pre>
 */
public final class Pki {

    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(365);

    private Pki() {
    }

    /**
     * A self-signed root CA, valid for ten years.
     *
     * @param commonName the CA's common name
     * @param algorithm its key type
     * @return the CA key with its one-certificate chain
     */
    public static CertifiedKey rootCa(String commonName, KeyAlgorithm algorithm) {
        KeyPair keyPair = algorithm.generate();
        X509Certificate cert = CertificateBuilder.create()
                .commonName(commonName)
                .certificateAuthority(-1)
                .validFor(CA_VALIDITY)
                .selfSigned(keyPair);
        return new CertifiedKey(keyPair.getPrivate(), List.of(cert));
    }

    /**
     * An intermediate CA signed by {@code issuer}, allowed to sign leaf certificates only.
     *
     * @param issuer the signing CA
     * @param commonName the sub-CA's common name
     * @param algorithm its key type
     * @return the sub-CA key with its chain (sub-CA first)
     */
    public static CertifiedKey subCa(CertifiedKey issuer, String commonName, KeyAlgorithm algorithm) {
        KeyPair keyPair = algorithm.generate();
        X509Certificate cert = CertificateBuilder.create()
                .commonName(commonName)
                .certificateAuthority(0)
                .validFor(CA_VALIDITY)
                .signedBy(keyPair.getPublic(), issuer);
        return new CertifiedKey(keyPair.getPrivate(), chain(cert, issuer));
    }

    /**
     * A CSMS (TLS server) certificate for the given hosts, valid for one year; the first host is
     * also the common name.
     *
     * @param issuer the signing CA
     * @param algorithm the key type; an RSA key serves the {@code TLS_RSA_*} suites, an EC key the
     *     {@code TLS_ECDHE_ECDSA_*} suites
     * @param hosts host names and IP addresses the certificate is valid for, e.g. {@code localhost},
     *     {@code 127.0.0.1}
     * @return the server key with its chain (server certificate first)
     */
    public static CertifiedKey csmsServer(CertifiedKey issuer, KeyAlgorithm algorithm, String... hosts) {
        if (hosts.length == 0) {
            throw new IllegalArgumentException("name at least one host");
        }
        KeyPair keyPair = algorithm.generate();
        X509Certificate cert = CertificateBuilder.create()
                .commonName(hosts[0])
                .subjectAltNames(hosts)
                .serverAuth()
                .validFor(LEAF_VALIDITY)
                .signedBy(keyPair.getPublic(), issuer);
        return new CertifiedKey(keyPair.getPrivate(), chain(cert, issuer));
    }

    /**
     * A station (TLS client) certificate whose subject common name is the station identity, as
     * security profile 3 requires; valid for one year.
     *
     * @param issuer the signing CA
     * @param stationIdentity the station identity
     * @param algorithm the key type
     * @return the station key with its chain (station certificate first)
     */
    public static CertifiedKey station(CertifiedKey issuer, String stationIdentity, KeyAlgorithm algorithm) {
        return station(issuer, stationIdentity, algorithm, CertificateBuilder.create());
    }

    /**
     * A station certificate from a builder the caller has prepared (e.g. with an organization or a
     * particular validity period); the common name and client usage are set here.
     *
     * @param issuer the signing CA
     * @param stationIdentity the station identity, used as common name
     * @param algorithm the key type
     * @param builder a builder with any further settings
     * @return the station key with its chain
     */
    public static CertifiedKey station(CertifiedKey issuer, String stationIdentity, KeyAlgorithm algorithm,
                                       CertificateBuilder builder) {
        KeyPair keyPair = algorithm.generate();
        X509Certificate cert = builder.commonName(stationIdentity)
                .clientAuth()
                .signedBy(keyPair.getPublic(), issuer);
        return new CertifiedKey(keyPair.getPrivate(), chain(cert, issuer));
    }

    /**
     * Signs a certificate signing request, e.g. from a station's {@code SignCertificate} request.
     * The subject and public key come from the request, whose signature is checked first.
     *
     * @param csr the request
     * @param issuer the signing CA
     * @param builder a builder with the usages and validity to grant
     * @return the issued certificate
     * @throws PkiException if the request's signature is invalid
     */
    public static X509Certificate sign(CertificateSigningRequest csr, CertifiedKey issuer,
                                       CertificateBuilder builder) {
        if (!csr.isSignatureValid()) {
            throw new PkiException("the certificate signing request's signature is invalid");
        }
        return builder.subject(csr.subject()).signedBy(csr.publicKey(), issuer);
    }

    private static List<X509Certificate> chain(X509Certificate leaf, CertifiedKey issuer) {
        List<X509Certificate> chain = new ArrayList<>(issuer.chain().size() + 1);
        chain.add(leaf);
        chain.addAll(issuer.chain());
        return chain;
    }
}

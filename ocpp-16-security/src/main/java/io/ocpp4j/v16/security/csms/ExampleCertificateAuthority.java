package io.ocpp4j.v16.security.csms;

import io.ocpp4j.transport.pki.CertificateBuilder;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A certificate authority in memory, on Bouncy Castle, <b>for tests and development only</b>: its keys
 * live in the JVM's heap and die with it, and it keeps no record of what it issued, revokes nothing and
 * enforces nothing beyond what {@link CertificateSigning} checked. A production CSMS hands
 * {@link CertificateSigning} a {@link CertificateSigner} that calls the operator's CA.
 *
 * <p>It has a self-signed root and, by default, an intermediate CA below it that signs the stations'
 * requests. Station certificates keep the subject of the request, carry the {@code clientAuth} extended
 * key usage (security profile 3's TLS client certificates) and are valid for a configurable period
 * (default one year). {@link #sign} returns the station certificate followed by the intermediate, the
 * chain {@code CertificateSigned} carries; stations trust the {@linkplain #rootCertificate() root}. Every
 * certificate the authority issues has a serial number of its own: a random 62-bit prefix chosen when the
 * authority is built, followed by a 64-bit counter.
 *
 * <pre>{@code
 * ExampleCertificateAuthority ca = ExampleCertificateAuthority.builder().build();
 * CertifiedKey csmsTls = ca.serverCertificate(KeyAlgorithm.EC_P256, "localhost", "127.0.0.1");
 * CertificateSigning signing = CertificateSigning.builder(ca).build();
 * }</pre>
 * Thread-safe.
 */
public final class ExampleCertificateAuthority implements CertificateSigner {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);

    private final BigInteger serialPrefix;
    private final AtomicLong serials = new AtomicLong();
    private final CertifiedKey root;
    private final CertifiedKey issuer;
    private final Duration validity;

    private ExampleCertificateAuthority(Builder builder) {
        this.serialPrefix = BigInteger.valueOf(RANDOM.nextLong() >>> 2).shiftLeft(64);
        this.validity = builder.validity;
        KeyPair rootKeys = builder.algorithm.generate();
        X509Certificate rootCertificate = CertificateBuilder.create()
                .organization(builder.organization)
                .commonName(builder.name)
                .certificateAuthority(-1)
                .validFor(CA_VALIDITY)
                .serialNumber(nextSerial())
                .selfSigned(rootKeys);
        this.root = new CertifiedKey(rootKeys.getPrivate(), List.of(rootCertificate));
        if (builder.intermediate) {
            KeyPair subKeys = builder.algorithm.generate();
            X509Certificate subCertificate = CertificateBuilder.create()
                    .organization(builder.organization)
                    .commonName(builder.name + " - station issuing CA")
                    .certificateAuthority(0)
                    .validFor(CA_VALIDITY)
                    .serialNumber(nextSerial())
                    .signedBy(subKeys.getPublic(), root);
            this.issuer = new CertifiedKey(subKeys.getPrivate(), List.of(subCertificate, rootCertificate));
        } else {
            this.issuer = root;
        }
    }

    /** @return a builder: an EC P-256 root and intermediate, station certificates valid for a year */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the root certificate: what stations (and a CSMS checking client certificates) trust */
    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    /** @return the CA that signs station certificates (the intermediate, or the root without one) with its chain */
    public CertifiedKey issuer() {
        return issuer;
    }

    /**
     * Issues a station certificate for a request: its subject and key, {@code clientAuth}, this
     * authority's validity period and a fresh serial number.
     *
     * @param csr the request
     * @return the certificate
     * @throws io.ocpp4j.transport.pki.PkiException if the request's signature does not verify
     */
    public X509Certificate issue(CertificateSigningRequest csr) {
        return Pki.sign(csr, issuer, CertificateBuilder.create()
                .clientAuth()
                .validFor(validity)
                .serialNumber(nextSerial()));
    }

    /**
     * Signs a station's request: {@link #issue}, then the PEM chain of the new certificate and the
     * intermediate (without the root).
     *
     * @param csr the request
     * @param stationIdentity the station (not used: the request's subject is kept as it is)
     * @return the PEM chain, already complete; failed if the request cannot be signed
     */
    @Override
    public CompletionStage<String> sign(CertificateSigningRequest csr, String stationIdentity) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(issue(csr));
            chain.addAll(issuer.chain().subList(0, issuer.chain().size() - 1));
            return CompletableFuture.completedFuture(Pem.write(chain));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Issues a TLS server certificate for the CSMS, signed by the root, so that stations that trust the
     * root accept it (security profiles 2 and 3).
     *
     * @param algorithm the key type
     * @param hosts the host names and addresses it is valid for; the first is also its CN
     * @return the server key with its chain (server certificate, root)
     */
    public CertifiedKey serverCertificate(KeyAlgorithm algorithm, String... hosts) {
        if (hosts.length == 0) {
            throw new IllegalArgumentException("name at least one host");
        }
        KeyPair keys = algorithm.generate();
        X509Certificate certificate = CertificateBuilder.create()
                .commonName(hosts[0])
                .subjectAltNames(hosts)
                .serverAuth()
                .validFor(validity)
                .serialNumber(nextSerial())
                .signedBy(keys.getPublic(), root);
        return new CertifiedKey(keys.getPrivate(), List.of(certificate, root.certificate()));
    }

    private BigInteger nextSerial() {
        return serialPrefix.or(BigInteger.valueOf(serials.incrementAndGet()));
    }

    @Override
    public String toString() {
        return "ExampleCertificateAuthority[" + root.certificate().getSubjectX500Principal().getName() + "]";
    }

    /** Builds an {@link ExampleCertificateAuthority}. */
    public static final class Builder {
        private String name = "ocpp4j Example CA";
        private String organization = "ocpp4j example (not for production)";
        private KeyAlgorithm algorithm = KeyAlgorithm.EC_P256;
        private boolean intermediate = true;
        private Duration validity = Duration.ofDays(365);

        private Builder() {
        }

        /**
         * @param name the root's common name (the intermediate's adds a suffix)
         * @return this
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param organization the CAs' organization (O)
         * @return this
         */
        public Builder organization(String organization) {
            this.organization = Objects.requireNonNull(organization, "organization");
            return this;
        }

        /**
         * @param algorithm the CAs' key type (default EC P-256); station keys are whatever the stations chose
         * @return this
         */
        public Builder keyAlgorithm(KeyAlgorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /**
         * @param intermediate whether an intermediate CA signs station certificates (default), or the root itself
         * @return this
         */
        public Builder intermediate(boolean intermediate) {
            this.intermediate = intermediate;
            return this;
        }

        /**
         * @param validity how long issued station and server certificates are valid (default 365 days)
         * @return this
         */
        public Builder validity(Duration validity) {
            Objects.requireNonNull(validity, "validity");
            if (validity.isNegative() || validity.isZero()) {
                throw new IllegalArgumentException("validity must be positive");
            }
            this.validity = validity;
            return this;
        }

        /** @return a new authority with fresh keys */
        public ExampleCertificateAuthority build() {
            return new ExampleCertificateAuthority(this);
        }
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.PkiException;
import io.ocpp4j.v16.security.model.CertificateHashData;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateStatusEnum;
import io.ocpp4j.v16.security.model.HashAlgorithmEnum;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The station's certificates and keys, kept in the runtime's store: the CA certificates the CSMS
 * installs (CentralSystemRootCertificate, ManufacturerRootCertificate), the station's own certificate
 * chain and private key (with the previous one as a fallback until the new one has connected), and the
 * key pair of an outstanding CSR. Private keys are stored as PKCS#8 PEM in the store and never
 * logged or sent. State thread only; the caller commits.
 */
final class CertificateStore {

    /**
     * An installed CA certificate, as stored.
     *
     * @param issuerKey the X.509 encoding (base64) of its issuer's public key when the issuer was
     *                  installed with it, so that its hash data stay right once the issuer is gone
     *                  (e.g. a replaced root that signed its successor); {@code null} for a root
     */
    record Installed(long seq, String use, String pem, boolean fallback, String issuerKey) {
        X509Certificate certificate() {
            return Pem.readCertificates(pem).get(0);
        }

        Installed asFallback() {
            return new Installed(seq, use, pem, true, issuerKey);
        }
    }

    private static final String CHAIN = "chain";
    private static final String KEY = "key";
    private static final String PREVIOUS_CHAIN = "previousChain";
    private static final String PREVIOUS_KEY = "previousKey";
    private static final String PENDING_KEY = "pendingKey";
    private static final String PENDING_PUBLIC_KEY = "pendingPublicKey";

    private final StoreMap installedMap;
    private final StoreMap keys;
    private final List<Installed> installed = new ArrayList<>();
    private long nextSeq;

    CertificateStore(StoreMap installedMap, StoreMap keys) {
        this.installedMap = installedMap;
        this.keys = keys;
        installedMap.snapshot().values().forEach(json -> installed.add(StoredJson.read(json, Installed.class)));
        nextSeq = installed.isEmpty() ? 0 : installed.get(installed.size() - 1).seq() + 1;
    }

    // ---- CA certificates -----------------------------------------------------------------------

    /** @return the installed certificates of a kind, the fallback root included */
    List<X509Certificate> certificates(CertificateUseEnum use) {
        List<X509Certificate> out = new ArrayList<>();
        for (Installed entry : installed) {
            if (entry.use().equals(use.value())) {
                out.add(entry.certificate());
            }
        }
        return out;
    }

    /** @return the installed certificates of a kind without a replaced root kept as fallback */
    List<X509Certificate> primaryCertificates(CertificateUseEnum use) {
        List<X509Certificate> out = new ArrayList<>();
        for (Installed entry : installed) {
            if (entry.use().equals(use.value()) && !entry.fallback()) {
                out.add(entry.certificate());
            }
        }
        return out;
    }

    /** @return whether a replaced root is kept as fallback */
    boolean hasFallbackRoot() {
        return installed.stream().anyMatch(Installed::fallback);
    }

    /** @return the number of installed CA certificates of both kinds */
    int size() {
        return installed.size();
    }

    /**
     * Installs a CA certificate (InstallCertificate).
     *
     * @param maxLength {@code CertificateStoreMaxLength}
     * @param additionalRootCheck {@code AdditionalRootCertificateCheck}
     */
    InstallCertificateStatusEnum install(CertificateUseEnum use, String pem, int maxLength, boolean additionalRootCheck,
                                         Instant now) {
        X509Certificate certificate;
        try {
            List<X509Certificate> read = Pem.readCertificates(pem);
            if (read.size() != 1) {
                return InstallCertificateStatusEnum.REJECTED;
            }
            certificate = read.get(0);
        } catch (PkiException | IllegalArgumentException e) {
            return InstallCertificateStatusEnum.REJECTED;
        }
        if (!CertificateChecks.isCertificateAuthority(certificate) || !CertificateChecks.isValidAt(certificate, now)) {
            return InstallCertificateStatusEnum.REJECTED;
        }
        List<X509Certificate> sameKind = certificates(use);
        if (sameKind.contains(certificate)) {
            return InstallCertificateStatusEnum.ACCEPTED;
        }
        boolean replaceRoot = additionalRootCheck && use == CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE
                && !sameKind.isEmpty();
        if (replaceRoot) {
            Installed current = installed.stream()
                    .filter(entry -> entry.use().equals(use.value()) && !entry.fallback())
                    .reduce((first, second) -> second).orElseThrow();
            if (!CertificateChecks.signedBy(certificate, current.certificate())) {
                return InstallCertificateStatusEnum.REJECTED;
            }
            // the new root replaces the old one, which stays as the only fallback until the new one works
            installed.removeIf(entry -> {
                boolean drop = entry.use().equals(use.value()) && entry.fallback();
                if (drop) {
                    installedMap.remove(StoredJson.key(entry.seq()));
                }
                return drop;
            });
            replace(current, current.asFallback());
        } else if (installed.size() >= maxLength) {
            return InstallCertificateStatusEnum.REJECTED;
        }
        String issuerKey = installedIssuer(certificate)
                .map(issuer -> Base64.getEncoder().encodeToString(issuer.getPublicKey().getEncoded())).orElse(null);
        add(new Installed(nextSeq++, use.value(), Pem.write(certificate), false, issuerKey));
        return InstallCertificateStatusEnum.ACCEPTED;
    }

    /** Removes the fallback CentralSystemRootCertificate once the new root has validated a connection. */
    void dropFallbackRoots() {
        installed.removeIf(entry -> {
            if (entry.fallback()) {
                installedMap.remove(StoredJson.key(entry.seq()));
                return true;
            }
            return false;
        });
    }

    /**
     * Deletes the CA certificate that the hash data identify (DeleteCertificate).
     *
     * @param inUse whether a certificate may not be deleted now (a CSMS root validating the connection)
     */
    DeleteCertificateStatusEnum delete(CertificateHashData wanted, Predicate<X509Certificate> inUse) {
        for (Installed entry : List.copyOf(installed)) {
            X509Certificate certificate = entry.certificate();
            if (matches(hashData(certificate, wanted.getHashAlgorithm()), wanted)) {
                if (inUse.test(certificate)) {
                    return DeleteCertificateStatusEnum.FAILED;
                }
                installed.remove(entry);
                installedMap.remove(StoredJson.key(entry.seq()));
                return DeleteCertificateStatusEnum.ACCEPTED;
            }
        }
        return DeleteCertificateStatusEnum.NOT_FOUND;
    }

    /** @return the hash data of each installed certificate of a kind (GetInstalledCertificateIds) */
    List<CertificateHashData> hashData(CertificateUseEnum use, HashAlgorithmEnum algorithm) {
        List<CertificateHashData> out = new ArrayList<>();
        for (X509Certificate certificate : certificates(use)) {
            out.add(hashData(certificate, algorithm));
        }
        return out;
    }

    /**
     * The hash data of an installed certificate: its issuer is the certificate itself for a root, else
     * the installed certificate that signed it, else the issuer remembered from its installation (if
     * none, the certificate itself stands in).
     */
    private CertificateHashData hashData(X509Certificate certificate, HashAlgorithmEnum algorithm) {
        PublicKey issuerKey = installedIssuer(certificate).map(X509Certificate::getPublicKey)
                .or(() -> rememberedIssuerKey(certificate))
                .orElse(certificate.getPublicKey());
        io.ocpp4j.transport.pki.CertificateHashData data =
                io.ocpp4j.transport.pki.CertificateHashData.of(certificate, issuerKey, algorithm.value());
        return new CertificateHashData().withHashAlgorithm(algorithm).withIssuerNameHash(data.issuerNameHash())
                .withIssuerKeyHash(data.issuerKeyHash()).withSerialNumber(data.serialNumber());
    }

    /** @return the installed certificate that signed a certificate that is not self-signed */
    private Optional<X509Certificate> installedIssuer(X509Certificate certificate) {
        if (CertificateChecks.isSelfSigned(certificate)) {
            return Optional.empty();
        }
        for (Installed entry : installed) {
            X509Certificate candidate = entry.certificate();
            if (!candidate.equals(certificate) && CertificateChecks.signedBy(certificate, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<PublicKey> rememberedIssuerKey(X509Certificate certificate) {
        for (Installed entry : installed) {
            if (entry.issuerKey() != null && entry.certificate().equals(certificate)) {
                X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(entry.issuerKey()));
                for (String algorithm : List.of("EC", "RSA")) {
                    try {
                        return Optional.of(KeyFactory.getInstance(algorithm).generatePublic(spec));
                    } catch (GeneralSecurityException e) {
                        // not a key of this type: try the next
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** CiStrings: hashes compared without regard to case, serial numbers as numbers. */
    private static boolean matches(CertificateHashData have, CertificateHashData wanted) {
        return have.getIssuerNameHash().equalsIgnoreCase(wanted.getIssuerNameHash())
                && have.getIssuerKeyHash().equalsIgnoreCase(wanted.getIssuerKeyHash())
                && serial(have.getSerialNumber()).equals(serial(wanted.getSerialNumber()));
    }

    private static Optional<BigInteger> serial(String hex) {
        try {
            return Optional.of(new BigInteger(hex.toLowerCase(Locale.ROOT), 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void add(Installed entry) {
        installed.add(entry);
        installedMap.put(StoredJson.key(entry.seq()), StoredJson.write(entry));
    }

    private void replace(Installed old, Installed updated) {
        installed.set(installed.indexOf(old), updated);
        installedMap.put(StoredJson.key(updated.seq()), StoredJson.write(updated));
    }

    // ---- the station's own certificate ---------------------------------------------------------

    /** @return the station certificate with its key, if one is installed */
    Optional<CertifiedKey> stationKey() {
        return certifiedKey(CHAIN, KEY);
    }

    /** @return the station certificate that the current one replaced, kept until the new one has connected */
    Optional<CertifiedKey> previousStationKey() {
        return certifiedKey(PREVIOUS_CHAIN, PREVIOUS_KEY);
    }

    /** Installs a new station certificate; the current one becomes the fallback. */
    void installStationKey(CertifiedKey key) {
        keys.get(CHAIN).ifPresent(chain -> keys.put(PREVIOUS_CHAIN, chain));
        keys.get(KEY).ifPresent(pem -> keys.put(PREVIOUS_KEY, pem));
        keys.put(CHAIN, Pem.write(key.chain()));
        keys.put(KEY, Pem.write(key.privateKey()));
    }

    /** The new station certificate connected: the fallback is no longer needed. */
    void dropPreviousStationKey() {
        keys.remove(PREVIOUS_CHAIN);
        keys.remove(PREVIOUS_KEY);
    }

    /** The new station certificate could not connect: the previous one is current again. */
    void restorePreviousStationKey() {
        Optional<String> chain = keys.get(PREVIOUS_CHAIN);
        Optional<String> key = keys.get(PREVIOUS_KEY);
        if (chain.isPresent() && key.isPresent()) {
            keys.put(CHAIN, chain.get());
            keys.put(KEY, key.get());
            dropPreviousStationKey();
        }
    }

    /** Remembers the key pair of a CSR until CertificateSigned brings its certificate. */
    void pendingKey(KeyPair keyPair) {
        keys.put(PENDING_KEY, Pem.write(keyPair.getPrivate()));
        keys.put(PENDING_PUBLIC_KEY, Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded()));
    }

    /** @return the X.509 encoding of the outstanding CSR's public key */
    Optional<byte[]> pendingPublicKey() {
        return keys.get(PENDING_PUBLIC_KEY).map(Base64.getDecoder()::decode);
    }

    /** @return the private key of the outstanding CSR */
    Optional<PrivateKey> pendingKey() {
        return keys.get(PENDING_KEY).map(Pem::readPrivateKey);
    }

    void clearPendingKey() {
        keys.remove(PENDING_KEY);
        keys.remove(PENDING_PUBLIC_KEY);
    }

    private Optional<CertifiedKey> certifiedKey(String chainKey, String keyKey) {
        Optional<String> chain = keys.get(chainKey);
        Optional<String> key = keys.get(keyKey);
        if (chain.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CertifiedKey(Pem.readPrivateKey(key.get()), Pem.readCertificates(chain.get())));
    }
}

package io.ocpp4j.transport.pki;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain: what a TLS endpoint presents, and what a CA signs with.
 *
 * @param privateKey the private key
 * @param chain the certificate of this key first, then its issuers up to (optionally) the root
 */
public record CertifiedKey(PrivateKey privateKey, List<X509Certificate> chain) {

    /** Checks that the key and a non-empty chain are present, and copies the chain. */
    public CertifiedKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the chain needs at least the key's own certificate");
        }
    }

    /**
     * The certificate of this key.
     *
     * @return the first certificate of the chain
     */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The key pair (public key from the certificate).
     *
     * @return the key pair
     */
    public KeyPair keyPair() {
        return new KeyPair(certificate().getPublicKey(), privateKey);
    }

    @Override
    public String toString() {
        return "CertifiedKey[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}

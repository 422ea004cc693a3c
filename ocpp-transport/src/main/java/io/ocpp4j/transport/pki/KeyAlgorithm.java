package io.ocpp4j.transport.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * The key types OCPP's security profiles use: RSA of at least 2048 bits, and EC on the NIST P-256
 * and P-384 curves.
 */
public enum KeyAlgorithm {
    /** RSA, 2048-bit modulus (the minimum OCPP allows). */
    RSA_2048("RSA", 2048, "SHA256withRSA"),
    /** RSA, 3072-bit modulus. */
    RSA_3072("RSA", 3072, "SHA256withRSA"),
    /** RSA, 4096-bit modulus. */
    RSA_4096("RSA", 4096, "SHA384withRSA"),
    /** EC on secp256r1 (P-256). */
    EC_P256("EC", 256, "SHA256withECDSA"),
    /** EC on secp384r1 (P-384). */
    EC_P384("EC", 384, "SHA384withECDSA");

    private final String jcaName;
    private final int size;
    private final String signatureAlgorithm;

    KeyAlgorithm(String jcaName, int size, String signatureAlgorithm) {
        this.jcaName = jcaName;
        this.size = size;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /**
     * Generates a fresh key pair.
     *
     * @return a new key pair of this type
     * @throws PkiException if the platform cannot generate it
     */
    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(jcaName, BouncyCastle.PROVIDER);
            if (jcaName.equals("EC")) {
                generator.initialize(new ECGenParameterSpec(size == 256 ? "secp256r1" : "secp384r1"),
                        new SecureRandom());
            } else {
                generator.initialize(new RSAKeyGenParameterSpec(size, RSAKeyGenParameterSpec.F4),
                        new SecureRandom());
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot generate a " + this + " key pair", e);
        }
    }

    /**
     * The JCA key algorithm name.
     *
     * @return {@code RSA} or {@code EC}
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * The signature algorithm a certificate signed with a key of this type uses.
     *
     * @return a JCA signature algorithm name such as {@code SHA256withECDSA}
     */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /**
     * The signature algorithm that suits a given private key.
     *
     * @param key an RSA or EC private key
     * @return the JCA signature algorithm name to sign with it
     */
    static String signatureAlgorithmFor(java.security.PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> {
                if (key instanceof java.security.interfaces.ECPrivateKey ec
                        && ec.getParams().getCurve().getField().getFieldSize() > 256) {
                    yield "SHA384withECDSA";
                }
                yield "SHA256withECDSA";
            }
            default -> throw new PkiException("unsupported key algorithm " + key.getAlgorithm());
        };
    }
}

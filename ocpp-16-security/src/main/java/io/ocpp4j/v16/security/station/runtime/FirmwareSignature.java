package io.ocpp4j.v16.security.station.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;

/**
 * Verifies a firmware image's signature with its signing certificate: SHA-256 over the whole file,
 * ECDSA for an EC key, RSA PKCS#1 v1.5 or RSA-PSS (MGF1 SHA-256, 32-byte salt) for an RSA key; the
 * signature as SignedUpdateFirmware carries it, base64.
 */
final class FirmwareSignature {

    private FirmwareSignature() {
    }

    /** @return whether the signature verifies; {@code false} for a malformed signature or unreadable file */
    static boolean verify(X509Certificate signer, Path image, String base64Signature) {
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(base64Signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        PublicKey key = signer.getPublicKey();
        try {
            if (key.getAlgorithm().equals("RSA")) {
                return check(Signature.getInstance("SHA256withRSA"), key, image, signature) || checkPss(key, image, signature);
            }
            return check(Signature.getInstance("SHA256withECDSA"), key, image, signature);
        } catch (GeneralSecurityException | IOException e) {
            return false;
        }
    }

    private static boolean checkPss(PublicKey key, Path image, byte[] signature) throws GeneralSecurityException, IOException {
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        return check(pss, key, image, signature);
    }

    private static boolean check(Signature verifier, PublicKey key, Path image, byte[] signature)
            throws GeneralSecurityException, IOException {
        verifier.initVerify(key);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(image)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                verifier.update(buffer, 0, read);
            }
        }
        try {
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }
}

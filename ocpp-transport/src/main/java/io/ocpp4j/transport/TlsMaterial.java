package io.ocpp4j.transport;

import io.ocpp4j.transport.pki.CertifiedKey;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds JSSE key and trust managers from PKI material, using Bouncy Castle's JSSE factories (the
 * same provider {@link TlsConfig} runs TLS on).
 */
public final class TlsMaterial {

    private static final char[] IN_MEMORY_PASSWORD = new char[0];

    private TlsMaterial() {
    }

    /**
     * Key managers that present one of {@code keys}, chosen by the key type the handshake needs. A
     * CSMS that serves both the ECDSA and the legacy RSA suites passes an EC and an RSA key.
     *
     * @param keys private keys with their certificate chains
     * @return the key managers
     * @throws TransportException if the keys cannot be loaded
     */
    public static KeyManager[] keyManagers(List<CertifiedKey> keys) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int index = 0;
            for (CertifiedKey key : keys) {
                store.setKeyEntry("key-" + index++, key.privateKey(), IN_MEMORY_PASSWORD,
                        key.chain().toArray(X509Certificate[]::new));
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX", TlsProviders.JSSE);
            factory.init(store, IN_MEMORY_PASSWORD);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new TransportException("cannot build key managers", e);
        }
    }

    /**
     * Trust managers that accept certificate chains up to one of {@code anchors} (PKIX path
     * validation, including validity periods and key usages).
     *
     * @param anchors the trusted root (or intermediate) certificates
     * @return the trust managers
     * @throws TransportException if the certificates cannot be loaded
     */
    public static TrustManager[] trustManagers(Collection<X509Certificate> anchors) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int index = 0;
            for (X509Certificate anchor : anchors) {
                store.setCertificateEntry("anchor-" + index++, anchor);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX", TlsProviders.JSSE);
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new TransportException("cannot build trust managers", e);
        }
    }
}

package io.ocpp4j.transport;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * The Bouncy Castle JSSE provider (on its own Bouncy Castle crypto provider) this module's TLS runs
 * on. Created once on first use and never installed in {@link java.security.Security}, so the
 * application's other TLS traffic keeps the JDK's provider and settings. Immutable constants.
 */
final class TlsProviders {

    /** The JSSE provider; its algorithms run on a private Bouncy Castle crypto provider. */
    static final Provider JSSE = new BouncyCastleJsseProvider(new BouncyCastleProvider());

    private TlsProviders() {
    }
}

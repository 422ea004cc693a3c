package io.ocpp4j.transport.pki;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Bouncy Castle JCA provider this package uses, created once and never installed in
 * {@link java.security.Security}. It is treated as an immutable constant.
 */
final class BouncyCastle {

    /** The provider instance (not registered globally). */
    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}

package io.ocpp4j.v16.facade;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bouncy Castle's JSSE (the transport's TLS) logs through java.util.logging: every handshake at INFO,
 * and at WARNING the JDK's disabled-algorithm entries it does not understand. Tests with TLS call
 * {@link #quiet()} to keep their output to failures.
 */
final class BouncyCastleLogging {

    /** Held, so that the level is not lost when the logger is collected. */
    private static final Logger BOUNCY_CASTLE = Logger.getLogger("org.bouncycastle");

    private BouncyCastleLogging() {
    }

    static void quiet() {
        BOUNCY_CASTLE.setLevel(Level.SEVERE);
    }
}

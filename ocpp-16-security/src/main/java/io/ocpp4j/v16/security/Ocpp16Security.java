package io.ocpp4j.v16.security;

import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.v16.Ocpp16;

/**
 * OCPP 1.6J with the Security Whitepaper extension. The extension has no subprotocol of its own: its
 * messages travel on {@code ocpp1.6}, so this is {@link Ocpp16#VERSION} with a catalog of the 28 core
 * actions plus the 11 of {@link SecurityActions16}.
 */
public final class Ocpp16Security {

    /**
     * Subprotocol {@code ocpp1.6}, the 1.6 actions then the extension's (39), the 1.6 spellings of
     * CALLERROR codes and the shared 1.6 mapper. Use it wherever {@link Ocpp16#VERSION} would be used,
     * to speak 1.6 with the extension.
     */
    public static final ProtocolVersion VERSION =
            Ocpp16.VERSION.withCatalog(Ocpp16.VERSION.catalog().plus(SecurityActions16.ALL));

    private Ocpp16Security() {
    }
}

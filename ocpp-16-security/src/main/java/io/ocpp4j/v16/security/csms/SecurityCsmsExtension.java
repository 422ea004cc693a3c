package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.EndpointExtension;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.security.SecurityActions16;
import java.util.List;
import java.util.Objects;

/**
 * The CSMS side of the OCPP 1.6 Security Whitepaper, for {@link io.ocpp4j.v16.csms.Csms16}: its 11
 * actions join the {@code ocpp1.6} catalog, and what stations send (SecurityEventNotification,
 * SignCertificate, SignedFirmwareStatusNotification, LogStatusNotification) goes to your handlers. The
 * stations' {@link io.ocpp4j.v16.csms.ChargePoint}s then have a {@link SecurityChargePoint} for the calls
 * the CSMS sends.
 * <pre>{@code
 * StandardSecurityHandler security = StandardSecurityHandler.builder()
 *         .certificateSigning(CertificateSigning.builder(myCertificateAuthority).build())
 *         .listener(mySecurityListener)
 *         .build();
 * Csms16 csms = Csms16.builder(runtime)
 *         .core(myCoreHandler)
 *         .extension(SecurityCsmsExtension.builder().all(security).build())
 *         .build();
 * }</pre>
 * Immutable.
 */
public final class SecurityCsmsExtension implements EndpointExtension {

    private final Handlers handlers;

    private SecurityCsmsExtension(Handlers handlers) {
        this.handlers = handlers;
    }

    /** @return a builder; unset handlers answer {@code NotSupported} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param base {@code ocpp1.6}, possibly already with the extension
     * @return {@code base} with the extension's actions added (unchanged if they are there)
     * @throws IllegalArgumentException if {@code base} is not OCPP 1.6
     */
    @Override
    public ProtocolVersion extend(ProtocolVersion base) {
        if (!base.subprotocol().equals(Ocpp16.VERSION.subprotocol())) {
            throw new IllegalArgumentException("the 1.6 security extension travels on " + Ocpp16.VERSION.subprotocol()
                    + ", not on " + base.subprotocol());
        }
        if (speaksExtension(base)) {
            return base;
        }
        return base.withCatalog(base.catalog().plus(SecurityActions16.ALL));
    }

    @Override
    public Handlers handlers() {
        return handlers;
    }

    /** @return whether a version's catalog holds every action of the extension, as they are defined */
    static boolean speaksExtension(ProtocolVersion version) {
        if (!version.subprotocol().equals(Ocpp16.VERSION.subprotocol())) {
            return false;
        }
        for (Action<?, ?> action : SecurityActions16.ALL) {
            if (!version.catalog().find(action.name()).map(action::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    /** Builds a {@link SecurityCsmsExtension}. */
    public static final class Builder {
        private SecurityHandler security = new SecurityHandler() {
        };
        private SecureFirmwareUpdateHandler secureFirmwareUpdate = new SecureFirmwareUpdateHandler() {
        };
        private LoggingHandler logging = new LoggingHandler() {
        };

        private Builder() {
        }

        /**
         * @param handler answers SecurityEventNotification and SignCertificate (default: {@code NotSupported})
         * @return this
         */
        public Builder security(SecurityHandler handler) {
            this.security = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers SignedFirmwareStatusNotification (default: {@code NotSupported})
         * @return this
         */
        public Builder secureFirmwareUpdate(SecureFirmwareUpdateHandler handler) {
            this.secureFirmwareUpdate = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers LogStatusNotification (default: {@code NotSupported})
         * @return this
         */
        public Builder logging(LoggingHandler handler) {
            this.logging = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers every call of the extension that stations send
         * @return this
         */
        public Builder all(StandardSecurityHandler handler) {
            return security(handler).secureFirmwareUpdate(handler).logging(handler);
        }

        /** @return the extension */
        public SecurityCsmsExtension build() {
            SecurityHandler securityHandler = security;
            SecureFirmwareUpdateHandler firmwareHandler = secureFirmwareUpdate;
            LoggingHandler loggingHandler = logging;
            return new SecurityCsmsExtension(Handlers.builder()
                    .onAsync(SecurityActions16.SECURITY_EVENT_NOTIFICATION, securityHandler::onSecurityEventNotification)
                    .onAsync(SecurityActions16.SIGN_CERTIFICATE, securityHandler::onSignCertificate)
                    .onAsync(SecurityActions16.SIGNED_FIRMWARE_STATUS_NOTIFICATION,
                            firmwareHandler::onSignedFirmwareStatusNotification)
                    .onAsync(SecurityActions16.LOG_STATUS_NOTIFICATION, loggingHandler::onLogStatusNotification)
                    .build());
        }
    }
}

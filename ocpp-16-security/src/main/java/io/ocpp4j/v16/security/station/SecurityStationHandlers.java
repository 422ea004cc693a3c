package io.ocpp4j.v16.security.station;

import io.ocpp4j.core.Handlers;
import io.ocpp4j.v16.security.SecurityActions16;
import java.util.Objects;

/**
 * The station's handlers for the seven CSMS-to-station actions of the 1.6 Security Whitepaper, as the
 * {@link Handlers} a 1.6 station facade takes for extension actions. Groups left unset answer every
 * call {@code NotSupported}.
 *
 * <pre>{@code
 * Station16 station = Station16.builder(runtime)
 *         .version(Ocpp16Security.VERSION)              // ocpp1.6 with the extension's actions
 *         .core(myCoreHandler)
 *         .extraHandlers(SecurityStationHandlers.builder()
 *                 .certificateManagement(myCertificates)
 *                 .extendedTrigger(myTriggers)
 *                 .build())
 *         .build();
 * SecureCentralSystem csms = SecureCentralSystem.of(station);   // the extension's calls to the CSMS
 * }</pre>
 */
public final class SecurityStationHandlers {

    private SecurityStationHandlers() {
    }

    /** @return a builder with every group unset */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the {@link Handlers} of the extension's CSMS-to-station actions. */
    public static final class Builder {
        private SecurityHandler security = new SecurityHandler() {
        };
        private CertificateManagementHandler certificateManagement = new CertificateManagementHandler() {
        };
        private SecureFirmwareUpdateHandler secureFirmwareUpdate = new SecureFirmwareUpdateHandler() {
        };
        private LoggingHandler logging = new LoggingHandler() {
        };
        private ExtendedTriggerHandler extendedTrigger = new ExtendedTriggerHandler() {
        };

        private Builder() {
        }

        /**
         * @param handler answers CertificateSigned
         * @return this
         */
        public Builder security(SecurityHandler handler) {
            this.security = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers InstallCertificate, DeleteCertificate and GetInstalledCertificateIds
         * @return this
         */
        public Builder certificateManagement(CertificateManagementHandler handler) {
            this.certificateManagement = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers SignedUpdateFirmware
         * @return this
         */
        public Builder secureFirmwareUpdate(SecureFirmwareUpdateHandler handler) {
            this.secureFirmwareUpdate = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers GetLog
         * @return this
         */
        public Builder logging(LoggingHandler handler) {
            this.logging = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers ExtendedTriggerMessage
         * @return this
         */
        public Builder extendedTrigger(ExtendedTriggerHandler handler) {
            this.extendedTrigger = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** @return the handlers, for {@code Station16.Builder.extraHandlers} */
        public Handlers build() {
            return Handlers.builder()
                    .onAsync(SecurityActions16.CERTIFICATE_SIGNED, security::onCertificateSigned)
                    .onAsync(SecurityActions16.DELETE_CERTIFICATE, certificateManagement::onDeleteCertificate)
                    .onAsync(SecurityActions16.GET_INSTALLED_CERTIFICATE_IDS,
                            certificateManagement::onGetInstalledCertificateIds)
                    .onAsync(SecurityActions16.INSTALL_CERTIFICATE, certificateManagement::onInstallCertificate)
                    .onAsync(SecurityActions16.SIGNED_UPDATE_FIRMWARE, secureFirmwareUpdate::onSignedUpdateFirmware)
                    .onAsync(SecurityActions16.GET_LOG, logging::onGetLog)
                    .onAsync(SecurityActions16.EXTENDED_TRIGGER_MESSAGE, extendedTrigger::onExtendedTriggerMessage)
                    .build();
        }
    }
}

package io.ocpp4j.v201.csms;

import io.ocpp4j.core.CsmsEndpoint;
import io.ocpp4j.core.EndpointBuilder;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.SessionRegistry;
import io.ocpp4j.v201.Actions201;
import io.ocpp4j.v201.Ocpp201;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An OCPP 2.0.1 CSMS: answers what stations send with your functional block handlers, and gives a typed
 * {@link ConnectedStation} for each connected station.
 *
 * <p>It is transport-agnostic: hand it each accepted connection, for example from the WebSocket
 * server of {@code ocpp-transport}:
 * <pre>{@code
 * Csms201 csms = Csms201.builder(runtime).security(mySecurityHandler).build();
 * OcppWebSocketServer server = OcppWebSocketServer.start(serverConfig, csms::accept);
 * }</pre>
 */
public final class Csms201 extends CsmsEndpoint<ConnectedStation> {

    private Csms201(ProtocolVersion version, SessionRegistry<ConnectedStation> registry) {
        super(version, registry);
    }

    /**
     * @param runtime the shared threads and compiled schemas
     * @return a new builder
     */
    public static Builder builder(RpcRuntime runtime) {
        return new Builder(runtime);
    }

    /**
     * A connected station.
     *
     * @param identity its identity
     * @return its typed view, or empty if it is not connected
     */
    public Optional<ConnectedStation> station(String identity) {
        return find(identity);
    }

    /** @return every connected station, a snapshot */
    public Collection<ConnectedStation> stations() {
        return all();
    }

    /** Builds a {@link Csms201}. */
    public static final class Builder extends EndpointBuilder<Builder, ConnectedStation> {
        private SecurityHandler security = new SecurityHandler() {
        };
        private ProvisioningHandler provisioning = new ProvisioningHandler() {
        };
        private AuthorizationHandler authorization = new AuthorizationHandler() {
        };
        private TransactionsHandler transactions = new TransactionsHandler() {
        };
        private AvailabilityHandler availability = new AvailabilityHandler() {
        };
        private ReservationHandler reservation = new ReservationHandler() {
        };
        private MeterValuesHandler meterValues = new MeterValuesHandler() {
        };
        private SmartChargingHandler smartCharging = new SmartChargingHandler() {
        };
        private FirmwareManagementHandler firmwareManagement = new FirmwareManagementHandler() {
        };
        private ISO15118CertificateManagementHandler iSO15118CertificateManagement = new ISO15118CertificateManagementHandler() {
        };
        private DiagnosticsHandler diagnostics = new DiagnosticsHandler() {
        };
        private DisplayMessageHandler displayMessage = new DisplayMessageHandler() {
        };
        private DataTransferHandler dataTransfer = new DataTransferHandler() {
        };

        private Builder(RpcRuntime runtime) {
            super(runtime, Ocpp201.VERSION);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param handler answers the Security functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder security(SecurityHandler handler) {
            this.security = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Provisioning functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder provisioning(ProvisioningHandler handler) {
            this.provisioning = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Authorization functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder authorization(AuthorizationHandler handler) {
            this.authorization = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Transactions functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder transactions(TransactionsHandler handler) {
            this.transactions = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Availability functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder availability(AvailabilityHandler handler) {
            this.availability = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Reservation functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder reservation(ReservationHandler handler) {
            this.reservation = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the MeterValues functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder meterValues(MeterValuesHandler handler) {
            this.meterValues = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the SmartCharging functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder smartCharging(SmartChargingHandler handler) {
            this.smartCharging = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the FirmwareManagement functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder firmwareManagement(FirmwareManagementHandler handler) {
            this.firmwareManagement = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the ISO15118CertificateManagement functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder iSO15118CertificateManagement(ISO15118CertificateManagementHandler handler) {
            this.iSO15118CertificateManagement = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Diagnostics functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder diagnostics(DiagnosticsHandler handler) {
            this.diagnostics = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the DisplayMessage functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder displayMessage(DisplayMessageHandler handler) {
            this.displayMessage = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the DataTransfer functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder dataTransfer(DataTransferHandler handler) {
            this.dataTransfer = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** @return the CSMS, ready to accept connections */
        public Csms201 build() {
            Handlers.Builder handlers = Handlers.builder();
            handlers.onAsync(Actions201.SECURITY_EVENT_NOTIFICATION, security::onSecurityEventNotification);
            handlers.onAsync(Actions201.SIGN_CERTIFICATE, security::onSignCertificate);
            handlers.onAsync(Actions201.BOOT_NOTIFICATION, provisioning::onBootNotification);
            handlers.onAsync(Actions201.NOTIFY_REPORT, provisioning::onNotifyReport);
            handlers.onAsync(Actions201.AUTHORIZE, authorization::onAuthorize);
            handlers.onAsync(Actions201.TRANSACTION_EVENT, transactions::onTransactionEvent);
            handlers.onAsync(Actions201.HEARTBEAT, availability::onHeartbeat);
            handlers.onAsync(Actions201.STATUS_NOTIFICATION, availability::onStatusNotification);
            handlers.onAsync(Actions201.RESERVATION_STATUS_UPDATE, reservation::onReservationStatusUpdate);
            handlers.onAsync(Actions201.METER_VALUES, meterValues::onMeterValues);
            handlers.onAsync(Actions201.CLEARED_CHARGING_LIMIT, smartCharging::onClearedChargingLimit);
            handlers.onAsync(Actions201.NOTIFY_CHARGING_LIMIT, smartCharging::onNotifyChargingLimit);
            handlers.onAsync(Actions201.NOTIFY_EV_CHARGING_NEEDS, smartCharging::onNotifyEVChargingNeeds);
            handlers.onAsync(Actions201.NOTIFY_EV_CHARGING_SCHEDULE, smartCharging::onNotifyEVChargingSchedule);
            handlers.onAsync(Actions201.REPORT_CHARGING_PROFILES, smartCharging::onReportChargingProfiles);
            handlers.onAsync(Actions201.FIRMWARE_STATUS_NOTIFICATION, firmwareManagement::onFirmwareStatusNotification);
            handlers.onAsync(Actions201.PUBLISH_FIRMWARE_STATUS_NOTIFICATION, firmwareManagement::onPublishFirmwareStatusNotification);
            handlers.onAsync(Actions201.GET_15118_EV_CERTIFICATE, iSO15118CertificateManagement::onGet15118EVCertificate);
            handlers.onAsync(Actions201.GET_CERTIFICATE_STATUS, iSO15118CertificateManagement::onGetCertificateStatus);
            handlers.onAsync(Actions201.LOG_STATUS_NOTIFICATION, diagnostics::onLogStatusNotification);
            handlers.onAsync(Actions201.NOTIFY_CUSTOMER_INFORMATION, diagnostics::onNotifyCustomerInformation);
            handlers.onAsync(Actions201.NOTIFY_EVENT, diagnostics::onNotifyEvent);
            handlers.onAsync(Actions201.NOTIFY_MONITORING_REPORT, diagnostics::onNotifyMonitoringReport);
            handlers.onAsync(Actions201.NOTIFY_DISPLAY_MESSAGES, displayMessage::onNotifyDisplayMessages);
            handlers.onAsync(Actions201.DATA_TRANSFER, dataTransfer::onDataTransfer);
            return new Csms201(protocolVersion(), new SessionRegistry<>(sessions(Role.CSMS, handlers),
                    ConnectedStation::new, sessionListener(), runtime().handlerExecutor()));
        }
    }
}

package io.ocpp4j.v201.station;

import io.ocpp4j.core.CurrentSession;
import io.ocpp4j.core.EndpointBuilder;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.StationEndpoint;
import io.ocpp4j.v201.Actions201;
import io.ocpp4j.v201.Ocpp201;
import java.util.Objects;

/**
 * An OCPP 2.0.1 station's protocol surface: answers what the CSMS sends with your functional block
 * handlers, and gives the typed {@link Csms} for what the station sends.
 *
 * <p>It is transport-agnostic: hand it each new connection, for example from the reconnecting
 * WebSocket client of {@code ocpp-transport}, which reports every (re)connect:
 * <pre>{@code
 * Station201 station = Station201.builder(runtime).security(mySecurityHandler).build();
 * ReconnectingClient client = new ReconnectingClient(clientConfig, BackoffPolicy.ofSeconds(10, 10, 3),
 *         station::attach, change -> log.info("link {}", change));
 * client.start();
 * }</pre>
 */
public final class Station201 extends StationEndpoint {

    private final Csms view;

    private Station201(ProtocolVersion version, CurrentSession link) {
        super(version, link);
        this.view = new Csms(link);
    }

    /**
     * @param runtime the shared threads and compiled schemas
     * @return a new builder
     */
    public static Builder builder(RpcRuntime runtime) {
        return new Builder(runtime);
    }

    /** @return the typed view of the CSMS, valid across reconnects */
    public Csms csms() {
        return view;
    }

    /** Builds a {@link Station201}; its session listener hears each link come up and go down. */
    public static final class Builder extends EndpointBuilder<Builder, RpcSession> {
        private SecurityHandler security = new SecurityHandler() {
        };
        private ProvisioningHandler provisioning = new ProvisioningHandler() {
        };
        private AuthorizationHandler authorization = new AuthorizationHandler() {
        };
        private LocalAuthorizationListManagementHandler localAuthorizationListManagement = new LocalAuthorizationListManagementHandler() {
        };
        private TransactionsHandler transactions = new TransactionsHandler() {
        };
        private RemoteControlHandler remoteControl = new RemoteControlHandler() {
        };
        private AvailabilityHandler availability = new AvailabilityHandler() {
        };
        private ReservationHandler reservation = new ReservationHandler() {
        };
        private TariffAndCostHandler tariffAndCost = new TariffAndCostHandler() {
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
         * @param handler answers the LocalAuthorizationListManagement functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder localAuthorizationListManagement(LocalAuthorizationListManagementHandler handler) {
            this.localAuthorizationListManagement = Objects.requireNonNull(handler, "handler");
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
         * @param handler answers the RemoteControl functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder remoteControl(RemoteControlHandler handler) {
            this.remoteControl = Objects.requireNonNull(handler, "handler");
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
         * @param handler answers the TariffAndCost functional block's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder tariffAndCost(TariffAndCostHandler handler) {
            this.tariffAndCost = Objects.requireNonNull(handler, "handler");
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

        /** @return the station, ready to attach connections */
        public Station201 build() {
            Handlers.Builder handlers = Handlers.builder();
            handlers.onAsync(Actions201.CERTIFICATE_SIGNED, security::onCertificateSigned);
            handlers.onAsync(Actions201.GET_BASE_REPORT, provisioning::onGetBaseReport);
            handlers.onAsync(Actions201.GET_REPORT, provisioning::onGetReport);
            handlers.onAsync(Actions201.GET_VARIABLES, provisioning::onGetVariables);
            handlers.onAsync(Actions201.RESET, provisioning::onReset);
            handlers.onAsync(Actions201.SET_NETWORK_PROFILE, provisioning::onSetNetworkProfile);
            handlers.onAsync(Actions201.SET_VARIABLES, provisioning::onSetVariables);
            handlers.onAsync(Actions201.CLEAR_CACHE, authorization::onClearCache);
            handlers.onAsync(Actions201.GET_LOCAL_LIST_VERSION, localAuthorizationListManagement::onGetLocalListVersion);
            handlers.onAsync(Actions201.SEND_LOCAL_LIST, localAuthorizationListManagement::onSendLocalList);
            handlers.onAsync(Actions201.GET_TRANSACTION_STATUS, transactions::onGetTransactionStatus);
            handlers.onAsync(Actions201.REQUEST_START_TRANSACTION, remoteControl::onRequestStartTransaction);
            handlers.onAsync(Actions201.REQUEST_STOP_TRANSACTION, remoteControl::onRequestStopTransaction);
            handlers.onAsync(Actions201.TRIGGER_MESSAGE, remoteControl::onTriggerMessage);
            handlers.onAsync(Actions201.UNLOCK_CONNECTOR, remoteControl::onUnlockConnector);
            handlers.onAsync(Actions201.CHANGE_AVAILABILITY, availability::onChangeAvailability);
            handlers.onAsync(Actions201.CANCEL_RESERVATION, reservation::onCancelReservation);
            handlers.onAsync(Actions201.RESERVE_NOW, reservation::onReserveNow);
            handlers.onAsync(Actions201.COST_UPDATED, tariffAndCost::onCostUpdated);
            handlers.onAsync(Actions201.CLEAR_CHARGING_PROFILE, smartCharging::onClearChargingProfile);
            handlers.onAsync(Actions201.GET_CHARGING_PROFILES, smartCharging::onGetChargingProfiles);
            handlers.onAsync(Actions201.GET_COMPOSITE_SCHEDULE, smartCharging::onGetCompositeSchedule);
            handlers.onAsync(Actions201.SET_CHARGING_PROFILE, smartCharging::onSetChargingProfile);
            handlers.onAsync(Actions201.PUBLISH_FIRMWARE, firmwareManagement::onPublishFirmware);
            handlers.onAsync(Actions201.UNPUBLISH_FIRMWARE, firmwareManagement::onUnpublishFirmware);
            handlers.onAsync(Actions201.UPDATE_FIRMWARE, firmwareManagement::onUpdateFirmware);
            handlers.onAsync(Actions201.DELETE_CERTIFICATE, iSO15118CertificateManagement::onDeleteCertificate);
            handlers.onAsync(Actions201.GET_INSTALLED_CERTIFICATE_IDS, iSO15118CertificateManagement::onGetInstalledCertificateIds);
            handlers.onAsync(Actions201.INSTALL_CERTIFICATE, iSO15118CertificateManagement::onInstallCertificate);
            handlers.onAsync(Actions201.CLEAR_VARIABLE_MONITORING, diagnostics::onClearVariableMonitoring);
            handlers.onAsync(Actions201.CUSTOMER_INFORMATION, diagnostics::onCustomerInformation);
            handlers.onAsync(Actions201.GET_LOG, diagnostics::onGetLog);
            handlers.onAsync(Actions201.GET_MONITORING_REPORT, diagnostics::onGetMonitoringReport);
            handlers.onAsync(Actions201.SET_MONITORING_BASE, diagnostics::onSetMonitoringBase);
            handlers.onAsync(Actions201.SET_MONITORING_LEVEL, diagnostics::onSetMonitoringLevel);
            handlers.onAsync(Actions201.SET_VARIABLE_MONITORING, diagnostics::onSetVariableMonitoring);
            handlers.onAsync(Actions201.CLEAR_DISPLAY_MESSAGE, displayMessage::onClearDisplayMessage);
            handlers.onAsync(Actions201.GET_DISPLAY_MESSAGES, displayMessage::onGetDisplayMessages);
            handlers.onAsync(Actions201.SET_DISPLAY_MESSAGE, displayMessage::onSetDisplayMessage);
            handlers.onAsync(Actions201.DATA_TRANSFER, dataTransfer::onDataTransfer);
            return new Station201(protocolVersion(), new CurrentSession(sessions(Role.STATION, handlers),
                    sessionListener(), runtime().handlerExecutor()));
        }
    }
}

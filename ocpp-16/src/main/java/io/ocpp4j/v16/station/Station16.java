package io.ocpp4j.v16.station;

import io.ocpp4j.core.CurrentSession;
import io.ocpp4j.core.EndpointBuilder;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.StationEndpoint;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.Ocpp16;
import java.util.Objects;

/**
 * An OCPP 1.6 station's protocol surface: answers what the Central System sends with your feature profile
 * handlers, and gives the typed {@link CentralSystem} for what the station sends.
 *
 * <p>It is transport-agnostic: hand it each new connection, for example from the reconnecting
 * WebSocket client of {@code ocpp-transport}, which reports every (re)connect:
 * <pre>{@code
 * Station16 station = Station16.builder(runtime).core(myCoreHandler).build();
 * ReconnectingClient client = new ReconnectingClient(clientConfig, BackoffPolicy.ofSeconds(10, 10, 3),
 *         station::attach, change -> log.info("link {}", change));
 * client.start();
 * }</pre>
 */
public final class Station16 extends StationEndpoint {

    private final CentralSystem view;

    private Station16(ProtocolVersion version, CurrentSession link) {
        super(version, link);
        this.view = new CentralSystem(link);
    }

    /**
     * @param runtime the shared threads and compiled schemas
     * @return a new builder
     */
    public static Builder builder(RpcRuntime runtime) {
        return new Builder(runtime);
    }

    /** @return the typed view of the Central System, valid across reconnects */
    public CentralSystem centralSystem() {
        return view;
    }

    /**
     * The session of the current connection, across reconnects: what an extension's typed view of
     * the CSMS (e.g. the 1.6 security extension's) is built on.
     *
     * @return the station's link to its CSMS
     */
    @Override
    public CurrentSession link() {
        return super.link();
    }

    /** Builds a {@link Station16}; its session listener hears each link come up and go down. */
    public static final class Builder extends EndpointBuilder<Builder, RpcSession> {
        private CoreHandler core = new CoreHandler() {
        };
        private FirmwareManagementHandler firmwareManagement = new FirmwareManagementHandler() {
        };
        private LocalAuthListManagementHandler localAuthListManagement = new LocalAuthListManagementHandler() {
        };
        private ReservationHandler reservation = new ReservationHandler() {
        };
        private SmartChargingHandler smartCharging = new SmartChargingHandler() {
        };
        private RemoteTriggerHandler remoteTrigger = new RemoteTriggerHandler() {
        };

        private Builder(RpcRuntime runtime) {
            super(runtime, Ocpp16.VERSION);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param handler answers the Core feature profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder core(CoreHandler handler) {
            this.core = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the FirmwareManagement feature profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder firmwareManagement(FirmwareManagementHandler handler) {
            this.firmwareManagement = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the LocalAuthListManagement feature profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder localAuthListManagement(LocalAuthListManagementHandler handler) {
            this.localAuthListManagement = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Reservation feature profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder reservation(ReservationHandler handler) {
            this.reservation = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the SmartCharging feature profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder smartCharging(SmartChargingHandler handler) {
            this.smartCharging = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the RemoteTrigger feature profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder remoteTrigger(RemoteTriggerHandler handler) {
            this.remoteTrigger = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** @return the station, ready to attach connections */
        public Station16 build() {
            Handlers.Builder handlers = Handlers.builder();
            handlers.onAsync(Actions16.CHANGE_AVAILABILITY, core::onChangeAvailability);
            handlers.onAsync(Actions16.CHANGE_CONFIGURATION, core::onChangeConfiguration);
            handlers.onAsync(Actions16.CLEAR_CACHE, core::onClearCache);
            handlers.onAsync(Actions16.DATA_TRANSFER, core::onDataTransfer);
            handlers.onAsync(Actions16.GET_CONFIGURATION, core::onGetConfiguration);
            handlers.onAsync(Actions16.REMOTE_START_TRANSACTION, core::onRemoteStartTransaction);
            handlers.onAsync(Actions16.REMOTE_STOP_TRANSACTION, core::onRemoteStopTransaction);
            handlers.onAsync(Actions16.RESET, core::onReset);
            handlers.onAsync(Actions16.UNLOCK_CONNECTOR, core::onUnlockConnector);
            handlers.onAsync(Actions16.GET_DIAGNOSTICS, firmwareManagement::onGetDiagnostics);
            handlers.onAsync(Actions16.UPDATE_FIRMWARE, firmwareManagement::onUpdateFirmware);
            handlers.onAsync(Actions16.GET_LOCAL_LIST_VERSION, localAuthListManagement::onGetLocalListVersion);
            handlers.onAsync(Actions16.SEND_LOCAL_LIST, localAuthListManagement::onSendLocalList);
            handlers.onAsync(Actions16.CANCEL_RESERVATION, reservation::onCancelReservation);
            handlers.onAsync(Actions16.RESERVE_NOW, reservation::onReserveNow);
            handlers.onAsync(Actions16.CLEAR_CHARGING_PROFILE, smartCharging::onClearChargingProfile);
            handlers.onAsync(Actions16.GET_COMPOSITE_SCHEDULE, smartCharging::onGetCompositeSchedule);
            handlers.onAsync(Actions16.SET_CHARGING_PROFILE, smartCharging::onSetChargingProfile);
            handlers.onAsync(Actions16.TRIGGER_MESSAGE, remoteTrigger::onTriggerMessage);
            return new Station16(protocolVersion(), new CurrentSession(sessions(Role.STATION, handlers),
                    sessionListener(), runtime().handlerExecutor()));
        }
    }
}

package io.ocpp4j.v16.station;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.CurrentSession;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.Ocpp16;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An OCPP 1.6 charge point's protocol surface: answers what the Central System sends with your
 * feature-profile handlers, and gives the typed {@link CentralSystem} for what the station sends.
 *
 * <p>It is transport-agnostic: hand it each new connection, for example from the reconnecting
 * WebSocket client of {@code ocpp-transport}, which calls {@link #attach} after every (re)connect:
 * <pre>{@code
 * Station16 station = Station16.builder(runtime).core(myCoreHandler).build();
 * ReconnectingClient client = ReconnectingClient.start(clientConfig, station::attach);
 * station.centralSystem().bootNotification(new BootNotificationRequest()
 *         .withChargePointVendor("ACME").withChargePointModel("X1"));
 * }</pre>
 */
public final class Station16 {

    private final ProtocolVersion version;
    private final CurrentSession link;
    private final CentralSystem centralSystem;

    private Station16(Builder builder) {
        this.version = builder.version;
        Handlers.Builder handlers = Handlers.builder();
        CoreHandler core = builder.core;
        handlers.onAsync(Actions16.CHANGE_AVAILABILITY, core::onChangeAvailability);
        handlers.onAsync(Actions16.CHANGE_CONFIGURATION, core::onChangeConfiguration);
        handlers.onAsync(Actions16.CLEAR_CACHE, core::onClearCache);
        handlers.onAsync(Actions16.DATA_TRANSFER, core::onDataTransfer);
        handlers.onAsync(Actions16.GET_CONFIGURATION, core::onGetConfiguration);
        handlers.onAsync(Actions16.REMOTE_START_TRANSACTION, core::onRemoteStartTransaction);
        handlers.onAsync(Actions16.REMOTE_STOP_TRANSACTION, core::onRemoteStopTransaction);
        handlers.onAsync(Actions16.RESET, core::onReset);
        handlers.onAsync(Actions16.UNLOCK_CONNECTOR, core::onUnlockConnector);
        FirmwareManagementHandler firmwareManagement = builder.firmwareManagement;
        handlers.onAsync(Actions16.GET_DIAGNOSTICS, firmwareManagement::onGetDiagnostics);
        handlers.onAsync(Actions16.UPDATE_FIRMWARE, firmwareManagement::onUpdateFirmware);
        LocalAuthListManagementHandler localAuthListManagement = builder.localAuthListManagement;
        handlers.onAsync(Actions16.GET_LOCAL_LIST_VERSION, localAuthListManagement::onGetLocalListVersion);
        handlers.onAsync(Actions16.SEND_LOCAL_LIST, localAuthListManagement::onSendLocalList);
        ReservationHandler reservation = builder.reservation;
        handlers.onAsync(Actions16.CANCEL_RESERVATION, reservation::onCancelReservation);
        handlers.onAsync(Actions16.RESERVE_NOW, reservation::onReserveNow);
        SmartChargingHandler smartCharging = builder.smartCharging;
        handlers.onAsync(Actions16.CLEAR_CHARGING_PROFILE, smartCharging::onClearChargingProfile);
        handlers.onAsync(Actions16.GET_COMPOSITE_SCHEDULE, smartCharging::onGetCompositeSchedule);
        handlers.onAsync(Actions16.SET_CHARGING_PROFILE, smartCharging::onSetChargingProfile);
        RemoteTriggerHandler remoteTrigger = builder.remoteTrigger;
        handlers.onAsync(Actions16.TRIGGER_MESSAGE, remoteTrigger::onTriggerMessage);
        handlers.addAll(builder.extraHandlers);
        Handlers all = handlers.build();
        RpcRuntime runtime = builder.runtime;
        Consumer<RpcSession.Builder> options = builder.sessionOptions;
        this.link = new CurrentSession(connection -> {
            RpcSession.Builder session = RpcSession.builder(connection, version, Role.STATION).runtime(runtime).handlers(all);
            options.accept(session);
            return session.build();
        }, builder.listener, runtime.handlerExecutor());
        this.centralSystem = new CentralSystem(link);
    }

    /**
     * @param runtime the shared threads and compiled schemas
     * @return a new builder
     */
    public static Builder builder(RpcRuntime runtime) {
        return new Builder(runtime);
    }

    /**
     * Takes a new connection to the Central System and makes it current. Quick and non-blocking.
     *
     * @param connection the new connection
     * @throws IllegalArgumentException if the connection speaks another OCPP version
     */
    public void attach(Connection connection) {
        if (!version.subprotocol().equals(connection.subprotocol())) {
            connection.close(Connection.CLOSE_PROTOCOL_ERROR, "expected " + version.subprotocol());
            throw new IllegalArgumentException("the CSMS speaks " + connection.subprotocol() + ", not " + version.subprotocol());
        }
        link.attach(connection);
    }

    /** @return the typed view of the Central System, valid across reconnects */
    public CentralSystem centralSystem() {
        return centralSystem;
    }

    /** Closes the current connection, if any. */
    public void disconnect() {
        link.close();
    }

    /** Builds a {@link Station16}. */
    public static final class Builder {
        private final RpcRuntime runtime;
        private ProtocolVersion version = Ocpp16.VERSION;
        private Handlers extraHandlers = Handlers.NONE;
        private Consumer<RpcSession.Builder> sessionOptions = session -> {
        };
        private SessionListener<? super RpcSession> listener = new SessionListener<>() {
        };
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
            this.runtime = Objects.requireNonNull(runtime, "runtime");
        }

        /**
         * @param handler answers the Core profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder core(CoreHandler handler) {
            this.core = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the FirmwareManagement profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder firmwareManagement(FirmwareManagementHandler handler) {
            this.firmwareManagement = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the LocalAuthListManagement profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder localAuthListManagement(LocalAuthListManagementHandler handler) {
            this.localAuthListManagement = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the Reservation profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder reservation(ReservationHandler handler) {
            this.reservation = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the SmartCharging profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder smartCharging(SmartChargingHandler handler) {
            this.smartCharging = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param handler answers the RemoteTrigger profile's calls (default: every one {@code NotSupported})
         * @return this
         */
        public Builder remoteTrigger(RemoteTriggerHandler handler) {
            this.remoteTrigger = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * @param listener hears each link to the Central System come up and go down
         * @return this
         */
        public Builder listener(SessionListener<? super RpcSession> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param version the protocol (default {@link Ocpp16#VERSION}; the security extension supplies
         *                a larger catalog on the same {@code ocpp1.6} subprotocol)
         * @return this
         */
        public Builder version(ProtocolVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * @param handlers handlers for actions outside the feature-profile interfaces, such as an
         *                 extension's; they must not repeat a 1.6 action
         * @return this
         */
        public Builder extraHandlers(Handlers handlers) {
            this.extraHandlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /**
         * @param options applied to every session's builder: call timeout, validation (possibly per
         *                station, see {@link RpcSession.Builder#connection()}), metrics listener, queue bounds
         * @return this
         */
        public Builder sessionOptions(Consumer<RpcSession.Builder> options) {
            this.sessionOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** @return the station, ready to attach connections */
        public Station16 build() {
            return new Station16(this);
        }
    }
}

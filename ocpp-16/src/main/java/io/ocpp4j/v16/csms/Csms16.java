package io.ocpp4j.v16.csms;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.core.SessionRegistry;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.Ocpp16;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An OCPP 1.6 Central System: answers what charge points send with your feature-profile handlers,
 * and gives a typed {@link ChargePoint} for each connected station.
 *
 * <p>It is transport-agnostic: hand it each accepted connection, for example from the WebSocket
 * server of {@code ocpp-transport}:
 * <pre>{@code
 * Csms16 csms = Csms16.builder(runtime).core(myCoreHandler).build();
 * OcppWebSocketServer server = OcppWebSocketServer.start(serverConfig, csms::accept);
 * csms.chargePoint("CP-1").ifPresent(cp -> cp.reset(new ResetRequest().withType(ResetType.SOFT)));
 * }</pre>
 */
public final class Csms16 {

    private final ProtocolVersion version;
    private final SessionRegistry<ChargePoint> registry;

    private Csms16(Builder builder) {
        this.version = builder.version;
        Handlers.Builder handlers = Handlers.builder();
        CoreHandler core = builder.core;
        handlers.onAsync(Actions16.AUTHORIZE, core::onAuthorize);
        handlers.onAsync(Actions16.BOOT_NOTIFICATION, core::onBootNotification);
        handlers.onAsync(Actions16.DATA_TRANSFER, core::onDataTransfer);
        handlers.onAsync(Actions16.HEARTBEAT, core::onHeartbeat);
        handlers.onAsync(Actions16.METER_VALUES, core::onMeterValues);
        handlers.onAsync(Actions16.START_TRANSACTION, core::onStartTransaction);
        handlers.onAsync(Actions16.STATUS_NOTIFICATION, core::onStatusNotification);
        handlers.onAsync(Actions16.STOP_TRANSACTION, core::onStopTransaction);
        FirmwareManagementHandler firmwareManagement = builder.firmwareManagement;
        handlers.onAsync(Actions16.DIAGNOSTICS_STATUS_NOTIFICATION, firmwareManagement::onDiagnosticsStatusNotification);
        handlers.onAsync(Actions16.FIRMWARE_STATUS_NOTIFICATION, firmwareManagement::onFirmwareStatusNotification);
        handlers.addAll(builder.extraHandlers);
        Handlers all = handlers.build();
        RpcRuntime runtime = builder.runtime;
        Consumer<RpcSession.Builder> options = builder.sessionOptions;
        this.registry = new SessionRegistry<>(connection -> {
            RpcSession.Builder session = RpcSession.builder(connection, version, Role.CSMS).runtime(runtime).handlers(all);
            options.accept(session);
            return session.build();
        }, ChargePoint::new, builder.listener, runtime.handlerExecutor());
    }

    /**
     * @param runtime the shared threads and compiled schemas
     * @return a new builder
     */
    public static Builder builder(RpcRuntime runtime) {
        return new Builder(runtime);
    }

    /**
     * Takes a newly accepted connection: starts its session and registers the charge point. Quick and
     * non-blocking, so a transport may call it on its I/O thread. A connection that did not negotiate
     * this version's subprotocol is closed with {@link Connection#CLOSE_PROTOCOL_ERROR}.
     *
     * @param connection the accepted connection
     * @throws IllegalArgumentException if the connection speaks another OCPP version
     */
    public void accept(Connection connection) {
        if (!version.subprotocol().equals(connection.subprotocol())) {
            connection.close(Connection.CLOSE_PROTOCOL_ERROR, "expected " + version.subprotocol());
            throw new IllegalArgumentException(connection.stationIdentity() + " speaks " + connection.subprotocol()
                    + ", not " + version.subprotocol());
        }
        registry.accept(connection);
    }

    /**
     * A connected charge point.
     *
     * @param identity its identity
     * @return its typed view, or empty if it is not connected
     */
    public Optional<ChargePoint> chargePoint(String identity) {
        return registry.find(identity);
    }

    /** @return every connected charge point, a snapshot */
    public Collection<ChargePoint> chargePoints() {
        return registry.all();
    }

    /** Disconnects every charge point with "going away" (1001), as when the CSMS shuts down. */
    public void closeAll() {
        registry.closeAll(Connection.CLOSE_GOING_AWAY, "CSMS shutting down");
    }

    /** Builds a {@link Csms16}. */
    public static final class Builder {
        private final RpcRuntime runtime;
        private ProtocolVersion version = Ocpp16.VERSION;
        private Handlers extraHandlers = Handlers.NONE;
        private Consumer<RpcSession.Builder> sessionOptions = session -> {
        };
        private SessionListener<? super ChargePoint> listener = new SessionListener<>() {
        };
        private CoreHandler core = new CoreHandler() {
        };
        private FirmwareManagementHandler firmwareManagement = new FirmwareManagementHandler() {
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
         * @param listener hears charge points connect and disconnect
         * @return this
         */
        public Builder listener(SessionListener<? super ChargePoint> listener) {
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

        /** @return the Central System, ready to accept connections */
        public Csms16 build() {
            return new Csms16(this);
        }
    }
}

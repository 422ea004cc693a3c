package io.ocpp4j.v16.csms;

import io.ocpp4j.core.CsmsEndpoint;
import io.ocpp4j.core.EndpointBuilder;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.SessionRegistry;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.Ocpp16;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An OCPP 1.6 CSMS: answers what stations send with your feature profile handlers, and gives a typed
 * {@link ChargePoint} for each connected station.
 *
 * <p>It is transport-agnostic: hand it each accepted connection, for example from the WebSocket
 * server of {@code ocpp-transport}:
 * <pre>{@code
 * Csms16 csms = Csms16.builder(runtime).core(myCoreHandler).build();
 * OcppWebSocketServer server = OcppWebSocketServer.start(serverConfig, csms::accept);
 * }</pre>
 */
public final class Csms16 extends CsmsEndpoint<ChargePoint> {

    private Csms16(ProtocolVersion version, SessionRegistry<ChargePoint> registry) {
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
    public Optional<ChargePoint> chargePoint(String identity) {
        return find(identity);
    }

    /** @return every connected station, a snapshot */
    public Collection<ChargePoint> chargePoints() {
        return all();
    }

    /** Builds a {@link Csms16}. */
    public static final class Builder extends EndpointBuilder<Builder, ChargePoint> {
        private CoreHandler core = new CoreHandler() {
        };
        private FirmwareManagementHandler firmwareManagement = new FirmwareManagementHandler() {
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

        /** @return the CSMS, ready to accept connections */
        public Csms16 build() {
            Handlers.Builder handlers = Handlers.builder();
            handlers.onAsync(Actions16.AUTHORIZE, core::onAuthorize);
            handlers.onAsync(Actions16.BOOT_NOTIFICATION, core::onBootNotification);
            handlers.onAsync(Actions16.DATA_TRANSFER, core::onDataTransfer);
            handlers.onAsync(Actions16.HEARTBEAT, core::onHeartbeat);
            handlers.onAsync(Actions16.METER_VALUES, core::onMeterValues);
            handlers.onAsync(Actions16.START_TRANSACTION, core::onStartTransaction);
            handlers.onAsync(Actions16.STATUS_NOTIFICATION, core::onStatusNotification);
            handlers.onAsync(Actions16.STOP_TRANSACTION, core::onStopTransaction);
            handlers.onAsync(Actions16.DIAGNOSTICS_STATUS_NOTIFICATION, firmwareManagement::onDiagnosticsStatusNotification);
            handlers.onAsync(Actions16.FIRMWARE_STATUS_NOTIFICATION, firmwareManagement::onFirmwareStatusNotification);
            return new Csms16(protocolVersion(), new SessionRegistry<>(sessions(Role.CSMS, handlers),
                    ChargePoint::new, sessionListener(), runtime().handlerExecutor()));
        }
    }
}

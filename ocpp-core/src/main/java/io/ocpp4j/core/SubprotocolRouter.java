package io.ocpp4j.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each accepted connection to the facade of the OCPP version it negotiated, so that one server
 * (one port, one path) serves 1.6 and 2.0.1 stations side by side:
 * <pre>{@code
 * SubprotocolRouter router = SubprotocolRouter.builder()
 *         .route("ocpp2.0.1", csms201::accept)
 *         .route("ocpp1.6", csms16::accept)
 *         .build();
 * OcppWebSocketServer.start(serverConfig.subprotocols(router.subprotocols().toArray(String[]::new)).build(),
 *         router::accept);
 * }</pre>
 * Immutable and thread-safe.
 */
public final class SubprotocolRouter {

    private static final Logger log = LoggerFactory.getLogger(SubprotocolRouter.class);

    private final Map<String, Consumer<Connection>> routes;
    private final List<String> order;

    private SubprotocolRouter(Map<String, Consumer<Connection>> routes) {
        this.routes = Map.copyOf(routes);
        this.order = List.copyOf(routes.keySet());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the routed subprotocols, in the order they were added (the server's preference) */
    public List<String> subprotocols() {
        return order;
    }

    /**
     * Hands a connection to the facade of its subprotocol; a connection with any other subprotocol is
     * closed with {@link Connection#CLOSE_PROTOCOL_ERROR}.
     *
     * @param connection an accepted connection
     */
    public void accept(Connection connection) {
        Consumer<Connection> target = routes.get(connection.subprotocol());
        if (target == null) {
            log.warn("{}: no facade for subprotocol {}, closing", connection.stationIdentity(), connection.subprotocol());
            connection.close(Connection.CLOSE_PROTOCOL_ERROR, "unsupported subprotocol");
            return;
        }
        target.accept(connection);
    }

    /** Builds a {@link SubprotocolRouter}. */
    public static final class Builder {
        private final Map<String, Consumer<Connection>> routes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param subprotocol e.g. {@code ocpp2.0.1}
         * @param target takes the connections that negotiated it, e.g. {@code csms201::accept}
         * @return this
         * @throws IllegalArgumentException if the subprotocol is routed already
         */
        public Builder route(String subprotocol, Consumer<Connection> target) {
            Objects.requireNonNull(subprotocol, "subprotocol");
            Objects.requireNonNull(target, "target");
            if (routes.putIfAbsent(subprotocol, target) != null) {
                throw new IllegalArgumentException(subprotocol + " is routed already");
            }
            return this;
        }

        /** @return the router */
        public SubprotocolRouter build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("no routes");
            }
            return new SubprotocolRouter(routes);
        }
    }
}

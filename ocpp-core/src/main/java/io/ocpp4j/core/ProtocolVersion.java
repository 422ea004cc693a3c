package io.ocpp4j.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * One OCPP version as the RPC layer needs it: its WebSocket subprotocol, its actions, how it spells
 * error codes, and the {@link ObjectMapper} its models bind with. Version modules create one
 * instance each and share it; it is immutable (the mapper must not be reconfigured after).
 *
 * @param subprotocol the WebSocket subprotocol, e.g. {@code ocpp1.6}
 * @param catalog the actions of this version
 * @param spelling how CALLERROR codes are spelled on the wire
 * @param mapper binds payload trees to the version's model classes and back
 */
public record ProtocolVersion(String subprotocol, ActionCatalog catalog, ErrorCodeSpelling spelling,
                              ObjectMapper mapper) {

    /** Checks that every component is present. */
    public ProtocolVersion {
        Objects.requireNonNull(subprotocol, "subprotocol");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(spelling, "spelling");
        Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * The same version with a larger catalog, e.g. 1.6 plus the security extension.
     *
     * @param extended the new catalog
     * @return a new version descriptor sharing subprotocol, spelling and mapper
     */
    public ProtocolVersion withCatalog(ActionCatalog extended) {
        return new ProtocolVersion(subprotocol, extended, spelling, mapper);
    }

    /**
     * Checks that a connection negotiated this version's subprotocol; if not, closes it with
     * {@link Connection#CLOSE_PROTOCOL_ERROR}.
     *
     * @param connection a new connection
     * @throws IllegalArgumentException if it speaks another version
     */
    public void checkNegotiated(Connection connection) {
        if (!subprotocol.equals(connection.subprotocol())) {
            connection.close(Connection.CLOSE_PROTOCOL_ERROR, "expected " + subprotocol);
            throw new IllegalArgumentException(connection.stationIdentity() + " speaks " + connection.subprotocol()
                    + ", not " + subprotocol);
        }
    }

    @Override
    public String toString() {
        return subprotocol;
    }
}

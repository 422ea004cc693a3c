package io.ocpp4j.core;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * What every version's CSMS facade does with connections: check the negotiated version, start a
 * session, register the station's typed view, and close them all on shutdown. Version facades
 * extend it and add their handler interfaces and version-named lookups.
 *
 * @param <V> the version's typed view of one station
 */
public abstract class CsmsEndpoint<V> {

    private final ProtocolVersion version;
    private final SessionRegistry<V> registry;

    /**
     * @param version the version spoken
     * @param registry the sessions by station identity
     */
    protected CsmsEndpoint(ProtocolVersion version, SessionRegistry<V> registry) {
        this.version = Objects.requireNonNull(version, "version");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Takes a newly accepted connection: starts its session and registers the station. Quick and
     * non-blocking, so a transport may call it on its I/O thread (e.g. {@code server.start(config,
     * csms::accept)}).
     *
     * @param connection the accepted connection
     * @throws IllegalArgumentException if the connection speaks another OCPP version (it is closed)
     */
    public void accept(Connection connection) {
        version.checkNegotiated(connection);
        registry.accept(connection);
    }

    /** Disconnects every station with "going away" (1001), as when the CSMS shuts down. */
    public void closeAll() {
        registry.closeAll(Connection.CLOSE_GOING_AWAY, "CSMS shutting down");
    }

    /**
     * @param identity a station identity
     * @return its typed view, or empty if it is not connected
     */
    protected Optional<V> find(String identity) {
        return registry.find(identity);
    }

    /** @return the typed views of every connected station, a snapshot */
    protected Collection<V> all() {
        return registry.all();
    }
}

package io.ocpp4j.core;

import java.util.Objects;

/**
 * What every version's station facade does with connections: check the negotiated version and make
 * each new connection's session the current one. Version facades extend it and add their handler
 * interfaces and the typed view of the CSMS.
 */
public abstract class StationEndpoint {

    private final ProtocolVersion version;
    private final CurrentSession link;

    /**
     * @param version the version spoken
     * @param link the session of the current connection
     */
    protected StationEndpoint(ProtocolVersion version, CurrentSession link) {
        this.version = Objects.requireNonNull(version, "version");
        this.link = Objects.requireNonNull(link, "link");
    }

    /**
     * Takes a new connection to the CSMS and makes it current. Quick and non-blocking, so a
     * reconnecting transport may call it on its I/O thread after every (re)connect.
     *
     * @param connection the new connection
     * @throws IllegalArgumentException if the connection speaks another OCPP version (it is closed)
     */
    public void attach(Connection connection) {
        version.checkNegotiated(connection);
        link.attach(connection);
    }

    /** Closes the current connection, if any. */
    public void disconnect() {
        link.close();
    }

    /** @return the session of the current connection, for the typed view of the CSMS */
    protected CurrentSession link() {
        return link;
    }
}

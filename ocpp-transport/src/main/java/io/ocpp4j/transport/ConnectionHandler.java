package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;

/**
 * Receives each new {@link Connection}: every accepted station on a server, every successful
 * (re)connection of a {@link ReconnectingClient}.
 *
 * <p>Called on a transport I/O thread. Attach a listener ({@link Connection#listen}), e.g. by starting
 * an {@code RpcSession}, and return; frames that arrive before are held and delivered after.
 */
@FunctionalInterface
public interface ConnectionHandler {

    /**
     * A connection is open.
     *
     * @param connection the new connection
     */
    void onConnect(Connection connection);
}

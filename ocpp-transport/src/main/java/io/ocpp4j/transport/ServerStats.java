package io.ocpp4j.transport;

/**
 * A snapshot of an {@link OcppWebSocketServer}'s counters.
 *
 * @param connections open station connections
 * @param sockets open sockets, including those still in their TLS or WebSocket handshake
 * @param accepted upgrades accepted since start
 * @param refused upgrades refused since start
 */
public record ServerStats(int connections, int sockets, long accepted, long refused) {
}

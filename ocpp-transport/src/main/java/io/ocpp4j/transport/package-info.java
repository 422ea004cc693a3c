/**
 * The WebSocket transport of ocpp4j (on Java-WebSocket) and OCPP's security profiles 1 to 3.
 *
 * <ul>
 *   <li>CSMS side: {@link io.ocpp4j.transport.OcppWebSocketServer} accepts stations on one port,
 *       checks their identity, subprotocol and credentials ({@link io.ocpp4j.transport.Authenticator})
 *       and hands each accepted link to a {@link io.ocpp4j.transport.ConnectionHandler} as a
 *       {@link io.ocpp4j.core.Connection}.</li>
 *   <li>Station side: {@link io.ocpp4j.transport.OcppWebSocketClient} opens one link;
 *       {@link io.ocpp4j.transport.ReconnectingClient} keeps one open with OCPP's back-off.</li>
 *   <li>Security: {@link io.ocpp4j.transport.SecurityProfile}, {@link io.ocpp4j.transport.TlsConfig}
 *       (TLS 1.2+, the OCPP cipher suites of {@link io.ocpp4j.transport.CipherSuites}, through Bouncy
 *       Castle's JSSE provider) and the PKI helpers of {@code io.ocpp4j.transport.pki}.</li>
 * </ul>
 *
 * <p>Never enable TRACE logging for {@code org.java_websocket} in production: that library logs raw
 * handshake bytes, including the {@code Authorization} header, at that level. This package never
 * logs credentials.
 */
package io.ocpp4j.transport;

package io.ocpp4j.core;

import java.net.InetSocketAddress;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * One open OCPP-J link between a station and a CSMS, as a transport provides it: text frames out,
 * text frames and the close event in.
 *
 * <p>A transport implements this interface (the WebSocket transport in {@code ocpp-transport}, the
 * {@link InMemoryConnection} pair for tests); {@link RpcSession} runs on top of it and knows nothing
 * of sockets. Implementations must be thread-safe: {@link #send} and {@link #close} may be called
 * from any thread and must never block on the network.
 *
 * <p>Frames that arrive before {@link #listen} is called are held (bounded by the transport) and
 * delivered, in order, once a listener is attached, so no frame is lost between accepting a
 * connection and starting its session.
 */
public interface Connection {

    /** Normal closure (RFC 6455). */
    int CLOSE_NORMAL = 1000;
    /** The endpoint is going away, e.g. a server shutting down. */
    int CLOSE_GOING_AWAY = 1001;
    /** A protocol error was detected. */
    int CLOSE_PROTOCOL_ERROR = 1002;
    /** A message violated the endpoint's policy. */
    int CLOSE_POLICY_VIOLATION = 1008;
    /** A message was too big to process. */
    int CLOSE_TOO_BIG = 1009;

    /**
     * The subprotocol agreed during the handshake, e.g. {@code ocpp1.6} or {@code ocpp2.0.1}.
     *
     * @return the negotiated subprotocol name, never {@code null}
     */
    String subprotocol();

    /**
     * The identity of the station at the other end (server side) or of this station (client side).
     *
     * @return the station identity, as taken from the connection URL
     */
    String stationIdentity();

    /**
     * The address of the peer.
     *
     * @return the remote socket address, or {@code null} if the transport has none (in-memory)
     */
    InetSocketAddress remoteAddress();

    /**
     * The TLS session, for security profiles 2 and 3.
     *
     * @return the TLS session, or empty on a plain connection
     */
    Optional<SSLSession> tlsSession();

    /**
     * Attaches the receiver of this connection's events. Must be called exactly once; frames
     * received before are delivered right after, in order.
     *
     * @param listener receives frames and the close event
     * @throws IllegalStateException if a listener is already attached
     */
    void listen(ConnectionListener listener);

    /**
     * Queues one text frame for sending. Never blocks on the network.
     *
     * @param text the complete OCPP-J frame
     * @throws ConnectionClosedException if the connection is closed or closing
     */
    void send(String text);

    /**
     * Starts closing the connection. Idempotent; the listener's {@link ConnectionListener#onClose}
     * is called once when the connection is closed.
     *
     * @param code a WebSocket close code, e.g. {@link #CLOSE_NORMAL}
     * @param reason a short reason for the peer and the logs (at most 123 bytes in UTF-8)
     */
    void close(int code, String reason);

    /**
     * Whether frames can still be sent.
     *
     * @return {@code true} while the connection is open
     */
    boolean isOpen();
}

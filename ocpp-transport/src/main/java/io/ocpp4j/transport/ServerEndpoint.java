package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.HandshakeImpl1Server;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java-WebSocket server behind {@link OcppWebSocketServer}: admits sockets, decides on upgrade
 * requests, and turns accepted links into {@link WebSocketConnection}s.
 *
 * <p>Every socket is tracked from accept ({@link #register}) to close ({@link #removeConnection},
 * which Java-WebSocket calls for every socket it closes), so counts and timers never leak.
 */
final class ServerEndpoint extends WebSocketServer {

    private static final Logger log = LoggerFactory.getLogger(ServerEndpoint.class);
    private static final String SIDE = "csms";

    private final ServerConfig config;
    private final ConnectionHandler handler;
    private final ScheduledExecutorService scheduler;
    private final Set<WebSocketImpl> sockets = ConcurrentHashMap.newKeySet();
    private final Map<String, WebSocketConnection> stations = new ConcurrentHashMap<>();
    private final AtomicInteger counted = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final Object lifecycle = new Object();
    private boolean stopping;

    ServerEndpoint(ServerConfig config, ConnectionHandler handler, ScheduledExecutorService scheduler) {
        super(new InetSocketAddress(config.host(), config.port()), config.workerThreads(),
                List.<Draft>of(new ServerDraft(config.maxFrameSize())));
        this.config = config;
        this.handler = handler;
        this.scheduler = scheduler;
        setConnectionLostTimeout(0); // keep-alive is ours, on the shared scheduler
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
        setMaxPendingConnections(config.acceptBacklog());
        SSLContext sslContext = null;
        javax.net.ssl.SSLParameters parameters = null;
        if (config.securityProfile().usesTls()) {
            TlsConfig tls = config.tls().orElseThrow();
            sslContext = tls.newSslContext();
            parameters = tls.serverParameters(sslContext, config.securityProfile().usesClientCertificate());
        }
        setWebSocketFactory(new ServerChannelFactory(sslContext, parameters, scheduler, new Admission()));
    }

    CompletableFuture<Void> started() {
        return started;
    }

    Optional<Connection> connection(String stationIdentity) {
        return Optional.ofNullable(stations.get(stationIdentity));
    }

    Set<String> stationIdentities() {
        return Set.copyOf(stations.keySet());
    }

    /** For diagnostics: one line per tracked socket. */
    List<String> describeSockets() {
        List<String> lines = new ArrayList<>();
        for (WebSocketImpl socket : sockets) {
            SocketState state = socket.getAttachment();
            lines.add(socket.getReadyState() + " flushAndClose=" + socket.isFlushAndClose()
                    + " refusal=" + (state.refusal == null ? null : state.refusal.status())
                    + " identity=" + state.stationIdentity + " connection=" + state.connection()
                    + " keyValid=" + (socket.getSelectionKey() != null && socket.getSelectionKey().isValid())
                    + " outQueue=" + socket.outQueue.size());
        }
        return lines;
    }

    ServerStats stats() {
        return new ServerStats(stations.size(), sockets.size(), accepted.get(), refused.get());
    }

    // ----- socket admission -----

    private final class Admission implements ServerChannelFactory.Admission {
        @Override
        public void check() throws IOException {
            if (stoppingNow()) {
                throw new IOException("server is stopping");
            }
            if (sockets.size() >= config.maxConnections() + config.maxPendingHandshakes()) {
                log.warn("{}: {} sockets open; refusing a new TCP connection", SIDE, sockets.size());
                throw new IOException("too many open sockets");
            }
        }

        @Override
        public void register(WebSocketImpl socket) {
            SocketState state = new SocketState();
            socket.setAttachment(state);
            sockets.add(socket);
            try {
                state.handshakeTimer = scheduler.schedule(() -> handshakeTimedOut(socket, state),
                        config.handshakeTimeout().toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                socket.closeConnection(CloseFrame.GOING_AWAY, "server is stopping");
            }
        }
    }

    private void handshakeTimedOut(WebSocketImpl socket, SocketState state) {
        if (state.connection() == null && !socket.isClosed()) {
            log.info("{}: no WebSocket upgrade from {} within {}; closing the socket", SIDE,
                    remoteOf(socket), config.handshakeTimeout());
            socket.closeConnection(CloseFrame.NEVER_CONNECTED, "handshake timeout");
        }
    }

    /**
     * Called by Java-WebSocket for every socket it closes, open or not: gives back everything the
     * socket held. Marks the socket closed first, under its state's lock, so that a late
     * {@link #addConnection} (Java-WebSocket can finish an upgrade on a worker thread after the
     * selector thread closed the socket) cannot add it back.
     */
    @Override
    protected boolean removeConnection(WebSocket socket) {
        SocketState state = socket.getAttachment();
        if (state == null) {
            return super.removeConnection(socket);
        }
        boolean removed;
        synchronized (state) {
            state.closed = true;
            removed = super.removeConnection(socket);
        }
        sockets.remove(socket);
        if (state.released.compareAndSet(false, true)) {
            if (state.handshakeTimer != null) {
                state.handshakeTimer.cancel(false);
            }
            if (state.counted) {
                counted.decrementAndGet();
            }
        }
        return removed;
    }

    /** Adds an upgraded socket to Java-WebSocket's set, unless the server stops or it already closed. */
    @Override
    protected boolean addConnection(WebSocket socket) {
        synchronized (lifecycle) {
            if (stopping) {
                socket.close(CloseFrame.GOING_AWAY, "server is stopping");
                return false;
            }
            SocketState state = socket.getAttachment();
            if (state == null) {
                return super.addConnection(socket);
            }
            synchronized (state) {
                if (state.closed) {
                    return false; // closed by the selector thread while the upgrade completed
                }
                return super.addConnection(socket);
            }
        }
    }

    private boolean stoppingNow() {
        synchronized (lifecycle) {
            return stopping;
        }
    }

    // ----- the upgrade request -----

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket socket, Draft draft,
                                                                      ClientHandshake request)
            throws InvalidDataException {
        SocketState state = socket.getAttachment();
        InetSocketAddress remote = remoteOf(socket);
        StationPath.Result path = StationPath.parse(request.getResourceDescriptor(), config.pathPrefix());
        if (!path.valid()) {
            return refuse(state, path.status(), remote, null, path.problem());
        }
        String identity = path.identity();
        if (stoppingNow()) {
            return refuse(state, 503, remote, identity, "server is stopping");
        }
        Optional<String> subprotocol = Subprotocols.negotiate(config.subprotocols(),
                Subprotocols.offered(request.getFieldValue("Sec-WebSocket-Protocol")));
        if (config.duplicatePolicy() == DuplicateConnectionPolicy.REFUSE && stations.containsKey(identity)) {
            return refuse(state, 409, remote, identity, "station is already connected");
        }
        List<X509Certificate> chain = clientCertificates(socket);
        if (config.securityProfile().usesClientCertificate()) {
            String problem = checkClientCertificate(chain, identity);
            if (problem != null) {
                return refuse(state, 401, remote, identity, problem);
            }
        }
        Optional<BasicCredentials> credentials = config.securityProfile().usesBasicAuth()
                ? BasicCredentials.parse(request.getFieldValue("Authorization"))
                : Optional.empty();
        AuthDecision decision;
        try {
            decision = config.authenticator().authenticate(new HandshakeRequest(identity, credentials, chain,
                    remote, subprotocol.orElse(""), config.securityProfile()));
        } catch (RuntimeException e) {
            log.error("{}: the authenticator failed for {}", SIDE, identity, e);
            return refuse(state, 503, remote, identity, "authenticator failed");
        }
        if (decision == AuthDecision.REJECT) {
            return refuse(state, 401, remote, identity, credentials.isEmpty() && config.securityProfile().usesBasicAuth()
                    ? "no Basic credentials" : "credentials rejected");
        }
        if (decision != AuthDecision.ACCEPT) {
            return refuse(state, config.unknownStationStatus(), remote, identity, "unknown station");
        }
        if (counted.incrementAndGet() > config.maxConnections()) {
            counted.decrementAndGet();
            return refuse(state, 503, remote, identity, "connection limit reached");
        }
        state.counted = true;
        state.stationIdentity = identity;
        HandshakeImpl1Server response = new HandshakeImpl1Server();
        if (subprotocol.isPresent()) {
            state.subprotocol = subprotocol.get();
            response.put("Sec-WebSocket-Protocol", subprotocol.get());
        } else {
            // OCPP-J: complete the handshake without Sec-WebSocket-Protocol, then close at once
            state.noSubprotocol = true;
        }
        return response;
    }

    private ServerHandshakeBuilder refuse(SocketState state, int status, InetSocketAddress remote, String identity,
                                          String problem) {
        refused.incrementAndGet();
        log.info("{}: refused the upgrade from {}{}: HTTP {} ({})", SIDE, remote,
                identity == null ? "" : " for '" + identity + "'", status, problem);
        HandshakeRefusal refusal = new HandshakeRefusal(status);
        state.refusal = refusal;
        return refusal;
    }

    private static List<X509Certificate> clientCertificates(WebSocket socket) {
        if (!socket.hasSSLSupport()) {
            return List.of();
        }
        try {
            SSLSession session = socket.getSSLSession();
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : session.getPeerCertificates()) {
                if (certificate instanceof X509Certificate x509) {
                    chain.add(x509);
                }
            }
            return chain;
        } catch (SSLPeerUnverifiedException | RuntimeException e) {
            return List.of();
        }
    }

    private static String checkClientCertificate(List<X509Certificate> chain, String identity) {
        if (chain.isEmpty()) {
            return "no client certificate";
        }
        Optional<String> commonName = CommonNames.of(chain.get(0));
        if (commonName.isEmpty()) {
            return "client certificate has no common name";
        }
        if (!commonName.get().equals(identity)) {
            return "client certificate is for another station";
        }
        return null;
    }

    // ----- the open link -----

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        SocketState state = socket.getAttachment();
        if (state.refusal != null) {
            // the HTTP error response is queued; close the socket once it is written
            ((WebSocketImpl) socket).flushAndClose(CloseFrame.NEVER_CONNECTED, "refused", false);
            return;
        }
        if (state.handshakeTimer != null) {
            state.handshakeTimer.cancel(false);
        }
        String identity = state.stationIdentity;
        InetSocketAddress remote = remoteOf(socket);
        if (state.noSubprotocol) {
            log.info("{}: {} from {} offers none of the subprotocols {}; closing", SIDE, identity, remote,
                    config.subprotocols());
            socket.close(CloseFrame.PROTOCOL_ERROR, "no common subprotocol");
            return;
        }
        SSLSession session = socket.hasSSLSupport() ? socket.getSSLSession() : null;
        WebSocketImpl engine = (WebSocketImpl) socket;
        WebSocketConnection connection = new WebSocketConnection(socket, engine,
                (code, reason) -> engine.closeConnection(code, reason), state.subprotocol, identity, remote,
                session, config.connectionSettings(), scheduler, SIDE);
        if (!state.open(connection)) {
            log.info("{}: {} from {} closed during the upgrade", SIDE, identity, remote);
            return;
        }
        accepted.incrementAndGet();
        WebSocketConnection previous;
        if (config.duplicatePolicy() == DuplicateConnectionPolicy.REPLACE) {
            previous = stations.put(identity, connection);
        } else {
            previous = stations.putIfAbsent(identity, connection);
            if (previous != null) {
                log.info("{}: {} connected twice at once; closing the second connection", SIDE, identity);
                connection.close(Connection.CLOSE_POLICY_VIOLATION, "station is already connected");
                return;
            }
        }
        connection.closedFuture().whenComplete((ignored, error) -> stations.remove(identity, connection));
        log.info("{}: {} connected from {} ({}, security profile {}{})", SIDE, identity, remote,
                state.subprotocol, config.securityProfile().number(),
                session == null ? "" : ", " + session.getProtocol() + " " + session.getCipherSuite());
        if (previous != null) {
            log.info("{}: {} reconnected; closing its previous connection", SIDE, identity);
            previous.close(Connection.CLOSE_NORMAL, "replaced by a new connection");
        }
        connection.startKeepAlive();
        try {
            handler.onConnect(connection);
        } catch (RuntimeException e) {
            log.error("{}: the connection handler failed for {}", SIDE, identity, e);
            connection.close(1011, "internal error");
        }
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        SocketState state = socket.getAttachment();
        WebSocketConnection connection = state == null ? null : state.connection();
        if (connection != null) {
            connection.frameReceived(message);
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        SocketState state = socket.getAttachment();
        WebSocketConnection connection = state == null ? null : state.connection();
        if (connection != null) {
            log.info("{}: {} sent a binary frame; OCPP-J uses text frames only", SIDE, connection.stationIdentity());
            connection.close(1003, "binary frames are not supported");
        }
    }

    @Override
    public void onWebsocketPing(WebSocket socket, Framedata frame) {
        super.onWebsocketPing(socket, frame);
        activity(socket);
    }

    @Override
    public void onWebsocketPong(WebSocket socket, Framedata frame) {
        activity(socket);
    }

    private static void activity(WebSocket socket) {
        SocketState state = socket.getAttachment();
        WebSocketConnection connection = state == null ? null : state.connection();
        if (connection != null) {
            connection.activity();
        }
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason, boolean remote) {
        SocketState state = socket.getAttachment();
        WebSocketConnection connection = state == null ? null : state.connection();
        if (connection != null) {
            connection.closingHandshake(code, reason, remote);
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        SocketState state = socket.getAttachment();
        WebSocketConnection connection = state == null ? null : state.close();
        if (connection != null) {
            log.info("{}: {} disconnected ({} {}, {})", SIDE, connection.stationIdentity(), code, reason,
                    remote ? "by the station" : "by the CSMS");
            connection.transportClosed(code, reason, remote);
        }
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        if (socket == null) {
            if (!started.isDone()) {
                started.completeExceptionally(error);
            } else {
                log.error("{}: server error", SIDE, error);
            }
            return;
        }
        log.debug("{}: error on the socket of {}: {}", SIDE, remoteOf(socket), error.toString());
    }

    @Override
    public void onStart() {
        started.complete(null);
    }

    // ----- stop -----

    /**
     * Stops accepting, closes every connection with 1001 and waits up to {@code timeoutMillis} for
     * the closing handshakes, then closes whatever is left.
     */
    void shutdown(long timeoutMillis) {
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        log.info("{}: stopping; closing {} connections", SIDE, stations.size());
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (WebSocketImpl socket : sockets) {
            SocketState state = socket.getAttachment();
            WebSocketConnection connection = state == null ? null : state.connection();
            if (connection != null) {
                connection.close(Connection.CLOSE_GOING_AWAY, "server is stopping");
                closing.add(connection.closedFuture());
            }
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.info("{}: some stations did not finish the closing handshake in {} ms", SIDE, timeoutMillis);
        }
        try {
            stop((int) Math.min(Integer.MAX_VALUE, timeoutMillis), "server is stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (WebSocketImpl socket : sockets) {
            socket.closeConnection(CloseFrame.GOING_AWAY, "server stopped");
        }
        sockets.clear();
        log.info("{}: stopped", SIDE);
    }

    private InetSocketAddress remoteOf(WebSocket socket) {
        try {
            return socket.getRemoteSocketAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

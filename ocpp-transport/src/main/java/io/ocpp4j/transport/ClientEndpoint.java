package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.jsse.BCSSLSocket;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection attempt of a station, on Java-WebSocket's client (which runs its own read and write
 * threads for the socket; they end when the socket closes). Completes {@link #result()} with the
 * open {@link WebSocketConnection}, or with a {@link ConnectFailedException}.
 */
final class ClientEndpoint extends WebSocketClient {

    private static final Logger log = LoggerFactory.getLogger(ClientEndpoint.class);
    private static final String SIDE = "station";
    private static final Pattern STATUS = Pattern.compile("Invalid status code received: (\\d{3})");

    private final ClientConfig config;
    private final ScheduledExecutorService scheduler;
    private final CompletableFuture<Connection> result = new CompletableFuture<>();
    private final Object socketLock = new Object();
    private Socket socket;
    private boolean aborted;
    private boolean closed;
    private volatile WebSocketConnection connection;
    private volatile ScheduledFuture<?> handshakeTimer;
    private volatile Exception lastError;
    private volatile String abortReason;

    ClientEndpoint(ClientConfig config, SSLContext sslContext, ScheduledExecutorService scheduler) {
        super(config.endpointUri(), new Draft_6455(Collections.emptyList(), protocols(config.subprotocols()),
                config.maxFrameSize()), headers(config), (int) Math.min(Integer.MAX_VALUE,
                config.connectTimeout().toMillis()));
        this.config = config;
        this.scheduler = scheduler;
        setConnectionLostTimeout(0); // keep-alive is ours, on the shared scheduler
        setDaemon(true);
        setTcpNoDelay(true);
        SocketFactory inner = sslContext != null ? sslContext.getSocketFactory() : SocketFactory.getDefault();
        setSocketFactory(new TrackingSocketFactory(inner));
    }

    private static List<IProtocol> protocols(List<String> names) {
        List<IProtocol> protocols = new ArrayList<>();
        for (String name : names) {
            protocols.add(new Protocol(name));
        }
        return protocols;
    }

    private static Map<String, String> headers(ClientConfig config) {
        Map<String, String> headers = new HashMap<>();
        config.credentials().ifPresent(credentials -> headers.put("Authorization",
                credentials.toAuthorizationHeader()));
        return headers;
    }

    CompletableFuture<Connection> result() {
        return result;
    }

    /** Starts the attempt; never blocks. */
    void begin() {
        try {
            handshakeTimer = scheduler.schedule(() -> {
                if (connection == null && !result.isDone()) {
                    log.info("{}: no open WebSocket to {} within {}; giving up this attempt", SIDE,
                            config.endpointUri(), config.handshakeTimeout());
                    abort("handshake timeout");
                }
            }, config.handshakeTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ConnectFailedException("the client's scheduler is stopped", -1, e));
            return;
        }
        log.debug("{}: connecting to {}", SIDE, config.endpointUri());
        connect();
    }

    /** Ends the attempt or the connection at once, without a closing handshake. */
    void abort(String reason) {
        abortReason = reason;
        Socket current;
        synchronized (socketLock) {
            aborted = true;
            current = socket;
        }
        closeQuietly(current);
        // also covers an attempt that has no socket yet
        closeConnection(CloseFrame.ABNORMAL_CLOSE, reason);
    }

    /**
     * Called by Java-WebSocket on its connect thread once the TCP connection is up: applies our TLS
     * settings and runs the TLS handshake right here, so a failed handshake fails the attempt
     * cleanly before Java-WebSocket starts writing the upgrade request.
     */
    @Override
    protected void onSetSSLParameters(SSLParameters parameters) {
        config.tls().orElseThrow().applyClientParameters(parameters);
        Socket current;
        synchronized (socketLock) {
            current = socket;
        }
        if (current instanceof SSLSocket sslSocket) {
            sslSocket.setSSLParameters(parameters);
            try {
                sslSocket.startHandshake();
            } catch (IOException e) {
                lastError = e;
                throw new UncheckedIOException("TLS handshake failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        cancelHandshakeTimer();
        WebSocket engine = getConnection();
        String subprotocol = engine.getProtocol() == null ? "" : engine.getProtocol().getProvidedProtocol();
        SSLSession session = hasSSLSupport() ? getSSLSession() : null;
        InetSocketAddress remote = getRemoteSocketAddress();
        WebSocketConnection open = new WebSocketConnection(this, (WebSocketImpl) engine,
                (code, reason) -> abort(reason), subprotocol, config.stationIdentity(), remote, session,
                config.connectionSettings(), scheduler, SIDE);
        synchronized (socketLock) {
            if (closed) {
                return; // aborted (timeout, stop) while the upgrade completed; the attempt has failed
            }
            connection = open;
        }
        log.info("{}: {} connected to {} ({}, security profile {}{})", SIDE, config.stationIdentity(),
                config.endpointUri(), subprotocol, config.unsecured() ? 0 : config.securityProfile().number(),
                session == null ? "" : ", " + session.getProtocol() + " " + session.getCipherSuite());
        open.startKeepAlive();
        result.complete(open);
    }

    @Override
    public void onMessage(String message) {
        WebSocketConnection open = connection;
        if (open != null) {
            open.frameReceived(message);
        }
    }

    @Override
    public void onMessage(ByteBuffer bytes) {
        WebSocketConnection open = connection;
        if (open != null) {
            log.info("{}: the CSMS sent a binary frame; OCPP-J uses text frames only", SIDE);
            open.close(1003, "binary frames are not supported");
        }
    }

    @Override
    public void onWebsocketPing(WebSocket socket, Framedata frame) {
        super.onWebsocketPing(socket, frame);
        activity();
    }

    @Override
    public void onWebsocketPong(WebSocket socket, Framedata frame) {
        activity();
    }

    private void activity() {
        WebSocketConnection open = connection;
        if (open != null) {
            open.activity();
        }
    }

    @Override
    public void onClosing(int code, String reason, boolean remote) {
        WebSocketConnection open = connection;
        if (open != null) {
            open.closingHandshake(code, reason, remote);
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        cancelHandshakeTimer();
        WebSocketConnection open;
        synchronized (socketLock) {
            aborted = true;
            closed = true;
            open = connection;
        }
        if (open != null) {
            log.info("{}: {} disconnected from {} ({} {}, {})", SIDE, config.stationIdentity(),
                    config.endpointUri(), code, reason, remote ? "by the CSMS" : "by the station");
            open.transportClosed(code, reason, remote);
            return;
        }
        String why = abortReason != null ? abortReason : reason;
        Matcher status = STATUS.matcher(reason == null ? "" : reason);
        int httpStatus = status.find() ? Integer.parseInt(status.group(1)) : -1;
        String message = "cannot connect to " + config.endpointUri() + ": "
                + (httpStatus > 0 ? "HTTP " + httpStatus : why);
        log.info("{}: {}", SIDE, message);
        result.completeExceptionally(new ConnectFailedException(message, httpStatus, lastError));
    }

    @Override
    public void onError(Exception error) {
        lastError = error;
        log.debug("{}: error on the link of {}: {}", SIDE, config.stationIdentity(), error.toString());
    }

    private void cancelHandshakeTimer() {
        ScheduledFuture<?> timer = handshakeTimer;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    /** Remembers the socket so an abort can close it, even one created after the abort. */
    private final class TrackingSocketFactory extends SocketFactory {
        private final SocketFactory inner;

        TrackingSocketFactory(SocketFactory inner) {
            this.inner = inner;
        }

        private Socket track(Socket created) {
            if (created instanceof BCSSLSocket bcSocket) {
                // the host name for SNI and for the check of the server certificate
                bcSocket.setHost(config.endpointUri().getHost());
            }
            boolean closeNow;
            synchronized (socketLock) {
                socket = created;
                closeNow = aborted;
            }
            if (closeNow) {
                closeQuietly(created);
            }
            return created;
        }

        @Override
        public Socket createSocket() throws IOException {
            return track(inner.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return track(inner.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return track(inner.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return track(inner.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return track(inner.createSocket(address, port, localAddress, localPort));
        }
    }
}

package io.ocpp4j.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;

/**
 * Creates the server's per-socket objects: wraps accepted channels in TLS when the profile asks, and
 * lets the endpoint admit (count, time) each socket or refuse it on accept.
 */
final class ServerChannelFactory implements WebSocketServerFactory {

    /** Admits accepted sockets. */
    interface Admission {
        /** Throws if no more sockets may be open. */
        void check() throws IOException;

        /** Registers a socket whose channel is ready. */
        void register(WebSocketImpl socket);
    }

    private final SSLContext sslContext;
    private final SSLParameters sslParameters;
    private final ExecutorService tlsTasks;
    private final Admission admission;

    /**
     * @param sslContext the TLS context, or {@code null} for plain sockets
     * @param sslParameters the server engine parameters (with TLS)
     * @param tlsTasks runs the TLS engine's delegated tasks
     * @param admission counts and times the sockets
     */
    ServerChannelFactory(SSLContext sslContext, SSLParameters sslParameters, ExecutorService tlsTasks,
                         Admission admission) {
        this.sslContext = sslContext;
        this.sslParameters = sslParameters;
        this.tlsTasks = tlsTasks;
        this.admission = admission;
    }

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
        return new WebSocketImpl(adapter, draft);
    }

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> drafts) {
        return new WebSocketImpl(adapter, drafts);
    }

    @Override
    public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) throws IOException {
        admission.check();
        ByteChannel wrapped = channel;
        if (sslContext != null) {
            SSLEngine engine = channel.getRemoteAddress() instanceof InetSocketAddress peer
                    ? sslContext.createSSLEngine(peer.getHostString(), peer.getPort())
                    : sslContext.createSSLEngine();
            engine.setUseClientMode(false);
            engine.setSSLParameters(sslParameters);
            wrapped = new TlsServerChannel(channel, engine, tlsTasks, key);
        }
        admission.register((WebSocketImpl) key.attachment());
        return wrapped;
    }

    @Override
    public void close() {
        // the executor belongs to the server
    }
}

package io.ocpp4j.core;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * A {@link Connection} that shows each frame to a {@link FrameObserver} on its way, without any hook
 * in the RPC layer or the transport: wrap a connection before handing it to a session or a facade,
 * e.g. {@code csms.accept(new ObservedConnection(connection, frameLog))}. It sees frames only, never
 * the HTTP upgrade, so no {@code Authorization} header can reach an observer through it.
 */
public final class ObservedConnection implements Connection {

    private final Connection delegate;
    private final FrameObserver observer;

    /**
     * @param delegate the connection to observe
     * @param observer sees its frames
     */
    public ObservedConnection(Connection delegate, FrameObserver observer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public String subprotocol() {
        return delegate.subprotocol();
    }

    @Override
    public String stationIdentity() {
        return delegate.stationIdentity();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return delegate.remoteAddress();
    }

    @Override
    public Optional<SSLSession> tlsSession() {
        return delegate.tlsSession();
    }

    @Override
    public void listen(ConnectionListener listener) {
        Objects.requireNonNull(listener, "listener");
        delegate.listen(new ConnectionListener() {
            @Override
            public void onText(String text) {
                observer.received(text);
                listener.onText(text);
            }

            @Override
            public void onClose(int code, String reason, boolean byPeer) {
                observer.closed(code, reason, byPeer);
                listener.onClose(code, reason, byPeer);
            }
        });
    }

    @Override
    public void send(String text) {
        observer.sent(text);
        delegate.send(text);
    }

    @Override
    public void close(int code, String reason) {
        delegate.close(code, reason);
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }
}

package io.ocpp4j.cli;

import io.ocpp4j.core.Connection;
import io.ocpp4j.core.ConnectionListener;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * A {@link Connection} that shows each frame to a {@link FrameTap} on its way: how the command line
 * logs and prints traffic without any hook in the RPC layer or the transport. It sees frames only,
 * never the HTTP upgrade, so no {@code Authorization} header can reach a log through it.
 */
final class TappedConnection implements Connection {

    private final Connection delegate;
    private final FrameTap tap;

    TappedConnection(Connection delegate, FrameTap tap) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.tap = Objects.requireNonNull(tap, "tap");
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
        delegate.listen(new ConnectionListener() {
            @Override
            public void onText(String text) {
                tap.received(text);
                listener.onText(text);
            }

            @Override
            public void onClose(int code, String reason, boolean byPeer) {
                tap.closed(code, reason, byPeer);
                listener.onClose(code, reason, byPeer);
            }
        });
    }

    @Override
    public void send(String text) {
        tap.sent(text); // first, so that an answer is never seen before its call
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

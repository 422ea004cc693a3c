package io.ocpp4j.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.java_websocket.SSLSocketChannel2;

/**
 * Java-WebSocket's TLS channel, hardened: when a TLS handshake fails, that class can trip over its
 * own internal {@code assert} (with assertions enabled), and the resulting {@link AssertionError}
 * would kill the server's selector thread, and with it every connection. Here any such error fails
 * only this socket, as an {@link SSLException}.
 */
final class TlsServerChannel extends SSLSocketChannel2 {

    TlsServerChannel(SocketChannel channel, SSLEngine engine, ExecutorService tasks, SelectionKey key)
            throws IOException {
        super(channel, engine, tasks, key);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        try {
            return super.read(dst);
        } catch (AssertionError e) {
            throw failed(e);
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        try {
            return super.write(src);
        } catch (AssertionError e) {
            throw failed(e);
        }
    }

    @Override
    public void writeMore() throws IOException {
        try {
            super.writeMore();
        } catch (AssertionError e) {
            throw failed(e);
        }
    }

    @Override
    public int readMore(ByteBuffer dst) throws SSLException {
        try {
            return super.readMore(dst);
        } catch (AssertionError e) {
            throw failed(e);
        }
    }

    private static SSLException failed(AssertionError error) {
        return new SSLException("TLS engine failure", error);
    }
}

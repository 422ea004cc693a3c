package io.ocpp4j.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Sends a hand-written WebSocket upgrade request and reads the raw answer: what is on the wire. */
final class RawHttp {

    /** The answer: status code, the response head, and the socket (still open) for reading on. */
    record Response(int status, String head, Socket socket) implements AutoCloseable {
        boolean hasHeader(String name) {
            return head.toLowerCase().contains("\r\n" + name.toLowerCase() + ":");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private RawHttp() {
    }

    static String basic(String user, String password) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String upgradeRequest(int port, String path, String... headers) {
        StringBuilder request = new StringBuilder()
                .append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Upgrade: websocket\r\n")
                .append("Connection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")
                .append("Sec-WebSocket-Version: 13\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    /** Sends an upgrade request and reads the response head (up to the blank line). */
    static Response upgrade(int port, String path, String... headers) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout((int) Fixtures.WAIT.toMillis());
        OutputStream out = socket.getOutputStream();
        out.write(upgradeRequest(port, path, headers).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readHead(socket.getInputStream());
        int status = Integer.parseInt(head.substring(9, 12));
        return new Response(status, head, socket);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.size() + " bytes: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Reads until the server closes the socket; returns the bytes read. */
    static byte[] readToEnd(Socket socket) throws IOException {
        return socket.getInputStream().readAllBytes();
    }
}

package io.ocpp4j.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.java_websocket.handshake.HandshakeImpl1Server;

/**
 * The server's answer to an upgrade request it refuses: a plain HTTP error response (400, 401, 404,
 * 409, 503) instead of the {@code 101 Switching Protocols}. {@link ServerDraft} writes it on the
 * wire; Java-WebSocket by itself can only answer 404 or 500.
 */
final class HandshakeRefusal extends HandshakeImpl1Server {

    private final int status;
    private final String reasonPhrase;

    HandshakeRefusal(int status) {
        this.status = status;
        this.reasonPhrase = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
        setHttpStatus((short) status);
        setHttpStatusMessage(reasonPhrase);
    }

    int status() {
        return status;
    }

    /** The complete HTTP response; the body names only the status, never request data. */
    ByteBuffer toHttpResponse() {
        String body = status + " " + reasonPhrase + "\n";
        StringBuilder response = new StringBuilder(200)
                .append("HTTP/1.1 ").append(status).append(' ').append(reasonPhrase).append("\r\n")
                .append("Content-Type: text/plain; charset=utf-8\r\n")
                .append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
                .append("Connection: close\r\n");
        if (status == 401) {
            response.append("WWW-Authenticate: Basic realm=\"OCPP\", charset=\"UTF-8\"\r\n");
        }
        response.append("\r\n").append(body);
        return ByteBuffer.wrap(response.toString().getBytes(StandardCharsets.UTF_8));
    }
}

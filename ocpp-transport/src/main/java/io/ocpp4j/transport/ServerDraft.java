package io.ocpp4j.transport;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidHandshakeException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.HandshakeBuilder;
import org.java_websocket.handshake.Handshakedata;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;

/**
 * RFC 6455 as the server speaks it: the frame size limit, no extensions, subprotocols negotiated by
 * {@link ServerEndpoint} (the draft accepts any offer), and refusals written as real HTTP error
 * responses ({@link HandshakeRefusal}).
 */
final class ServerDraft extends Draft_6455 {

    ServerDraft(int maxFrameSize) {
        super(Collections.emptyList(), List.<IProtocol>of(new Protocol("")), maxFrameSize);
    }

    @Override
    public Draft copyInstance() {
        return new ServerDraft(getMaxFrameSize());
    }

    @Override
    public HandshakeBuilder postProcessHandshakeResponseAsServer(ClientHandshake request,
                                                                 ServerHandshakeBuilder response)
            throws InvalidHandshakeException {
        if (response instanceof HandshakeRefusal) {
            return response;
        }
        return super.postProcessHandshakeResponseAsServer(request, response);
    }

    @Override
    public List<ByteBuffer> createHandshake(Handshakedata handshake, boolean withContent) {
        if (handshake instanceof HandshakeRefusal refusal) {
            return Collections.singletonList(refusal.toHttpResponse());
        }
        return super.createHandshake(handshake, withContent);
    }
}

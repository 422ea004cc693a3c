package io.ocpp4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.core.ConnectionListener;
import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.OcppJson;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The far end of an in-memory link, driven by a test with raw text frames. */
public final class RawPeer implements ConnectionListener {

    private static final ObjectMapper JSON = OcppJson.newMapper();

    private final InMemoryConnection connection;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    public RawPeer(InMemoryConnection connection) {
        this.connection = connection;
        connection.listen(this);
    }

    public void send(String text) {
        connection.send(text);
    }

    /** The next frame received, as a tree; fails the test after 5 seconds. */
    public JsonNode next() {
        return parse(nextText());
    }

    public String nextText() {
        try {
            String text = received.poll(5, TimeUnit.SECONDS);
            assertThat(text).as("a frame within 5 s").isNotNull();
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Asserts that nothing arrives within the given time. */
    public void expectSilence(Duration duration) {
        try {
            assertThat(received.poll(duration.toMillis(), TimeUnit.MILLISECONDS)).isNull();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public InMemoryConnection connection() {
        return connection;
    }

    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onText(String text) {
        received.add(text);
    }

    @Override
    public void onClose(int code, String reason, boolean byPeer) {
        closed = true;
    }
}

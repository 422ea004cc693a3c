package io.ocpp4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ocpp4j.core.Connection;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

/**
 * The JSON-lines log of every frame ({@code --log FILE}): one object per line,
 * <pre>{"time":"2025-01-01T10:00:00.123Z","station":"CP-1","direction":"in","frame":"[2,\"1\",\"Heartbeat\",{}]"}</pre>
 * and {@code "event":"connected"} / {@code "event":"closed"} lines for the connection's life.
 * {@code direction} is seen from the process that writes the log: {@code in} is received.
 *
 * <p>Secrets never reach it: the log sees frames only (never the HTTP upgrade with its
 * {@code Authorization} header), and the values of the configuration keys that carry the Basic
 * auth password ({@code AuthorizationKey} in 1.6, {@code BasicAuthPassword} in 2.0.1) are replaced by
 * {@code "***"}. Thread-safe; each line is written whole.
 */
final class FrameLog implements Closeable {

    /** Written in place of a password. */
    static final String REDACTED = "***";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final Writer out;
    private final Clock clock;

    private FrameLog(Writer out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /**
     * Opens a log file for appending, creating it if needed.
     *
     * @param file the file
     * @return the log
     * @throws IOException if it cannot be opened
     */
    static FrameLog open(Path file) throws IOException {
        return new FrameLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE), Clock.systemUTC());
    }

    /** @return a log into a writer, for tests */
    static FrameLog to(Writer out) {
        return new FrameLog(out, Clock.systemUTC());
    }

    /**
     * A tap that logs the frames of one connection; logs its opening now.
     *
     * @param connection the connection
     * @return the tap
     */
    FrameTap tap(Connection connection) {
        String station = connection.stationIdentity();
        write(station, g -> {
            g.writeStringField("event", "connected");
            g.writeStringField("subprotocol", connection.subprotocol());
            if (connection.remoteAddress() != null) {
                g.writeStringField("remote", connection.remoteAddress().getAddress().getHostAddress() + ":"
                        + connection.remoteAddress().getPort());
            }
            g.writeBooleanField("tls", connection.tlsSession().isPresent());
        });
        return new FrameTap() {
            @Override
            public void sent(String text) {
                frame(station, "out", text);
            }

            @Override
            public void received(String text) {
                frame(station, "in", text);
            }

            @Override
            public void closed(int code, String reason, boolean byPeer) {
                write(station, g -> {
                    g.writeStringField("event", "closed");
                    g.writeNumberField("code", code);
                    g.writeStringField("reason", reason == null ? "" : reason);
                    g.writeBooleanField("byPeer", byPeer);
                });
            }
        };
    }

    /**
     * Logs a line about a station that is not a frame, e.g. a refused connection.
     *
     * @param station the station identity
     * @param event what happened
     */
    void event(String station, String event) {
        write(station, g -> g.writeStringField("event", event));
    }

    private void frame(String station, String direction, String text) {
        String logged = redact(text);
        write(station, g -> {
            g.writeStringField("direction", direction);
            g.writeStringField("frame", logged);
        });
    }

    /**
     * The frame with every password value replaced by {@value #REDACTED}.
     *
     * @param text a frame
     * @return the frame, unchanged unless it carries a password
     */
    static String redact(String text) {
        if (text == null || !(text.contains("AuthorizationKey") || text.contains("BasicAuthPassword"))) {
            return text;
        }
        try {
            JsonNode frame = MAPPER.readTree(text);
            if (!(frame instanceof ArrayNode array) || array.size() != 4 || !(array.get(3) instanceof ObjectNode payload)) {
                return REDACTED; // not a CALL we can take apart: keep nothing of it
            }
            String action = array.get(2).asText();
            if ("ChangeConfiguration".equals(action) && "AuthorizationKey".equals(payload.path("key").asText())) {
                payload.set("value", TextNode.valueOf(REDACTED));
            } else if ("SetVariables".equals(action) && payload.get("setVariableData") instanceof ArrayNode items) {
                for (JsonNode item : items) {
                    if ("BasicAuthPassword".equals(item.path("variable").path("name").asText())
                            && item instanceof ObjectNode object) {
                        object.set("attributeValue", TextNode.valueOf(REDACTED));
                    }
                }
            } else {
                // Mentions a password key elsewhere (a GetConfiguration answer lists keys, never this value).
                redactValues(payload);
            }
            return MAPPER.writeValueAsString(array);
        } catch (IOException | RuntimeException e) {
            return REDACTED;
        }
    }

    /** In any object whose key or name is a password key, hides its value. */
    private static void redactValues(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String key = object.path("key").asText(object.path("name").asText(""));
            if (key.equals("AuthorizationKey") || key.equals("BasicAuthPassword")) {
                if (object.has("value")) {
                    object.set("value", TextNode.valueOf(REDACTED));
                }
                if (object.has("attributeValue")) {
                    object.set("attributeValue", TextNode.valueOf(REDACTED));
                }
            }
            object.forEach(FrameLog::redactValues);
        } else if (node instanceof ArrayNode array) {
            array.forEach(FrameLog::redactValues);
        }
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private void write(String station, Fields fields) {
        StringWriter line = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("time", Instant.now(clock).toString());
            g.writeStringField("station", station);
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            try {
                out.write(line.toString());
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                // A full disk must not take the CSMS down; the frame is lost from the log only.
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}

package io.ocpp4j.core.frame;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.OcppJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads and writes OCPP-J frames.
 *
 * <p>{@link #decode} reads a text once, as a token stream, up to the payload, which it parses into a
 * tree; it never throws, and classifies every malformed text by {@link FrameProblem} while keeping
 * what could be read (message type and id), so that a CALL with a bad payload can still be answered
 * under its own id. {@link #encode} writes with a Jackson generator, so every string is escaped.
 *
 * <p>Thread-safe; share one instance per mapper.
 */
public final class FrameCodec {

    private final ObjectMapper mapper;

    /** A codec with ocpp4j's default JSON configuration ({@link OcppJson#newMapper()}). */
    public FrameCodec() {
        this(OcppJson.newMapper());
    }

    /**
     * A codec that parses payloads with the given mapper's node factory and bounds.
     *
     * @param mapper the mapper; not modified
     */
    public FrameCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Reads one received text.
     *
     * @param text the text of one WebSocket message
     * @return the frame, or what is wrong with it; never {@code null}
     */
    public DecodeResult decode(String text) {
        if (text == null) {
            return new DecodeResult.Malformed(FrameProblem.NOT_JSON, -1, null, "empty message");
        }
        Reader reader = null;
        try (JsonParser parser = mapper.createParser(text)) {
            reader = new Reader(parser);
            return reader.read();
        } catch (IOException | RuntimeException e) {
            // Jackson reports malformed or out-of-bounds JSON with exceptions; none escapes the codec.
            // Whatever was read before the fault (type and id) is kept, so a CALL can still be answered.
            return reader == null
                    ? new DecodeResult.Malformed(FrameProblem.NOT_JSON, -1, null, "not valid JSON: " + brief(e))
                    : reader.malformed(FrameProblem.NOT_JSON, "not valid JSON: " + brief(e));
        }
    }

    /**
     * Writes one frame.
     *
     * @param frame the frame
     * @return its JSON text
     */
    public String encode(RpcFrame frame) {
        try (SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
             JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartArray();
            g.writeNumber(frame.messageTypeId());
            g.writeString(frame.messageId());
            if (frame instanceof Call call) {
                g.writeString(call.action());
                mapper.writeTree(g, call.payload());
            } else if (frame instanceof CallResult result) {
                mapper.writeTree(g, result.payload());
            } else {
                CallError error = (CallError) frame;
                g.writeString(error.errorCode());
                g.writeString(error.errorDescription());
                mapper.writeTree(g, error.errorDetails());
            }
            g.writeEndArray();
            g.flush();
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + frame.getClass().getSimpleName(), e);
        }
    }

    /** A one-shot reader of one frame's tokens. */
    private final class Reader {
        private final JsonParser parser;
        private int typeId = -1;
        private String messageId;

        Reader(JsonParser parser) {
            this.parser = parser;
        }

        DecodeResult read() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return malformed(FrameProblem.NOT_JSON, "empty message");
            }
            if (first != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return trailing(malformed(FrameProblem.NOT_ARRAY, "a frame must be a JSON array"));
            }
            // [0] message type id
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return trailing(malformed(FrameProblem.WRONG_ELEMENT_COUNT, "empty array"));
            }
            boolean typeValid = token == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() == JsonParser.NumberType.INT;
            if (typeValid) {
                typeId = parser.getIntValue();
            } else {
                parser.skipChildren();
            }
            // [1] message id
            token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return trailing(malformed(FrameProblem.WRONG_ELEMENT_COUNT, "no message id"));
            }
            String idProblem = null;
            if (token == JsonToken.VALUE_STRING) {
                String id = parser.getText();
                if (id.length() <= RpcFrame.MAX_MESSAGE_ID_LENGTH) {
                    messageId = id;
                } else {
                    idProblem = "message id longer than " + RpcFrame.MAX_MESSAGE_ID_LENGTH + " characters";
                }
            } else {
                parser.skipChildren();
                idProblem = "message id is not a string";
            }
            if (!typeValid) {
                return rest(malformed(FrameProblem.MESSAGE_TYPE_INVALID, "message type id is not an integer"));
            }
            if (typeId != RpcFrame.CALL && typeId != RpcFrame.CALL_RESULT && typeId != RpcFrame.CALL_ERROR) {
                return rest(malformed(FrameProblem.MESSAGE_TYPE_UNKNOWN, "message type " + typeId + " is not supported"));
            }
            if (idProblem != null) {
                return rest(malformed(FrameProblem.MESSAGE_ID_INVALID, idProblem));
            }
            return switch (typeId) {
                case RpcFrame.CALL -> readCall();
                case RpcFrame.CALL_RESULT -> readCallResult();
                default -> readCallError();
            };
        }

        private DecodeResult readCall() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return trailing(malformed(FrameProblem.WRONG_ELEMENT_COUNT, "CALL needs 4 elements, got 2"));
            }
            if (token != JsonToken.VALUE_STRING) {
                parser.skipChildren();
                return rest(malformed(FrameProblem.ACTION_INVALID, "action is not a string"));
            }
            String action = parser.getText();
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                return trailing(malformed(FrameProblem.WRONG_ELEMENT_COUNT, "CALL needs 4 elements, got 3"));
            }
            Object payload = payload();
            if (payload instanceof DecodeResult.Malformed problem) {
                return problem;
            }
            return end(4, new Call(messageId, action, (ObjectNode) payload));
        }

        private DecodeResult readCallResult() throws IOException {
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                return trailing(malformed(FrameProblem.WRONG_ELEMENT_COUNT, "CALLRESULT needs 3 elements, got 2"));
            }
            Object payload = payload();
            if (payload instanceof DecodeResult.Malformed problem) {
                return problem;
            }
            return end(3, new CallResult(messageId, (ObjectNode) payload));
        }

        private DecodeResult readCallError() throws IOException {
            String[] texts = new String[2];
            for (int i = 0; i < 2; i++) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    return trailing(malformed(FrameProblem.WRONG_ELEMENT_COUNT,
                            "CALLERROR needs 5 elements, got " + (i + 2)));
                }
                if (token != JsonToken.VALUE_STRING) {
                    parser.skipChildren();
                    return rest(malformed(FrameProblem.ERROR_FIELDS_INVALID,
                            (i == 0 ? "error code" : "error description") + " is not a string"));
                }
                texts[i] = parser.getText();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return trailing(malformed(FrameProblem.WRONG_ELEMENT_COUNT, "CALLERROR needs 5 elements, got 4"));
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return rest(malformed(FrameProblem.ERROR_FIELDS_INVALID, "error details is not an object"));
            }
            ObjectNode details = mapper.readTree(parser);
            return end(5, new CallError(messageId, texts[0], texts[1], details));
        }

        /** Reads the payload at the current token: an ObjectNode, or a Malformed result. */
        private Object payload() throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return rest(malformed(FrameProblem.PAYLOAD_INVALID, "payload is not a JSON object"));
            }
            try {
                return mapper.readTree(parser);
            } catch (IOException | RuntimeException e) {
                // The frame cannot be read further; what we know so far is enough to answer it.
                return malformed(FrameProblem.PAYLOAD_INVALID, "payload is not valid JSON: " + brief(e));
            }
        }

        /** After the last element: the array must close, and nothing may follow. */
        private DecodeResult end(int expected, RpcFrame frame) throws IOException {
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                parser.skipChildren();
                return rest(malformed(FrameProblem.WRONG_ELEMENT_COUNT,
                        "more than " + expected + " elements"));
            }
            return trailing(new DecodeResult.Valid(frame));
        }

        /** Skips the remaining elements of the array, then checks that nothing follows it. */
        private DecodeResult rest(DecodeResult.Malformed result) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    return malformed(FrameProblem.NOT_JSON, "unterminated array");
                }
                parser.skipChildren();
            }
            return trailing(result);
        }

        /** Checks that the text ends after the top-level value. */
        private DecodeResult trailing(DecodeResult result) throws IOException {
            if (parser.nextToken() != null) {
                return malformed(FrameProblem.NOT_JSON, "text after the end of the frame");
            }
            return result;
        }

        private DecodeResult.Malformed malformed(FrameProblem problem, String detail) {
            return new DecodeResult.Malformed(problem, typeId, messageId, detail);
        }
    }

    /** The first line of an exception's message, without Jackson's source excerpt. */
    private static String brief(Exception e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String line = message;
        for (String end : new String[] {"\n", " (start marker", " at [Source", "[Source"}) {
            int at = line.indexOf(end);
            if (at >= 0) {
                line = line.substring(0, at);
            }
        }
        return line.length() > 120 ? line.substring(0, 120) : line;
    }
}

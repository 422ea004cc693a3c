package io.ocpp4j.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.frame.FrameCodec;
import io.ocpp4j.core.frame.RpcFrame;
import io.ocpp4j.core.validation.BindingValidator;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.PayloadValidator;
import io.ocpp4j.core.validation.Violation;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The payload half of {@link RpcSession}: how an incoming payload becomes a typed value (checked
 * against its schema, then bound to its class) and how a typed value becomes an outgoing payload
 * (written as a tree, then checked unless told not to). The session does exactly this for every
 * payload; tools and benchmarks call it to do the same work without a connection.
 *
 * <p>Incoming CALLs take one of two paths. {@link #readCall} is the one-pass path: a well-formed CALL
 * whose payload is valid is read, validated and bound in a single pass over its text, with no tree
 * (possible when the action's validator is a {@link BindingValidator}). Anything else — a malformed
 * frame, an invalid payload, a payload a lenient receiver normalises, a validator that cannot stream —
 * makes it return {@code null}, and the frame takes the general path: {@link FrameCodec#decode} to a
 * tree, then {@link #decode}, which decides and reports exactly as before. Both paths give the same
 * value for the same valid frame.
 *
 * <p>Immutable and thread-safe; share one per mapper.
 */
public final class PayloadCodec {

    private final ObjectMapper mapper;
    private final ConcurrentHashMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * A codec binding with the given mapper.
     *
     * @param mapper the version's mapper; not modified
     */
    public PayloadCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Reads an incoming payload: validates it, then binds it.
     *
     * @param validator the schema of the payload
     * @param payload the payload as decoded from the frame; the leniency may normalise it in place
     * @param leniency what to forgive
     * @param type the class to bind to
     * @param <T> the bound type
     * @return the value, or why the payload was refused
     */
    public <T> Decoded<T> decode(PayloadValidator validator, ObjectNode payload, Leniency leniency, Class<T> type) {
        Optional<Violation> violation = validator.validate(payload, leniency);
        if (violation.isPresent()) {
            return new Decoded.Refused<>(violation.get(), true);
        }
        try {
            return new Decoded.Bound<>(bind(payload, type));
        } catch (IOException | IllegalArgumentException e) {
            return new Decoded.Refused<>(bindViolation(e), false);
        }
    }

    /**
     * {@code ObjectMapper.treeToValue}, with a reader prepared once per class: the same value, a little
     * faster (no deserializer look-up per payload).
     */
    private <T> T bind(ObjectNode payload, Class<T> type) throws IOException {
        if (type.isInstance(payload)) {
            return type.cast(payload); // as treeToValue does for a tree type
        }
        return reader(type).readValue(mapper.treeAsTokens(payload));
    }

    /**
     * Reads a CALL in one pass when it is well-formed and its payload certainly valid: the envelope
     * {@code [2, "<id>", "<action>", {...}]} token by token, then the payload validated while it is
     * bound (see {@link BindingValidator}), then the end of the frame.
     *
     * @param text the text of one WebSocket message
     * @param targets what to bind the payload of an action to; {@code null} for an action that must take
     *                the general path (unknown, not accepted from this peer, without handler)
     * @return the bound call, or {@code null} if the frame must take the general path
     */
    public BoundCall readCall(String text, Function<String, Target<?>> targets) {
        if (text == null) {
            return null;
        }
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY
                    || parser.nextToken() != JsonToken.VALUE_NUMBER_INT
                    || parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() != RpcFrame.CALL
                    || parser.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String messageId = parser.getText();
            if (messageId.length() > RpcFrame.MAX_MESSAGE_ID_LENGTH || parser.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String action = parser.getText();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Target<?> target = targets.apply(action);
            if (target == null || !(target.validator() instanceof BindingValidator binding)) {
                return null;
            }
            Object request = binding.bindIfValid(parser, reader(target.type()), target.leniency());
            if (request == null || parser.nextToken() != JsonToken.END_ARRAY || parser.nextToken() != null) {
                return null;
            }
            return new BoundCall(messageId, action, request);
        } catch (IOException | RuntimeException e) {
            return null; // the general path classifies whatever is wrong
        }
    }

    private ObjectReader reader(Class<?> type) {
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            reader = mapper.readerFor(type);
            readers.putIfAbsent(type, reader);
        }
        return reader;
    }

    /**
     * Writes an outgoing value as a payload and, when a validator is given, checks it strictly.
     *
     * @param value a request or response
     * @param validator its schema, or {@code null} not to check it
     * @return the payload, or the violation; {@code null} payload when the value does not serialise to a
     *         JSON object (a programming error the caller reports in its own terms)
     */
    public Encoded encode(Object value, PayloadValidator validator) {
        JsonNode tree = mapper.valueToTree(value);
        if (!(tree instanceof ObjectNode payload)) {
            return new Encoded(null, null);
        }
        if (validator != null) {
            Optional<Violation> violation = validator.validate(payload, Leniency.STRICT);
            if (violation.isPresent()) {
                return new Encoded(payload, violation.get());
            }
        }
        return new Encoded(payload, null);
    }

    /** A binding failure as a violation, with the JSON pointer of the field where Jackson knows it. */
    private static Violation bindViolation(Exception e) {
        String pointer = "";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                path.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
            }
            pointer = path.toString();
        }
        return new Violation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, pointer,
                (pointer.isEmpty() ? "payload" : pointer) + ": value cannot be represented");
    }

    /**
     * What {@link #readCall} binds an action's payload to.
     *
     * @param validator the schema of the payload; only a {@link BindingValidator} allows the one-pass path
     * @param type the class to bind to
     * @param leniency what to forgive
     * @param <Q> the bound type
     */
    public record Target<Q>(PayloadValidator validator, Class<Q> type, Leniency leniency) {

        /** Checks that every component is present. */
        public Target {
            Objects.requireNonNull(validator, "validator");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(leniency, "leniency");
        }
    }

    /**
     * A CALL read in one pass, its payload valid and bound.
     *
     * @param messageId the id its answer will carry
     * @param action the action name
     * @param request the bound payload, of the target's type
     */
    public record BoundCall(String messageId, String action, Object request) {
    }

    /**
     * What became of an incoming payload.
     *
     * @param <T> the bound type
     */
    public sealed interface Decoded<T> {

        /**
         * The payload is valid and bound.
         *
         * @param value the typed value
         * @param <T> its type
         */
        record Bound<T>(T value) implements Decoded<T> {
        }

        /**
         * The payload was refused.
         *
         * @param violation why, as OCPP-J reports it
         * @param bySchema {@code true} when the schema refused it, {@code false} when it passed the schema
         *                 but could not be bound (a value out of the field's range)
         * @param <T> the type it would have had
         */
        record Refused<T>(Violation violation, boolean bySchema) implements Decoded<T> {
        }
    }

    /**
     * An outgoing payload, or why it cannot be sent.
     *
     * @param payload the payload; {@code null} if the value is not a JSON object
     * @param violation the first way the payload breaks its schema, or {@code null}
     */
    public record Encoded(ObjectNode payload, Violation violation) {

        /** @return whether the payload is an object that passed its schema (or was not checked) */
        public boolean ok() {
            return payload != null && violation == null;
        }
    }
}

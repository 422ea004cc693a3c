package io.ocpp4j.core.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;
import java.util.Arrays;

/**
 * A parser that checks a payload against a compiled schema while a Jackson deserializer reads it:
 * every token the deserializer pulls passes through {@link #nextToken}, where it is checked against
 * the schema of its place (type, properties known, required ones seen when the object closes, string
 * length, enumeration, date-time, array sizes, numeric bounds). The payload is thus validated and
 * bound in one pass over its text, without a tree.
 *
 * <p>It is only a fast path. It never reports a violation: at the first token it cannot accept
 * (a violation, a date-time a lenient receiver would normalise, a keyword it does not stream) it
 * stops the deserializer with {@link Refused}, and the caller takes the tree path, whose verdict is
 * authoritative. So it must only be right when it accepts: it accepts only payloads that the tree
 * validators accept unchanged. It accepts only when it has itself seen the payload close: a value
 * read behind its back (not through {@link #nextToken}) leaves a property name without its value or
 * an object without its end, and is refused.
 */
final class ValidatingParser extends JsonParserDelegate {

    /** Stops the deserializer: the payload needs the tree path. Thrown without a stack trace. */
    static final class Refused extends IOException {
        static final Refused INSTANCE = new Refused();

        private Refused() {
            super("payload not accepted by the streaming check", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final Leniency leniency;
    /** The open objects and arrays, innermost last: their schema, required properties seen, items counted. */
    private SchemaNode.Streaming[] schemas = new SchemaNode.Streaming[4];
    private long[] seen = new long[4];
    private int[] counts = new int[4];
    private boolean[] isObject = new boolean[4];
    private int depth;
    /** The schema of the next value, set by the property name before it; {@code null}: anything goes. */
    private SchemaNode.Streaming pending;
    private boolean pendingSet;
    private boolean finished;

    /**
     * A validating view of a parser positioned on the payload's {@code START_OBJECT}.
     *
     * @param parser the frame's parser
     * @param schema the payload's schema
     * @param leniency what is forgiven (unknown properties; a date-time without offset is left to the tree)
     */
    ValidatingParser(JsonParser parser, SchemaNode schema, Leniency leniency) throws IOException {
        super(parser);
        this.leniency = leniency;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw Refused.INSTANCE;
        }
        pending = schema.streaming();
        pendingSet = true;
        value(JsonToken.START_OBJECT);
    }

    /** @return whether the whole payload was read and accepted */
    boolean accepted() {
        return finished;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        observe(token);
        return token;
    }

    @Override
    public String nextFieldName() throws IOException {
        // The parser's own nextFieldName is faster than nextToken then currentName.
        String name = delegate.nextFieldName();
        observe(delegate.currentToken());
        return name;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        if (token == JsonToken.FIELD_NAME) {
            token = nextToken();
        }
        return token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = delegate.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            // The deserializer ignores this value: only acceptable where anything goes.
            if (schemas[depth - 1] != null) {
                throw Refused.INSTANCE;
            }
            delegate.skipChildren();
            depth--;
            afterValue();
        }
        return this;
    }

    private void observe(JsonToken token) throws IOException {
        if (finished || token == null) {
            throw Refused.INSTANCE; // reading past the payload: not ours to judge
        }
        if (token == JsonToken.FIELD_NAME) {
            name(delegate.currentName());
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            end(token);
        } else {
            value(token);
        }
    }

    /** A property name inside an object: the schema of the value that follows. */
    private void name(String name) throws IOException {
        if (depth == 0 || !isObject[depth - 1] || pendingSet) {
            throw Refused.INSTANCE; // not in an object, or the previous value was read behind our back
        }
        SchemaNode.Streaming object = schemas[depth - 1];
        if (object == null) {
            pending = null;
        } else {
            SchemaNode.Streaming.Property property = object.properties.get(name);
            if (property != null) {
                seen[depth - 1] |= property.bit();
            }
            if (property != null && property.declared()) {
                pending = property.schema().streaming();
            } else if (object.unknown == SchemaNode.Streaming.UNKNOWN_ACCEPTED
                    || (object.unknown == SchemaNode.Streaming.UNKNOWN_REFUSED && leniency.allowUnknownProperties())) {
                pending = null;
            } else {
                throw Refused.INSTANCE;
            }
        }
        pendingSet = true;
    }

    /** A value: in an object (after its name), in an array (one more item), or the payload itself. */
    private void value(JsonToken token) throws IOException {
        SchemaNode.Streaming schema;
        if (pendingSet) {
            schema = pending;
            pendingSet = false;
        } else if (depth > 0 && !isObject[depth - 1]) {
            SchemaNode.Streaming array = schemas[depth - 1];
            counts[depth - 1]++;
            schema = array == null || array.items == null ? null : array.items.streaming();
        } else {
            throw Refused.INSTANCE;
        }
        switch (token) {
            case START_OBJECT -> open(schema, true, SchemaNode.Streaming.OBJECT);
            case START_ARRAY -> open(schema, false, SchemaNode.Streaming.ARRAY);
            case VALUE_STRING -> {
                if (schema != null && !schema.validString(delegate.getText())) {
                    throw Refused.INSTANCE;
                }
                afterValue();
            }
            case VALUE_NUMBER_INT -> {
                if (schema != null) {
                    accept(schema, SchemaNode.Streaming.INTEGER);
                    if (schema.numberChecks.length > 0 && !schema.validNumber(integerNode())) {
                        throw Refused.INSTANCE;
                    }
                }
                afterValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                if (schema != null) {
                    boolean decimal = (schema.types & SchemaNode.Streaming.DECIMAL) != 0;
                    if (!decimal || schema.numberChecks.length > 0) {
                        JsonNode number = DecimalNode.valueOf(delegate.getDecimalValue());
                        if (!decimal && !(schema.integralDecimals && number.canConvertToExactIntegral())) {
                            throw Refused.INSTANCE;
                        }
                        if (!schema.validNumber(number)) {
                            throw Refused.INSTANCE;
                        }
                    }
                }
                afterValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if (schema != null) {
                    accept(schema, SchemaNode.Streaming.BOOLEAN);
                }
                afterValue();
            }
            case VALUE_NULL -> {
                if (schema != null) {
                    accept(schema, SchemaNode.Streaming.NULL);
                }
                afterValue();
            }
            default -> throw Refused.INSTANCE;
        }
    }

    private static void accept(SchemaNode.Streaming schema, int type) throws Refused {
        if ((schema.types & type) == 0) {
            throw Refused.INSTANCE;
        }
    }

    /** The node the tree would hold for the current integer. */
    private JsonNode integerNode() throws IOException {
        return switch (delegate.getNumberType()) {
            case INT -> IntNode.valueOf(delegate.getIntValue());
            case LONG -> LongNode.valueOf(delegate.getLongValue());
            default -> BigIntegerNode.valueOf(delegate.getBigIntegerValue());
        };
    }

    private void open(SchemaNode.Streaming schema, boolean object, int type) throws Refused {
        if (schema != null) {
            accept(schema, type);
        }
        if (depth == schemas.length) {
            schemas = Arrays.copyOf(schemas, depth * 2);
            seen = Arrays.copyOf(seen, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
            isObject = Arrays.copyOf(isObject, depth * 2);
        }
        schemas[depth] = schema;
        seen[depth] = 0;
        counts[depth] = 0;
        isObject[depth] = object;
        depth++;
    }

    private void end(JsonToken token) throws Refused {
        if (depth == 0 || isObject[depth - 1] != (token == JsonToken.END_OBJECT) || pendingSet) {
            throw Refused.INSTANCE;
        }
        SchemaNode.Streaming schema = schemas[depth - 1];
        if (schema != null) {
            if (isObject[depth - 1]) {
                if ((seen[depth - 1] & schema.required) != schema.required) {
                    throw Refused.INSTANCE;
                }
            } else if (counts[depth - 1] < schema.minItems || counts[depth - 1] > schema.maxItems) {
                throw Refused.INSTANCE;
            }
        }
        depth--;
        afterValue();
    }

    private void afterValue() {
        if (depth == 0) {
            finished = true;
        }
    }
}

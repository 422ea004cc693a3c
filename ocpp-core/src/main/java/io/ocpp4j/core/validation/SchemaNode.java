package io.ocpp4j.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.format.UriFormat;
import io.ocpp4j.core.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One schema object of {@link CompiledSchemaValidators}, compiled: its keywords as small Java objects,
 * in the order networknt evaluates them (for drafts 04–07: {@code type}, then {@code properties},
 * then the others in the order the schema file writes them; a {@code $ref} replaces its siblings).
 *
 * <p>Two ways to run it. {@link #valid} answers only "is there nothing to report and nothing to
 * normalise?", allocates nothing and may visit keywords in any order: the path of every valid
 * message. Only when it says no, {@link #walk} visits everything in networknt's order, reporting
 * each violation as networknt would (same keyword, location and message) to a {@link Walk}, which
 * keeps the one {@link NetworkntSchemaValidators} would have chosen. {@code valid} may say no where
 * {@code walk} then finds nothing (a forgiven date-time still needs normalising), never the reverse.
 *
 * <p>Immutable once compiled; thread-safe.
 */
final class SchemaNode {

    private static final Keyword[] NONE = {};

    private Keyword[] keywords = NONE;

    /** Sets the keywords; called once by the compiler before the node is published. */
    void keywords(List<Keyword> compiled) {
        this.keywords = compiled.toArray(NONE);
    }

    /** @return whether the schema has no keyword that checks anything (it accepts every value) */
    boolean acceptsEverything() {
        return keywords.length == 0;
    }

    /** The schema this one stands for: the target of its {@code $ref}, followed to the end. */
    SchemaNode resolved() {
        SchemaNode node = this;
        for (int hops = 0; node.keywords.length == 1 && node.keywords[0] instanceof Ref ref; hops++) {
            if (hops > 64) {
                return node; // a cycle of references: its streaming view accepts nothing
            }
            node = ref.target;
        }
        return node;
    }

    private Streaming streaming;

    /** The keywords regrouped by the token they apply to, for {@link ValidatingParser}; computed once. */
    Streaming streaming() {
        Streaming view = streaming;
        if (view == null) {
            view = new Streaming(resolved().keywords);
            streaming = view; // a benign race: the view is immutable and has only final fields
        }
        return view;
    }

    /**
     * The keywords of a schema regrouped by token, for checking a payload as its tokens stream by
     * ({@link ValidatingParser}). It only has to be right when it accepts: a token it is not sure of
     * is refused, and the tree decides.
     */
    static final class Streaming {
        static final int OBJECT = 1;
        static final int ARRAY = 1 << 1;
        static final int STRING = 1 << 2;
        static final int INTEGER = 1 << 3;
        static final int DECIMAL = 1 << 4;
        static final int BOOLEAN = 1 << 5;
        static final int NULL = 1 << 6;
        static final int ANY = OBJECT | ARRAY | STRING | INTEGER | DECIMAL | BOOLEAN | NULL;

        /** additionalProperties: absent, true or a schema without keywords. */
        static final int UNKNOWN_ACCEPTED = 0;
        /** additionalProperties: false. */
        static final int UNKNOWN_REFUSED = 1;
        /** additionalProperties: a schema that checks something (not streamed). */
        static final int UNKNOWN_CHECKED = 2;

        /** A property the schema names: declared in properties, or only required. */
        record Property(SchemaNode schema, long bit, boolean declared) {
        }

        final int types;
        /** Whether an integral decimal such as {@code 7.0} is an integer here (draft 06 on). */
        final boolean integralDecimals;
        final Map<String, Property> properties;
        final long required;
        final int unknown;
        final SchemaNode items;
        final int minItems;
        final int maxItems;
        final int maxLength;
        final SmallStringSet enumeration;
        final Format format;
        final Keyword[] numberChecks;

        Streaming(Keyword[] keywords) {
            int types = ANY;
            boolean integralDecimals = false;
            Map<String, Property> properties = new java.util.HashMap<>();
            long required = 0;
            int unknown = UNKNOWN_ACCEPTED;
            SchemaNode items = null;
            int minItems = 0;
            int maxItems = Integer.MAX_VALUE;
            int maxLength = Integer.MAX_VALUE;
            Set<String> enumeration = null;
            Format format = null;
            List<Keyword> numberChecks = new ArrayList<>();
            int bits = 0;
            for (Keyword keyword : keywords) {
                if (keyword instanceof Type type) {
                    types &= switch (type.kind) {
                        case OBJECT -> OBJECT;
                        case ARRAY -> ARRAY;
                        case STRING -> STRING;
                        case NUMBER -> INTEGER | DECIMAL;
                        case INTEGER -> INTEGER; // and an integral decimal from draft 06 on, see below
                        case BOOLEAN -> BOOLEAN;
                        case NULL -> NULL;
                    };
                    integralDecimals = type.kind == JsonKind.INTEGER && type.integralDecimalIsInteger;
                } else if (keyword instanceof Properties declared) {
                    for (int i = 0; i < declared.names.length; i++) {
                        properties.put(declared.names[i], new Property(declared.schemas[i].resolved(), 0, true));
                    }
                } else if (keyword instanceof AdditionalProperties additional) {
                    unknown = additional.schema == null ? UNKNOWN_REFUSED
                            : additional.schema.resolved().acceptsEverything() ? UNKNOWN_ACCEPTED : UNKNOWN_CHECKED;
                } else if (keyword instanceof Required names) {
                    for (String name : names.names) {
                        if (bits == 64) {
                            types = 0; // more than 64 required properties: not streamed
                            break;
                        }
                        long bit = 1L << bits++;
                        Property known = properties.get(name);
                        properties.put(name, known == null ? new Property(null, bit, false)
                                : new Property(known.schema(), known.bit() | bit, known.declared()));
                        required |= bit;
                    }
                } else if (keyword instanceof Enum values) {
                    enumeration = values.values;
                    types &= STRING;
                } else if (keyword instanceof MaxLength max) {
                    maxLength = max.max;
                } else if (keyword instanceof MinItems min) {
                    minItems = min.min;
                } else if (keyword instanceof MaxItems max) {
                    maxItems = max.max;
                } else if (keyword instanceof Items each) {
                    items = each.schema.resolved();
                } else if (keyword instanceof Format checked) {
                    format = checked;
                } else if (keyword instanceof Bound || keyword instanceof MultipleOf) {
                    numberChecks.add(keyword);
                } else {
                    types = 0; // anything else: not streamed
                }
            }
            this.types = types;
            this.integralDecimals = integralDecimals && (types & INTEGER) != 0;
            this.properties = Map.copyOf(properties);
            this.required = required;
            this.unknown = unknown;
            this.items = items;
            this.minItems = minItems;
            this.maxItems = maxItems;
            this.maxLength = maxLength;
            this.enumeration = enumeration == null ? null : new SmallStringSet(enumeration);
            this.format = format;
            this.numberChecks = numberChecks.toArray(NONE);
        }

        /** Whether a string value passes every keyword that applies to strings. */
        boolean validString(String text) {
            if ((types & STRING) == 0) {
                return false;
            }
            if (text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
                return false;
            }
            if (enumeration != null && !enumeration.contains(text)) {
                return false;
            }
            return format == null || format.validText(text);
        }

        /** Whether a number passes every keyword that applies to numbers (checked on the node the tree would hold). */
        boolean validNumber(JsonNode number) {
            for (Keyword check : numberChecks) {
                if (!check.valid(number, Leniency.STRICT)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether a value passes with nothing to report and nothing to normalise.
     *
     * @param value the value
     * @param leniency what is forgiven
     * @return {@code true} if so; {@code false} if {@link #walk} must decide
     */
    boolean valid(JsonNode value, Leniency leniency) {
        for (Keyword keyword : keywords) {
            if (!keyword.valid(value, leniency)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Visits a value as networknt would, reporting every violation to the walk.
     *
     * @param value the value
     * @param walk where violations go
     */
    void walk(JsonNode value, Walk walk) {
        for (Keyword keyword : keywords) {
            keyword.walk(value, walk);
        }
    }

    // ---- the walk -------------------------------------------------------------------------------

    /**
     * One slow validation: the current location, the violation chosen so far (the first of the most
     * structural code, as {@link NetworkntSchemaValidators} chooses), and the date-times to normalise.
     */
    static final class Walk {
        private final Leniency leniency;
        private JsonNode[] containers = new JsonNode[8];
        private String[] names = new String[8];
        private int[] indices = new int[8];
        private int depth;
        private int bestRank = Integer.MAX_VALUE;
        private Violation best;
        private List<Runnable> replacements;

        Walk(Leniency leniency) {
            this.leniency = leniency;
        }

        Leniency leniency() {
            return leniency;
        }

        void enter(JsonNode container, String name) {
            grow();
            containers[depth] = container;
            names[depth] = name;
            indices[depth] = -1;
            depth++;
        }

        void enter(JsonNode container, int index) {
            grow();
            containers[depth] = container;
            names[depth] = null;
            indices[depth] = index;
            depth++;
        }

        void leave() {
            depth--;
            containers[depth] = null;
        }

        private void grow() {
            if (depth == names.length) {
                containers = Arrays.copyOf(containers, depth * 2);
                names = Arrays.copyOf(names, depth * 2);
                indices = Arrays.copyOf(indices, depth * 2);
            }
        }

        /** Whether a violation with this code would be kept (it is more structural than the best so far). */
        boolean wants(ErrorCode code) {
            return rank(code) < bestRank;
        }

        /** Reports a violation at the current location. */
        void fail(ErrorCode code, String text) {
            if (wants(code)) {
                keep(code, pointer(), text);
            }
        }

        /** Reports a violation about a property of the current object. */
        void failProperty(ErrorCode code, String property, String text) {
            if (wants(code)) {
                keep(code, pointer() + "/" + escape(property), text);
            }
        }

        private void keep(ErrorCode code, String pointer, String text) {
            bestRank = rank(code);
            best = new Violation(code, pointer, (pointer.isEmpty() ? "payload" : pointer) + ": " + text);
        }

        /** Schedules the current value to be replaced once the walk is over (networknt's order of effects). */
        void replaceCurrent(JsonNode value) {
            if (depth == 0) {
                return; // the payload itself is an object, never a date-time
            }
            JsonNode container = containers[depth - 1];
            String name = names[depth - 1];
            int index = indices[depth - 1];
            if (replacements == null) {
                replacements = new ArrayList<>(2);
            }
            replacements.add(() -> {
                if (container instanceof ObjectNode object && name != null) {
                    object.set(name, value);
                } else if (container instanceof ArrayNode array && index >= 0) {
                    array.set(index, value);
                }
            });
        }

        /** Applies the normalisations and returns the violation chosen. */
        Optional<Violation> finish() {
            if (replacements != null) {
                replacements.forEach(Runnable::run);
            }
            return Optional.ofNullable(best);
        }

        /** The JSON pointer of the current location ({@code ""} for the payload). */
        String pointer() {
            if (depth == 0) {
                return "";
            }
            StringBuilder pointer = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                pointer.append('/');
                if (names[i] != null) {
                    pointer.append(escape(names[i]));
                } else {
                    pointer.append(indices[i]);
                }
            }
            return pointer.toString();
        }

        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }

        /** Structure, then presence, then type, then value: the order of {@link NetworkntSchemaValidators}. */
        private static int rank(ErrorCode code) {
            return switch (code) {
                case FORMAT_VIOLATION -> 0;
                case OCCURRENCE_CONSTRAINT_VIOLATION -> 1;
                case TYPE_CONSTRAINT_VIOLATION -> 2;
                default -> 3;
            };
        }
    }

    // ---- keywords -------------------------------------------------------------------------------

    /** One compiled keyword. */
    abstract static class Keyword {
        abstract boolean valid(JsonNode value, Leniency leniency);

        abstract void walk(JsonNode value, Walk walk);

        /** networknt's message for a keyword, in the default locale's number format, as it formats them. */
        static String message(String pattern, Object... arguments) {
            return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
        }
    }

    /** The JSON types of {@code type}, with networknt's names. */
    enum JsonKind {
        OBJECT("object"), ARRAY("array"), STRING("string"), NUMBER("number"), INTEGER("integer"),
        BOOLEAN("boolean"), NULL("null");

        final String label;

        JsonKind(String label) {
            this.label = label;
        }

        static JsonKind named(String name) {
            for (JsonKind kind : values()) {
                if (kind.label.equals(name)) {
                    return kind;
                }
            }
            return null;
        }

        /** networknt's name of a value's type. */
        static String of(JsonNode value) {
            return switch (value.getNodeType()) {
                case OBJECT -> "object";
                case ARRAY -> "array";
                case STRING, BINARY -> "string";
                case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
                case BOOLEAN -> "boolean";
                case NULL -> "null";
                default -> "unknown";
            };
        }
    }

    /** {@code type} with one type name. From draft 06 on, an integral decimal ({@code 1.0}) is an integer. */
    static final class Type extends Keyword {
        private final JsonKind kind;
        private final boolean integralDecimalIsInteger;

        Type(JsonKind kind, int draft) {
            this.kind = kind;
            this.integralDecimalIsInteger = draft >= 6;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            return switch (kind) {
                case OBJECT -> value.isObject();
                case ARRAY -> value.isArray();
                case STRING -> value.isTextual() || value.isBinary();
                case NUMBER -> value.isNumber();
                case INTEGER -> value.isIntegralNumber()
                        || (integralDecimalIsInteger && value.isNumber() && value.canConvertToExactIntegral());
                case BOOLEAN -> value.isBoolean();
                case NULL -> value.isNull();
            };
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!valid(value, walk.leniency())) {
                walk.fail(ErrorCode.TYPE_CONSTRAINT_VIOLATION, JsonKind.of(value) + " found, " + kind.label + " expected");
            }
        }
    }

    /** {@code properties}: each property present is checked against its schema, in schema order. */
    static final class Properties extends Keyword {
        private final String[] names;
        private final SchemaNode[] schemas;

        Properties(Map<String, SchemaNode> properties) {
            this.names = properties.keySet().toArray(new String[0]);
            this.schemas = properties.values().toArray(new SchemaNode[0]);
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isObject()) {
                return true;
            }
            for (int i = 0; i < names.length; i++) {
                JsonNode property = value.get(names[i]);
                if (property != null && !schemas[i].valid(property, leniency)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!value.isObject()) {
                return;
            }
            for (int i = 0; i < names.length; i++) {
                JsonNode property = value.get(names[i]);
                if (property != null) {
                    walk.enter(value, names[i]);
                    schemas[i].walk(property, walk);
                    walk.leave();
                }
            }
        }
    }

    /**
     * {@code additionalProperties}: {@code false} (each property not in {@code properties} is a
     * violation, forgiven by a lenient receiver) or a schema for those properties.
     */
    static final class AdditionalProperties extends Keyword {
        private final Set<String> allowed;
        private final SchemaNode schema;

        /**
         * @param allowed the names of the sibling {@code properties}
         * @param schema the schema of other properties, {@code null} for {@code false}
         */
        AdditionalProperties(Set<String> allowed, SchemaNode schema) {
            this.allowed = allowed;
            this.schema = schema;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isObject() || (schema == null && leniency.allowUnknownProperties())) {
                return true;
            }
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                if (!allowed.contains(property.getKey())
                        && (schema == null || !schema.valid(property.getValue(), leniency))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!value.isObject()) {
                return;
            }
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                String name = property.getKey();
                if (allowed.contains(name)) {
                    continue;
                }
                if (schema == null) {
                    if (!walk.leniency().allowUnknownProperties()) {
                        walk.failProperty(ErrorCode.FORMAT_VIOLATION, name, "property not allowed");
                    }
                } else {
                    walk.enter(value, name);
                    schema.walk(property.getValue(), walk);
                    walk.leave();
                }
            }
        }
    }

    /** {@code required}, in the order the schema lists the names. A property whose value is null is present. */
    static final class Required extends Keyword {
        private final String[] names;

        Required(List<String> names) {
            this.names = names.toArray(new String[0]);
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isObject()) {
                return true;
            }
            for (String name : names) {
                if (value.get(name) == null) {
                    return false;
                }
            }
            return true;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!value.isObject()) {
                return;
            }
            for (String name : names) {
                if (value.get(name) == null) {
                    walk.failProperty(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, name, "required property missing");
                }
            }
        }
    }

    /** {@code enum} of strings, looked up in a hash set. */
    static final class Enum extends Keyword {
        private final Set<String> values;
        private final String display;

        Enum(Set<String> values, String display) {
            this.values = values;
            this.display = display;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            return value.isTextual() && values.contains(value.textValue());
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!valid(value, walk.leniency())) {
                walk.fail(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "does not have a value in the enumeration " + display);
            }
        }
    }

    /** {@code maxLength}, in code points. */
    static final class MaxLength extends Keyword {
        private final int max;

        MaxLength(int max) {
            this.max = max;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isTextual() && !value.isBinary()) {
                return true;
            }
            String text = value.textValue();
            return text.length() <= max || text.codePointCount(0, text.length()) <= max;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!valid(value, walk.leniency())) {
                walk.fail(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, message("must be at most {0} characters long", max));
            }
        }
    }

    /** {@code minItems}. */
    static final class MinItems extends Keyword {
        private final int min;

        MinItems(int min) {
            this.min = min;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            return !value.isArray() || value.size() >= min;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!valid(value, walk.leniency())) {
                walk.fail(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                        message("must have at least {0} items but found {1}", min, value.size()));
            }
        }
    }

    /** {@code maxItems}. */
    static final class MaxItems extends Keyword {
        private final int max;

        MaxItems(int max) {
            this.max = max;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            return !value.isArray() || value.size() <= max;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!valid(value, walk.leniency())) {
                walk.fail(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                        message("must have at most {0} items but found {1}", max, value.size()));
            }
        }
    }

    /** {@code items} with one schema for every element. */
    static final class Items extends Keyword {
        private final SchemaNode schema;

        Items(SchemaNode schema) {
            this.schema = schema;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isArray()) {
                return true;
            }
            for (int i = 0, n = value.size(); i < n; i++) {
                if (!schema.valid(value.get(i), leniency)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!value.isArray()) {
                return;
            }
            for (int i = 0, n = value.size(); i < n; i++) {
                walk.enter(value, i);
                schema.walk(value.get(i), walk);
                walk.leave();
            }
        }
    }

    /**
     * {@code minimum} or {@code maximum}, compared as networknt compares: for an {@code integer}
     * schema with a whole-number bound, as longs (big integers exactly); otherwise as decimals of the
     * value's text. Non-numbers and non-finite doubles are not checked.
     */
    static final class Bound extends Keyword {
        private final boolean minimum;
        private final boolean asLong;
        private final long bound;
        private final BigInteger bigBound;
        private final BigDecimal decimalBound;
        private final String text;

        /**
         * @param minimum {@code true} for {@code minimum}, {@code false} for {@code maximum}
         * @param schemaValue the keyword's value
         * @param integerType whether the schema's {@code type} is {@code integer}
         */
        Bound(boolean minimum, JsonNode schemaValue, boolean integerType) {
            this.minimum = minimum;
            this.asLong = (schemaValue.isLong() || schemaValue.isInt()) && integerType;
            this.bound = schemaValue.asLong();
            this.text = asLong ? String.valueOf(bound) : schemaValue.asText();
            this.bigBound = asLong ? new BigInteger(schemaValue.asText()) : null;
            this.decimalBound = asLong ? null : new BigDecimal(schemaValue.asText());
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isNumber() || nonFinite(value)) {
                return true;
            }
            int compare;
            if (asLong) {
                compare = value.isBigInteger() ? value.bigIntegerValue().compareTo(bigBound)
                        : Long.compare(longValue(value), bound);
            } else {
                compare = new BigDecimal(value.asText()).compareTo(decimalBound);
            }
            return minimum ? compare >= 0 : compare <= 0;
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!valid(value, walk.leniency())) {
                walk.fail(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                        message(minimum ? "must have a minimum value of {0}" : "must have a maximum value of {0}", text));
            }
        }

        private static boolean nonFinite(JsonNode value) {
            return value.isFloatingPointNumber() && !value.isBigDecimal() && !value.isBigInteger()
                    && !Double.isFinite(value.doubleValue());
        }

        /**
         * {@code value.asLong()}, which networknt compares with the bound, without its cost for decimals
         * with huge exponents ({@code 1E+999999999} as a {@code BigDecimal} would be expanded digit by digit):
         * the low 64 bits of the integral part, computed modulo 2<sup>64</sup>.
         */
        static long longValue(JsonNode value) {
            if (!(value instanceof DecimalNode)) {
                return value.asLong();
            }
            BigDecimal decimal = value.decimalValue();
            int scale = decimal.scale();
            if (scale >= 0) {
                // |value| < 1 truncates to 0; otherwise the digits before the point are few (the parser bounds them)
                return decimal.precision() <= scale ? 0 : decimal.longValue();
            }
            if (scale > -64) {
                return decimal.longValue();
            }
            // unscaled · 10^k with k ≥ 64: 10^k = 2^k·5^k is 0 modulo 2^64
            return 0;
        }
    }

    /** {@code multipleOf}, decided exactly (as networknt's {@code BigDecimal} remainder) without its cost for huge exponents. */
    static final class MultipleOf extends Keyword {
        private final BigDecimal divisor;

        MultipleOf(BigDecimal divisor) {
            this.divisor = divisor;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isNumber()) {
                return true;
            }
            BigDecimal dividend = value.isBigDecimal() ? value.decimalValue() : BigDecimal.valueOf(value.doubleValue());
            return isMultiple(dividend, divisor);
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (!valid(value, walk.leniency())) {
                walk.fail(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, message("must be multiple of {0}", divisor.toString()));
            }
        }

        /** Whether {@code x} is an integral multiple of {@code d} ≠ 0: X mod D = 0 with both on a common scale. */
        static boolean isMultiple(BigDecimal x, BigDecimal d) {
            if (x.signum() == 0) {
                return true;
            }
            BigInteger ux = x.unscaledValue().abs();
            BigInteger ud = d.unscaledValue().abs();
            long scale = Math.max((long) x.scale(), d.scale());
            long ex = scale - x.scale();
            long ed = scale - d.scale();
            if (ed == 0) {
                // X = ux·10^ex, D = ud
                BigInteger power = BigInteger.TEN.modPow(BigInteger.valueOf(ex), ud);
                return ux.mod(ud).multiply(power).mod(ud).signum() == 0;
            }
            // X = ux, D = ud·10^ed with ed > 0: when 10^ed alone exceeds ux, X is a non-zero remainder
            if (ed > ux.bitLength()) {
                return false;
            }
            return ux.mod(ud.multiply(BigInteger.TEN.pow((int) ed))).signum() == 0;
        }
    }

    /** {@code format}: {@code date-time} (fast path, networknt for the rest) or {@code uri} (networknt's check). */
    static final class Format extends Keyword {
        private static final UriFormat URI = new UriFormat();
        private final boolean dateTime;

        Format(boolean dateTime) {
            this.dateTime = dateTime;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            if (!value.isTextual() && !value.isBinary()) {
                return true;
            }
            String text = value.textValue();
            return text != null && validText(text);
        }

        boolean validText(String text) {
            return dateTime ? RfcDateTime.isValid(text) : URI.matches(null, text);
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            if (valid(value, walk.leniency())) {
                return;
            }
            if (walk.leniency().allowDateTimeWithoutOffset() && value.isTextual() && RfcDateTime.isLocal(value.textValue())) {
                walk.replaceCurrent(TextNode.valueOf(value.textValue() + "Z"));
                return;
            }
            walk.fail(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, dateTime
                    ? "does not match the date-time pattern must be a valid RFC 3339 date-time"
                    : "does not match the uri pattern must be a valid RFC 3986 URI");
        }
    }

    /** {@code $ref}: the referenced schema, resolved once at compile time. */
    static final class Ref extends Keyword {
        private final SchemaNode target;

        Ref(SchemaNode target) {
            this.target = target;
        }

        @Override
        boolean valid(JsonNode value, Leniency leniency) {
            return target.valid(value, leniency);
        }

        @Override
        void walk(JsonNode value, Walk walk) {
            target.walk(value, walk);
        }
    }
}

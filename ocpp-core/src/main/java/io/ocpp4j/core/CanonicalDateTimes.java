package io.ocpp4j.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Reads {@link OffsetDateTime}s as Jackson's {@link InstantDeserializer#OFFSET_DATE_TIME} does, with a
 * fast path for the canonical RFC 3339 shape ({@link Rfc3339#parseCanonical}) that skips the
 * {@code DateTimeFormatter}, by far the slowest part of binding an OCPP message with a timestamp. Every
 * other text, every other token, and every property whose format an annotation customises goes to
 * Jackson's deserializer, so the values (and the failures) are Jackson's.
 */
final class CanonicalDateTimes extends StdScalarDeserializer<OffsetDateTime> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final transient InstantDeserializer<OffsetDateTime> standard;

    private CanonicalDateTimes(InstantDeserializer<OffsetDateTime> standard) {
        super(OffsetDateTime.class);
        this.standard = standard;
    }

    /** @return a module registering this deserializer; add it after the {@code JavaTimeModule} */
    static Module module() {
        return new SimpleModule("ocpp4j-canonical-date-times")
                .addDeserializer(OffsetDateTime.class, new CanonicalDateTimes(InstantDeserializer.OFFSET_DATE_TIME));
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)
                && !context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
            OffsetDateTime canonical = Rfc3339.parseCanonical(parser.getText());
            if (canonical != null) {
                return canonical;
            }
        }
        return standard.deserialize(parser, context);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = standard.createContextual(context, property);
        // An annotated format (or time-zone handling) is Jackson's business alone.
        return contextual == standard ? this : contextual;
    }
}

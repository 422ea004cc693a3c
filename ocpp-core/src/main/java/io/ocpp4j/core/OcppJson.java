package io.ocpp4j.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration every ocpp4j mapper starts from, so that the wire format is exact:
 * numbers keep their written precision ({@code 230} stays {@code 230}, {@code 6.5} stays
 * {@code 6.5}), date-times are ISO-8601 strings with offset (read fast when canonical, see
 * {@link Rfc3339}), absent optional fields are omitted, and parsing is bounded (nesting depth, number
 * and string length).
 *
 * <p>Each call returns a new mapper; a version module builds one, registers what it needs, and
 * shares it read-only from then on.
 */
public final class OcppJson {

    /** Deepest nesting of JSON objects and arrays accepted in a frame. OCPP needs fewer than 10. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest number literal accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest string accepted, in characters: far above any OCPP field (a certificate chain). */
    public static final int MAX_STRING_LENGTH = 1 << 20;

    private OcppJson() {
    }

    /**
     * A new {@link JsonFactory} with ocpp4j's parsing bounds.
     *
     * @return a new factory
     */
    public static JsonFactory newFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
    }

    /**
     * A new mapper configured for OCPP payloads.
     *
     * @return a new, fully configured mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder(newFactory())
                .addModule(new JavaTimeModule())
                .addModule(CanonicalDateTimes.module())
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}

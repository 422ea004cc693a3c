package io.ocpp4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.format.DateTimeFormat;
import io.ocpp4j.core.OcppJson;
import io.ocpp4j.core.Rfc3339;
import java.time.OffsetDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast path for canonical RFC 3339 date-times never disagrees with the general parsers: what
 * {@link Rfc3339#isCanonical} accepts, networknt's date-time format accepts too; and ocpp4j's mappers
 * (which read canonical date-times without a {@code DateTimeFormatter}) bind every text to the same
 * {@link OffsetDateTime} as Jackson's own deserializer, or fail where it fails. Texts are drawn
 * around the canonical shape: every field in and out of range, fractions of 0 to 10 digits, upper-
 * and lower-case separators, offsets from {@code -00:00} to {@code +19:59}, leap days and seconds.
 */
class DateTimeFastPathProperties {

    private static final ObjectMapper OURS = OcppJson.newMapper();
    /** The same configuration with Jackson's deserializer only. */
    private static final ObjectMapper JACKSON = JsonMapper.builder(OcppJson.newFactory())
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private static final DateTimeFormat NETWORKNT = new DateTimeFormat();

    /** A bean as the generated models hold date-times. */
    record Stamped(OffsetDateTime timestamp) {
    }

    /** A bean whose date-time format is customised: Jackson's alone. */
    record Patterned(@JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm:ssXXX") OffsetDateTime timestamp) {
    }

    @Property(tries = 5000)
    void fastPathAgreesWithTheGeneralParsers(@ForAll("dateTimes") String text) throws Exception {
        boolean canonical = Rfc3339.isCanonical(text);
        Statistics.collect(canonical ? "canonical" : "other");
        if (canonical) {
            assertThat(NETWORKNT.matches(null, text)).as("networknt accepts %s", text).isTrue();
            assertThat(Rfc3339.parseCanonical(text)).isEqualTo(OffsetDateTime.parse(text));
        } else {
            assertThat(Rfc3339.parseCanonical(text)).isNull();
        }
        String json = "{\"timestamp\":\"" + text + "\"}";
        assertThat(bind(OURS, json, Stamped.class)).as(text).isEqualTo(bind(JACKSON, json, Stamped.class));
        assertThat(bind(OURS, json, Patterned.class)).as(text).isEqualTo(bind(JACKSON, json, Patterned.class));
        Statistics.coverage(coverage -> {
            coverage.check("canonical").percentage(p -> p > 20);
            coverage.check("other").percentage(p -> p > 20);
        });
    }

    @Example
    void theCommonShapesAreCanonical() {
        for (String text : new String[] {"2024-05-14T09:21:37Z", "2024-05-14T09:21:37.512Z",
                "2024-05-14T09:21:37.123456789+02:00", "2024-02-29T23:59:59-05:30", "2024-05-14T09:21:37+00:00"}) {
            assertThat(Rfc3339.isCanonical(text)).as(text).isTrue();
            assertThat(Rfc3339.parseCanonical(text)).isEqualTo(OffsetDateTime.parse(text));
        }
        for (String text : new String[] {"2024-05-14t09:21:37z", "2024-05-14T09:21:37", "2023-02-29T00:00:00Z",
                "2016-12-31T23:59:60Z", "2024-05-14T09:21:37-00:00", "2024-05-14T09:21:37.1234567891Z", " 2024-05-14T09:21:37Z"}) {
            assertThat(Rfc3339.isCanonical(text)).as(text).isFalse();
        }
    }

    /** The bound value, or the class of the failure. */
    private static Object bind(ObjectMapper mapper, String json, Class<?> type) {
        try {
            return mapper.readValue(json, type);
        } catch (Exception e) {
            return e.getClass();
        }
    }

    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> year = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(1, 9999).map(y -> String.format("%04d", y))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("2024", "2000", "1900", "2100", "0000", "99999", "24")));
        Arbitrary<String> month = field(1, 12, 0, 13);
        Arbitrary<String> day = field(1, 28, 0, 32);
        Arbitrary<String> hour = field(0, 23, 0, 24);
        Arbitrary<String> minute = field(0, 59, 0, 60);
        Arbitrary<String> second = field(0, 59, 0, 61);
        Arbitrary<String> fraction = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9).map(f -> "." + f)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(".", ".1234567890", ".5a")));
        Arbitrary<String> zone = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just("Z")),
                net.jqwik.api.Tuple.of(4, Combinators.combine(Arbitraries.of("+", "-"), field(0, 17, 0, 19), field(0, 59, 0, 60))
                        .as((sign, h, m) -> sign + h + ":" + m)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("z", "", "+00:00", "-00:00", "+0200", "+02", "+18:00", "-18:00",
                        "+17:59", "+19:00", "+02:60", "UTC", "Z ")));
        Arbitrary<String> separator = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just("T")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("t", " ", "_")));
        return Combinators.combine(year, month, day, separator, hour, minute, second, fraction)
                .as((y, mo, d, t, h, mi, sec, f) -> y + "-" + mo + "-" + d + t + h + ":" + mi + ":" + sec + f)
                .flatMap(base -> zone.map(z -> base + z))
                .edgeCases(edges -> edges.add("2024-02-29T12:00:00Z"));
    }

    /** Two digits: mostly in range, sometimes just out of it, sometimes not two digits. */
    private static Arbitrary<String> field(int from, int to, int outFrom, int outTo) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(from, to).map(v -> String.format("%02d", v))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(outFrom, outTo).map(v -> String.format("%02d", v))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("1", "001", "ab", "29", "30", "31")));
    }
}

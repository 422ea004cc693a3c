package io.ocpp4j.core.validation;

import com.networknt.schema.format.DateTimeFormat;
import io.ocpp4j.core.Rfc3339;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code date-time} format check of {@link CompiledSchemaValidators}, answering exactly as the
 * networknt reference does, fast.
 *
 * <p>Nearly every date-time on the wire has the canonical shape
 * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)}; a hand-written scan ({@link Rfc3339}) accepts those
 * (calendar checked: month lengths, leap years) without allocating. Anything else — another shape, a leap second,
 * {@code -00:00}, year 0, or anything the scan is not sure of — is decided by networknt's own
 * {@link DateTimeFormat}, so that the verdict is always the reference's.
 */
final class RfcDateTime {

    private static final DateTimeFormat REFERENCE = new DateTimeFormat();

    private RfcDateTime() {
    }

    /**
     * Whether a text is a valid RFC 3339 date-time, as networknt decides.
     *
     * @param text the text
     * @return {@code true} if valid
     */
    static boolean isValid(String text) {
        return isCanonical(text) || REFERENCE.matches(null, text);
    }

    /**
     * Whether a text is a date-time without offset, which a lenient receiver reads as UTC: the test
     * of the networknt-based validator, kept identical.
     *
     * @param text the text
     * @return {@code true} if {@link LocalDateTime#parse} accepts it
     */
    static boolean isLocal(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The fast path: {@code true} only for canonical date-times that are certainly valid; {@code false}
     * means "not sure", never "invalid".
     */
    static boolean isCanonical(String s) {
        return Rfc3339.isCanonical(s);
    }
}

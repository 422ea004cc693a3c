package io.ocpp4j.core.validation;

/**
 * What a receiver forgives in incoming payloads, for peers whose firmware is not quite right.
 * Strict by default ({@link #STRICT}); set per action and per session through
 * {@link ValidationConfig}, never globally.
 *
 * @param allowUnknownProperties accept properties the schema does not define (they are ignored)
 * @param allowDateTimeWithoutOffset accept a date-time without time-zone offset, such as
 *                                   {@code 2024-01-01T12:00:00}, and read it as UTC
 */
public record Leniency(boolean allowUnknownProperties, boolean allowDateTimeWithoutOffset) {

    /** Forgives nothing: the schema as written. */
    public static final Leniency STRICT = new Leniency(false, false);

    /** Whether anything is forgiven. @return {@code true} unless this is strict */
    public boolean isLenient() {
        return allowUnknownProperties || allowDateTimeWithoutOffset;
    }
}

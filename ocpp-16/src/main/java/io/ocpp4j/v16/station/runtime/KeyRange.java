package io.ocpp4j.v16.station.runtime;

/**
 * The values an integer configuration key accepts, both ends included: for instance a station's
 * certified minimum and maximum {@code HeartbeatInterval} (ORS-6 and ORS-7 of its test report).
 *
 * @param min the smallest accepted value
 * @param max the largest accepted value
 */
public record KeyRange(long min, long max) {

    public KeyRange {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    /**
     * @param value a value
     * @return whether the range holds it
     */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    /**
     * @param value a value
     * @return the value, or the nearer end of the range when it lies outside
     */
    public long clamp(long value) {
        return Math.max(min, Math.min(max, value));
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry of the station's security log.
 *
 * @param seq its number in the log, increasing
 * @param type the event's wire name (a {@link SecurityEventType}'s, or a vendor's own)
 * @param timestamp when it happened, station time
 * @param techInfo more information (at most 255 characters), or {@code null}; never a secret
 * @param notified whether it was sent to the Central System (SecurityEventNotification)
 */
public record SecurityEvent(long seq, String type, OffsetDateTime timestamp, String techInfo, boolean notified) {

    /** Checks the components. */
    public SecurityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        if (type.isEmpty() || type.length() > 50) {
            throw new IllegalArgumentException("an event type has 1 to 50 characters: " + type);
        }
        if (techInfo != null && techInfo.length() > 255) {
            techInfo = techInfo.substring(0, 255);
        }
    }

    /** @return the entry as one line of the uploaded security log */
    String toLogLine() {
        return timestamp + " " + type + (notified ? " (notified)" : "") + (techInfo == null ? "" : " " + techInfo);
    }
}

package io.ocpp4j.v16.security.csms;

import io.ocpp4j.v16.security.SecurityEventType;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A security event a station reported with {@code SecurityEventNotification}.
 *
 * @param stationIdentity the station
 * @param type the event type as sent (free text; see {@link #knownType()})
 * @param timestamp when it happened, by the station's clock
 * @param techInfo the station's additional technical information, or {@code null} if it sent none;
 *                 text from the network, to be escaped before display
 */
public record SecurityEvent(String stationIdentity, String type, OffsetDateTime timestamp, String techInfo) {

    /** Checks that the identity, type and timestamp are present. */
    public SecurityEvent {
        Objects.requireNonNull(stationIdentity, "stationIdentity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * The event of a notification.
     *
     * @param request the validated notification
     * @param stationIdentity the station that sent it
     * @return the event
     */
    public static SecurityEvent of(SecurityEventNotificationRequest request, String stationIdentity) {
        return new SecurityEvent(stationIdentity, request.getType(), request.getTimestamp(), request.getTechInfo());
    }

    /** @return the whitepaper's event type, or empty for a type of the station's own */
    public Optional<SecurityEventType> knownType() {
        return SecurityEventType.fromValue(type);
    }

    /** @return whether the whitepaper marks this type critical */
    public boolean isCritical() {
        return knownType().map(SecurityEventType::isCritical).orElse(false);
    }

    /** @return the technical information, if the station sent any */
    public Optional<String> techInfoIfAny() {
        return Optional.ofNullable(techInfo);
    }
}

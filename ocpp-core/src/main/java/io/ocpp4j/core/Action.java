package io.ocpp4j.core;

import java.util.Objects;

/**
 * Describes one OCPP action: its name, the classes its request and response bind to, the schemas
 * that validate them, who may send it, and the feature profile or functional block it belongs to.
 * Version modules define one constant per action and publish them in an {@link ActionCatalog}.
 *
 * @param name the action name on the wire, e.g. {@code BootNotification}
 * @param requestType the class a request payload binds to
 * @param responseType the class a response payload binds to
 * @param requestSchema the classpath resource of the request's JSON schema
 * @param responseSchema the classpath resource of the response's JSON schema
 * @param direction who may send the request
 * @param feature the feature profile (1.6) or functional block (2.0.1), e.g. {@code Core}
 * @param <Q> the request type
 * @param <R> the response type
 */
public record Action<Q, R>(String name, Class<Q> requestType, Class<R> responseType,
                           String requestSchema, String responseSchema,
                           Direction direction, String feature) {

    /** Checks that every component is present. */
    public Action {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(requestSchema, "requestSchema");
        Objects.requireNonNull(responseSchema, "responseSchema");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(feature, "feature");
    }

    @Override
    public String toString() {
        return name;
    }
}

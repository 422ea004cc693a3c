package io.ocpp4j.transport;

/** The outcome of an {@link Authenticator}. */
public enum AuthDecision {
    /** Accept the station. */
    ACCEPT,
    /** The station is known but its credentials are wrong or missing: HTTP 401. */
    REJECT,
    /** The station identity is not known: HTTP 404 or 401, as {@link ServerConfig} says. */
    UNKNOWN_STATION
}

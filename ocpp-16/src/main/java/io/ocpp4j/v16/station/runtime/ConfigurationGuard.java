package io.ocpp4j.v16.station.runtime;

/**
 * Has the last word on a ChangeConfiguration that the key's definition accepts: rules that depend on
 * the current value or on state outside the configuration, such as the security extension's
 * "{@code SecurityProfile} may only go up, and only when its prerequisites are met". Called on the
 * runtime's state thread before the value is stored; it must return quickly and not block. Changes the
 * runtime makes on its own behalf ({@link StationRuntime#setConfiguration}) are not guarded.
 */
@FunctionalInterface
public interface ConfigurationGuard {

    /** A guard that allows every change the key's definition accepts. */
    ConfigurationGuard ALLOW_ALL = (key, current, proposed) -> true;

    /**
     * @param key the key being changed
     * @param current its current value
     * @param proposed the new value, canonical and valid for the key's definition
     * @return whether to accept it; {@code false} answers ChangeConfiguration {@code Rejected}
     */
    boolean allows(String key, String current, String proposed);
}

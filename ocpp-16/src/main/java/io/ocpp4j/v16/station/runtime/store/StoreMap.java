package io.ocpp4j.v16.station.runtime.store;

import java.util.Optional;
import java.util.SortedMap;

/**
 * One named map of a {@link Store}: text keys to text values, kept in ascending key order. Changes
 * are durable after the store's next {@link Store#commit()}.
 */
public interface StoreMap {

    /**
     * @param key the key
     * @return its value, if present
     */
    Optional<String> get(String key);

    /**
     * Sets a value.
     *
     * @param key the key
     * @param value the value
     */
    void put(String key, String value);

    /**
     * Removes a key, if present.
     *
     * @param key the key
     */
    void remove(String key);

    /** Removes every key. */
    void clear();

    /** @return the number of keys */
    int size();

    /** @return a copy of the entries, in ascending key order */
    SortedMap<String, String> snapshot();
}

package io.ocpp4j.v16.station.runtime.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link Store} in memory: nothing survives the JVM. For tests, and for stations that accept
 * losing their transaction queue on a restart.
 *
 * <p>It keeps commit semantics: {@link #discardUncommitted()} drops every change made since the last
 * commit, as a crash would, so that tests can restart a station on the same store and see what a
 * durable store would have kept.
 */
public final class InMemoryStore implements Store {

    private final Map<String, TreeMap<String, String>> working = new HashMap<>();
    private final Map<String, TreeMap<String, String>> committed = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryStore() {
    }

    @Override
    public synchronized StoreMap map(String name) {
        Objects.requireNonNull(name, "name");
        working.computeIfAbsent(name, ignored -> new TreeMap<>());
        return new Named(name);
    }

    @Override
    public synchronized void commit() {
        committed.clear();
        working.forEach((name, map) -> committed.put(name, new TreeMap<>(map)));
    }

    /** Forgets every change since the last {@link #commit()}, as a crash would. */
    public synchronized void discardUncommitted() {
        working.clear();
        committed.forEach((name, map) -> working.put(name, new TreeMap<>(map)));
    }

    /** Does nothing: the data stays available to a station started again on this store. */
    @Override
    public void close() {
    }

    private synchronized TreeMap<String, String> data(String name) {
        return working.computeIfAbsent(name, ignored -> new TreeMap<>());
    }

    /** A view of one named map; it survives {@link #discardUncommitted()}. */
    private final class Named implements StoreMap {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public Optional<String> get(String key) {
            Objects.requireNonNull(key, "key");
            synchronized (InMemoryStore.this) {
                return Optional.ofNullable(data(name).get(key));
            }
        }

        @Override
        public void put(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            synchronized (InMemoryStore.this) {
                data(name).put(key, value);
            }
        }

        @Override
        public void remove(String key) {
            Objects.requireNonNull(key, "key");
            synchronized (InMemoryStore.this) {
                data(name).remove(key);
            }
        }

        @Override
        public void clear() {
            synchronized (InMemoryStore.this) {
                data(name).clear();
            }
        }

        @Override
        public int size() {
            synchronized (InMemoryStore.this) {
                return data(name).size();
            }
        }

        @Override
        public SortedMap<String, String> snapshot() {
            synchronized (InMemoryStore.this) {
                return new TreeMap<>(data(name));
            }
        }
    }
}

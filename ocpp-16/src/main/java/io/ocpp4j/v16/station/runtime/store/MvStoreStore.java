package io.ocpp4j.v16.station.runtime.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The durable {@link Store}: one file managed by H2's MVStore, an embedded, append-only,
 * crash-safe key-value store (pure Java, no dependencies).
 *
 * <p>Auto-commit is off, so MVStore starts no background thread and writes nothing on its own:
 * {@link #commit()} writes the changes as one new version of the file and forces it to the disk
 * ({@code fsync}). After a crash MVStore reopens the file at the last complete version.
 *
 * <p>Space of old versions is reused once they are older than the retention time (default
 * {@link #DEFAULT_RETENTION}; MVStore's own default of 45 s assumes unsynchronised writes, and
 * without its background thread lets the file grow by a chunk per commit meanwhile). Because every
 * commit is forced to the disk before the next one starts, a short retention is safe.
 *
 * <p>The file is locked while open: a second process (or a second {@code open} in this one) fails.
 */
public final class MvStoreStore implements Store {

    /** How long old versions are kept before their space is reused: 5 seconds. */
    public static final Duration DEFAULT_RETENTION = Duration.ofSeconds(5);

    private final Path file;
    private final MVStore store;

    private MvStoreStore(Path file, MVStore store) {
        this.file = file;
        this.store = store;
    }

    /**
     * Opens the store in a file, creating it and its directory if needed.
     *
     * @param file the file, for example {@code /var/lib/station/ocpp.mv.db}
     * @return the open store
     * @throws StoreException if the file cannot be opened (locked by another process, unreadable)
     */
    public static MvStoreStore open(Path file) {
        return open(file, DEFAULT_RETENTION);
    }

    /**
     * Opens the store in a file, creating it and its directory if needed.
     *
     * @param file the file
     * @param retention how long old versions are kept before their space is reused
     * @return the open store
     * @throws StoreException if the file cannot be opened (locked by another process, unreadable)
     */
    public static MvStoreStore open(Path file, Duration retention) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(retention, "retention");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            MVStore store = new MVStore.Builder()
                    .fileName(file.toString())
                    .autoCommitDisabled()
                    .open();
            store.setRetentionTime((int) Math.min(Integer.MAX_VALUE, retention.toMillis()));
            return new MvStoreStore(file, store);
        } catch (IOException | MVStoreException e) {
            throw new StoreException("cannot open the store " + file, e);
        }
    }

    /** @return the file this store lives in */
    public Path file() {
        return file;
    }

    @Override
    public StoreMap map(String name) {
        Objects.requireNonNull(name, "name");
        MVMap<String, String> map;
        try {
            map = store.openMap(name);
        } catch (MVStoreException e) {
            throw new StoreException("cannot open map " + name + " in " + file, e);
        }
        return new MvMap(map);
    }

    @Override
    public void commit() {
        try {
            store.commit();
            store.sync();
        } catch (MVStoreException e) {
            throw new StoreException("cannot commit to " + file, e);
        }
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }

    @Override
    public String toString() {
        return "MvStoreStore[" + file + "]";
    }

    /** A map of the file. */
    private static final class MvMap implements StoreMap {
        private final MVMap<String, String> map;

        MvMap(MVMap<String, String> map) {
            this.map = map;
        }

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(map.get(Objects.requireNonNull(key, "key")));
        }

        @Override
        public void put(String key, String value) {
            map.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        }

        @Override
        public void remove(String key) {
            map.remove(Objects.requireNonNull(key, "key"));
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public SortedMap<String, String> snapshot() {
            return new TreeMap<>(map);
        }
    }
}

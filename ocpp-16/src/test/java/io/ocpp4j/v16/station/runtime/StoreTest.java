package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import io.ocpp4j.v16.station.runtime.store.MvStoreStore;
import io.ocpp4j.v16.station.runtime.store.Store;
import io.ocpp4j.v16.station.runtime.store.StoreException;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link Store} implementations: order, commit, reopening, locking. */
class StoreTest {

    @TempDir
    Path dir;

    private static void contract(Store store) {
        StoreMap map = store.map("things");
        map.put("0000000000000000010", "ten");
        map.put("0000000000000000002", "two");
        map.put("0000000000000000100", "hundred");
        map.remove("0000000000000000100");
        assertThat(map.get("0000000000000000002")).contains("two");
        assertThat(map.get("missing")).isEmpty();
        assertThat(map.size()).isEqualTo(2);
        assertThat(map.snapshot().values()).containsExactly("two", "ten");
        store.commit();
    }

    @Test
    void mvStoreKeepsWhatWasCommittedAcrossReopening() {
        Path file = dir.resolve("sub/dir/station.mv.db");
        try (MvStoreStore store = MvStoreStore.open(file)) {
            contract(store);
            store.map("other").put("k", "v");
            store.commit();
        }
        try (MvStoreStore store = MvStoreStore.open(file)) {
            assertThat(store.map("things").snapshot()).containsOnlyKeys("0000000000000000002", "0000000000000000010");
            assertThat(store.map("other").get("k")).contains("v");
            store.map("other").clear();
            store.commit();
            assertThat(store.map("other").size()).isZero();
            assertThat(store.file()).isEqualTo(file);
        }
    }

    @Test
    void aStoreFileIsUsedByOneStoreAtATime() {
        Path file = dir.resolve("locked.mv.db");
        MvStoreStore store = MvStoreStore.open(file);
        try {
            assertThatThrownBy(() -> MvStoreStore.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("locked.mv.db");
        } finally {
            store.close();
        }
    }

    @Test
    void theFileDoesNotGrowWithEveryCommit() throws Exception {
        Path file = dir.resolve("bounded.mv.db");
        try (MvStoreStore store = MvStoreStore.open(file, Duration.ZERO)) {
            StoreMap queue = store.map("queue");
            for (int i = 0; i < 300; i++) {
                queue.put(String.format("%019d", i), "x".repeat(300));
                queue.remove(String.format("%019d", i - 5));
                store.commit();
            }
            assertThat(Files.size(file)).isLessThan(256 * 1024);
        }
    }

    @Test
    void inMemoryStoreForgetsUncommittedChangesOnACrash() {
        InMemoryStore store = new InMemoryStore();
        contract(store);
        StoreMap map = store.map("things");
        map.put("0000000000000000003", "three");
        map.remove("0000000000000000002");
        store.discardUncommitted();
        assertThat(map.snapshot().values()).containsExactly("two", "ten");
        assertThat(store.map("new").size()).isZero();
    }
}

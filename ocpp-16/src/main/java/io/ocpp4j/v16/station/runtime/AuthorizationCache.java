package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Authorization Cache: the last status the CSMS gave each id tag (in Authorize, StartTransaction
 * and StopTransaction responses), at most {@code capacity} tags, the least recently updated evicted
 * first. Kept in memory, mirrored in the store (the caller commits). State thread only.
 */
final class AuthorizationCache {

    private final StoreMap store;
    private final int capacity;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private long order;

    AuthorizationCache(StoreMap store, int capacity) {
        this.store = store;
        this.capacity = capacity;
        List<Map.Entry<String, Entry>> loaded = new ArrayList<>();
        store.snapshot().forEach((key, json) -> loaded.add(Map.entry(key, StoreCodec.read(json, Entry.class))));
        loaded.sort(Comparator.comparingLong(e -> e.getValue().order()));
        for (Map.Entry<String, Entry> entry : loaded) {
            entries.put(entry.getKey(), entry.getValue());
            order = Math.max(order, entry.getValue().order());
        }
    }

    Optional<IdTagInfo> find(String idTag) {
        Entry entry = entries.get(IdTags.key(idTag));
        return entry == null ? Optional.empty() : Optional.of(entry.info());
    }

    /** Records what the CSMS said about a tag. */
    void put(String idTag, IdTagInfo info) {
        String key = IdTags.key(idTag);
        entries.remove(key);
        Entry entry = new Entry(idTag, IdTags.copy(info), ++order);
        entries.put(key, entry);
        store.put(key, StoreCodec.write(entry));
        Iterator<String> eldest = entries.keySet().iterator();
        while (entries.size() > capacity && eldest.hasNext()) {
            String evicted = eldest.next();
            eldest.remove();
            store.remove(evicted);
        }
    }

    void clear() {
        entries.clear();
        store.clear();
    }

    /**
     * One stored entry.
     *
     * @param idTag the tag as presented
     * @param info the CSMS's last word on it
     * @param order when it was updated, relative to the others
     */
    record Entry(String idTag, IdTagInfo info, long order) {
    }
}

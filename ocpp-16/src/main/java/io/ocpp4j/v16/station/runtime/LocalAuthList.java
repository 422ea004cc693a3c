package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.AuthorizationData;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.model.UpdateType;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Local Authorization List the CSMS manages with SendLocalList: id tags with their status, and
 * the list's version. Kept in memory, mirrored in the store (the caller commits). State thread only.
 */
final class LocalAuthList {

    private static final String VERSION_KEY = "version";

    private final StoreMap entriesStore;
    private final StoreMap metaStore;
    private final Map<String, Entry> entries = new HashMap<>();
    private int version;

    LocalAuthList(StoreMap entriesStore, StoreMap metaStore) {
        this.entriesStore = entriesStore;
        this.metaStore = metaStore;
        entriesStore.snapshot().forEach((key, json) -> entries.put(key, StoreCodec.read(json, Entry.class)));
        this.version = metaStore.get(VERSION_KEY).map(Integer::parseInt).orElse(0);
    }

    /** @return the version; 0 when the list is empty, as GetLocalListVersion reports it */
    int version() {
        return entries.isEmpty() ? 0 : version;
    }

    Optional<IdTagInfo> find(String idTag) {
        Entry entry = entries.get(IdTags.key(idTag));
        return entry == null ? Optional.empty() : Optional.of(entry.info());
    }

    boolean contains(String idTag) {
        return entries.containsKey(IdTags.key(idTag));
    }

    /**
     * Applies SendLocalList.
     *
     * @param type full or differential
     * @param listVersion the new version
     * @param update the entries
     * @param maxLength {@code LocalAuthListMaxLength}
     * @return {@code Accepted}, {@code VersionMismatch} (a differential update not newer than the
     *         list) or {@code Failed} (the list would be too long, or a full update lacks a status)
     */
    UpdateStatus apply(UpdateType type, int listVersion, List<AuthorizationData> update, int maxLength) {
        Map<String, Entry> next = new HashMap<>();
        if (type == UpdateType.DIFFERENTIAL) {
            if (listVersion <= version) {
                return UpdateStatus.VERSION_MISMATCH;
            }
            next.putAll(entries);
        }
        for (AuthorizationData data : update) {
            String key = IdTags.key(data.getIdTag());
            if (data.getIdTagInfo() == null) {
                if (type == UpdateType.FULL) {
                    return UpdateStatus.FAILED;
                }
                next.remove(key);
            } else {
                next.put(key, new Entry(data.getIdTag(), IdTags.copy(data.getIdTagInfo())));
            }
        }
        if (next.size() > maxLength) {
            return UpdateStatus.FAILED;
        }
        for (String key : entries.keySet()) {
            if (!next.containsKey(key)) {
                entriesStore.remove(key);
            }
        }
        next.forEach((key, entry) -> {
            if (!entry.equals(entries.get(key))) {
                entriesStore.put(key, StoreCodec.write(entry));
            }
        });
        entries.clear();
        entries.putAll(next);
        version = listVersion;
        metaStore.put(VERSION_KEY, Integer.toString(listVersion));
        return UpdateStatus.ACCEPTED;
    }

    /**
     * One stored entry.
     *
     * @param idTag the tag as the CSMS sent it
     * @param info its status
     */
    record Entry(String idTag, IdTagInfo info) {
    }
}

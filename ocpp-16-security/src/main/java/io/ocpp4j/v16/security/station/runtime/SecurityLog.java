package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The station's security log: every security event, critical or not, in a rolling store map of
 * bounded size (the oldest entries go first). Changed on the runtime's state thread; read from any
 * thread through {@link #entries()}.
 */
final class SecurityLog {

    private final StoreMap stored;
    private final int capacity;
    private final ArrayDeque<SecurityEvent> entries = new ArrayDeque<>();
    private long nextSeq;
    private volatile List<SecurityEvent> snapshot = List.of();

    SecurityLog(StoreMap stored, int capacity) {
        this.stored = stored;
        this.capacity = capacity;
        stored.snapshot().values().forEach(json -> entries.add(StoredJson.read(json, SecurityEvent.class)));
        nextSeq = entries.isEmpty() ? 0 : entries.getLast().seq() + 1;
        trim();
        snapshot = List.copyOf(entries);
    }

    /** Appends an entry (durable at the caller's commit). */
    SecurityEvent append(String type, java.time.OffsetDateTime timestamp, String techInfo, boolean notified) {
        SecurityEvent event = new SecurityEvent(nextSeq++, type, timestamp, techInfo, notified);
        entries.add(event);
        stored.put(StoredJson.key(event.seq()), StoredJson.write(event));
        trim();
        snapshot = List.copyOf(entries);
        return event;
    }

    /** Removes every entry (durable at the caller's commit). */
    void clear() {
        entries.clear();
        stored.clear();
        snapshot = List.of();
    }

    /** @return the entries, oldest first */
    List<SecurityEvent> entries() {
        return snapshot;
    }

    /** @return the entries of a period as the lines of an uploaded log */
    String render(Instant oldest, Instant latest) {
        List<String> lines = new ArrayList<>();
        for (SecurityEvent event : snapshot) {
            Instant at = event.timestamp().toInstant();
            if ((oldest == null || !at.isBefore(oldest)) && (latest == null || !at.isAfter(latest))) {
                lines.add(event.toLogLine());
            }
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private void trim() {
        while (entries.size() > capacity) {
            SecurityEvent oldest = entries.removeFirst();
            stored.remove(StoredJson.key(oldest.seq()));
        }
    }
}

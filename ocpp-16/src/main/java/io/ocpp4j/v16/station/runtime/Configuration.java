package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration keys and their values. Definitions are fixed at build; values start from the
 * definitions' defaults, then the firmware's settings, then (for read-write keys) what the CSMS set
 * before, from the store. Values are read from any thread; they change only on the state thread,
 * which also commits the store.
 */
final class Configuration {

    private static final Logger log = LoggerFactory.getLogger(Configuration.class);

    private final Map<String, ConfigurationKey> definitions;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final StoreMap stored;

    /**
     * @param keys the definitions, in report order
     * @param settings the firmware's values, overriding the defaults
     * @param stored the CSMS's earlier changes (read-write keys only)
     */
    Configuration(Collection<ConfigurationKey> keys, Map<String, String> settings, StoreMap stored) {
        this.stored = stored;
        Map<String, ConfigurationKey> byName = new LinkedHashMap<>();
        for (ConfigurationKey key : keys) {
            byName.put(key.name(), key);
        }
        this.definitions = byName;
        for (ConfigurationKey key : keys) {
            values.put(key.name(), key.defaultValue());
        }
        settings.forEach((name, value) -> {
            if (!definitions.containsKey(name)) {
                throw new IllegalArgumentException("unknown configuration key " + name);
            }
            values.put(name, value);
        });
        for (boolean lists : new boolean[] {false, true}) { // lists last: their lengths are other keys
            for (ConfigurationKey key : keys) {
                if ((key.type() == ConfigurationKey.Type.CSL) == lists) {
                    String value = values.get(key.name());
                    values.put(key.name(), key.normalize(value, this::intValue).orElseThrow(() ->
                            new IllegalArgumentException("invalid value for " + key.name() + ": " + value)));
                }
            }
        }
        stored.snapshot().forEach((name, value) -> {
            ConfigurationKey key = definitions.get(name);
            Optional<String> valid = key == null || key.readOnly() ? Optional.empty() : key.normalize(value, this::intValue);
            if (valid.isPresent()) {
                values.put(name, valid.get());
            } else {
                log.warn("stored configuration {}={} is no longer valid; ignored", name, value);
            }
        });
    }

    /** @return whether the key is defined */
    boolean isKnown(String name) {
        return definitions.containsKey(name);
    }

    /** @return the value of a defined key */
    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unknown configuration key " + name);
        }
        return value;
    }

    Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** @return the values a defined integer key accepts */
    KeyRange range(String name) {
        ConfigurationKey key = definitions.get(name);
        if (key == null) {
            throw new IllegalArgumentException("unknown configuration key " + name);
        }
        return key.range();
    }

    int intValue(String name) {
        return Integer.parseInt(get(name));
    }

    boolean isTrue(String name) {
        return Boolean.parseBoolean(get(name));
    }

    /** @return the members of a list key, empty for an empty value */
    List<String> list(String name) {
        String value = get(name);
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    /**
     * Changes a key as ChangeConfiguration asks: the key's definition, then the guard, decide. The
     * caller commits the store.
     *
     * @return what to answer, and in {@code changed} the canonical value, if it was stored
     */
    Change change(String name, String value, ConfigurationGuard guard) {
        ConfigurationKey key = definitions.get(name);
        if (key == null) {
            return new Change(ConfigurationStatus.NOT_SUPPORTED, null);
        }
        if (key.readOnly()) {
            return new Change(ConfigurationStatus.REJECTED, null);
        }
        Optional<String> canonical = key.normalize(value, this::intValue);
        if (canonical.isEmpty() || !guard.allows(name, values.get(name), canonical.get())) {
            return new Change(ConfigurationStatus.REJECTED, null);
        }
        stored.put(name, canonical.get());
        if (key.rebootRequired()) {
            return new Change(ConfigurationStatus.REBOOT_REQUIRED, canonical.get());
        }
        values.put(name, canonical.get());
        return new Change(ConfigurationStatus.ACCEPTED, canonical.get());
    }

    /**
     * Sets a key on the runtime's own behalf (e.g. HeartbeatInterval from a BootNotification
     * response), skipping the read-only check. The caller commits the store.
     *
     * @return whether the value was valid and is now set
     */
    boolean setInternally(String name, String value) {
        ConfigurationKey key = definitions.get(name);
        Optional<String> canonical = key == null ? Optional.empty() : key.normalize(value, this::intValue);
        if (canonical.isEmpty()) {
            return false;
        }
        values.put(name, canonical.get());
        if (!key.readOnly()) {
            stored.put(name, canonical.get());
        }
        return true;
    }

    /**
     * The answer to GetConfiguration.
     *
     * @param names the keys asked for; empty for all
     * @param known receives the known keys with their values
     * @param unknown receives the names of the keys not defined
     */
    void report(List<String> names, List<KeyValue> known, List<String> unknown) {
        Collection<String> wanted = names.isEmpty() ? definitions.keySet() : names;
        for (String name : wanted) {
            ConfigurationKey key = definitions.get(name);
            if (key == null) {
                unknown.add(name);
            } else {
                known.add(new KeyValue().withKey(name).withReadonly(key.readOnly())
                        .withValue(key.writeOnly() ? null : values.get(name)));
            }
        }
    }

    /**
     * The outcome of a change.
     *
     * @param status the answer to ChangeConfiguration
     * @param value the canonical value stored, or {@code null} if nothing changed
     */
    record Change(ConfigurationStatus status, String value) {
    }
}

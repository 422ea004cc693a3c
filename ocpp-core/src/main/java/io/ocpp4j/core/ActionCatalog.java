package io.ocpp4j.core;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The actions of one OCPP version (or of a version plus extensions), by name. Immutable.
 * A version module publishes its catalog; an extension module (e.g. the 1.6 security extension)
 * builds a larger catalog with {@link #plus}.
 */
public final class ActionCatalog {

    private final Map<String, Action<?, ?>> byName;

    private ActionCatalog(Map<String, Action<?, ?>> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Creates a catalog.
     *
     * @param actions the actions; names must be unique
     * @return the catalog
     * @throws IllegalArgumentException if two actions share a name
     */
    public static ActionCatalog of(Collection<? extends Action<?, ?>> actions) {
        Map<String, Action<?, ?>> map = new LinkedHashMap<>();
        for (Action<?, ?> action : actions) {
            if (map.putIfAbsent(action.name(), action) != null) {
                throw new IllegalArgumentException("duplicate action " + action.name());
            }
        }
        return new ActionCatalog(map);
    }

    /**
     * This catalog with more actions.
     *
     * @param more the added actions; their names must not be in this catalog
     * @return a new catalog
     */
    public ActionCatalog plus(Collection<? extends Action<?, ?>> more) {
        Map<String, Action<?, ?>> map = new LinkedHashMap<>(byName);
        for (Action<?, ?> action : more) {
            if (map.putIfAbsent(action.name(), action) != null) {
                throw new IllegalArgumentException("duplicate action " + action.name());
            }
        }
        return new ActionCatalog(map);
    }

    /**
     * Looks an action up by its wire name.
     *
     * @param name the action name, case-sensitive as OCPP-J requires
     * @return the action, or empty if this catalog does not know it
     */
    public Optional<Action<?, ?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * All actions, in the order they were given.
     *
     * @return an unmodifiable view
     */
    public Collection<Action<?, ?>> actions() {
        return byName.values();
    }
}

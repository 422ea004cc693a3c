package io.ocpp4j.cli.sim201;

import io.ocpp4j.v201.model.AttributeEnum;
import io.ocpp4j.v201.model.Component;
import io.ocpp4j.v201.model.GetVariableData;
import io.ocpp4j.v201.model.GetVariableResult;
import io.ocpp4j.v201.model.GetVariableStatusEnum;
import io.ocpp4j.v201.model.SetVariableData;
import io.ocpp4j.v201.model.SetVariableResult;
import io.ocpp4j.v201.model.SetVariableStatusEnum;
import io.ocpp4j.v201.model.StatusInfo;
import io.ocpp4j.v201.model.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulated station's device model: a small set of variables, each the {@code Actual} attribute
 * of a station-level component (no EVSE-level components), answering GetVariables and SetVariables.
 *
 * <p>Rules, item by item: a component the model does not have is {@code UnknownComponent}; a known
 * component without the variable (or with another variable instance) is {@code UnknownVariable}; an
 * attribute other than {@code Actual} is {@code NotSupportedAttributeType}; setting a read-only variable,
 * or a value of the wrong type or out of range, is {@code Rejected} with a reason code. An accepted
 * value is stored and the change listeners hear it (the simulator reschedules its heartbeat, for
 * instance). Thread-safe: every method holds the model's lock briefly; listeners run outside it.
 */
public final class DeviceModel {

    /** What a variable holds, and so how a new value is checked. */
    public enum Kind {
        /** A whole number within [min, max]. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A comma-separated list whose members come from a fixed set (a MemberList). */
        MEMBER_LIST,
        /** Any text. */
        STRING
    }

    /** Hears accepted changes. */
    @FunctionalInterface
    public interface ChangeListener {
        /**
         * A variable changed.
         *
         * @param component the component's name
         * @param variable the variable's name
         * @param value the new value
         */
        void changed(String component, String variable, String value);
    }

    private record Key(String component, String variable, String instance) {
    }

    private static final class Entry {
        final Kind kind;
        final boolean readOnly;
        final long min;
        final long max;
        final Set<String> members;
        String value;

        Entry(Kind kind, boolean readOnly, long min, long max, Set<String> members, String value) {
            this.kind = kind;
            this.readOnly = readOnly;
            this.min = min;
            this.max = max;
            this.members = members;
            this.value = value;
        }
    }

    private final Object lock = new Object();
    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Adds an integer variable.
     *
     * @param component the component
     * @param variable the variable
     * @param instance the variable instance, or {@code null}
     * @param value its value
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @param readOnly whether SetVariables is refused
     * @return this model
     */
    public DeviceModel integer(String component, String variable, String instance, long value, long min, long max,
                               boolean readOnly) {
        return define(component, variable, instance, new Entry(Kind.INTEGER, readOnly, min, max, Set.of(),
                Long.toString(value)));
    }

    /**
     * Adds a boolean variable.
     *
     * @param component the component
     * @param variable the variable
     * @param value its value
     * @param readOnly whether SetVariables is refused
     * @return this model
     */
    public DeviceModel bool(String component, String variable, boolean value, boolean readOnly) {
        return define(component, variable, null, new Entry(Kind.BOOLEAN, readOnly, 0, 0, Set.of(),
                Boolean.toString(value)));
    }

    /**
     * Adds a member-list variable (e.g. the measurands to sample).
     *
     * @param component the component
     * @param variable the variable
     * @param value its members
     * @param allowed the members it may hold
     * @param readOnly whether SetVariables is refused
     * @return this model
     */
    public DeviceModel memberList(String component, String variable, List<String> value, Set<String> allowed,
                                  boolean readOnly) {
        return define(component, variable, null, new Entry(Kind.MEMBER_LIST, readOnly, 0, 0,
                new LinkedHashSet<>(allowed), String.join(",", value)));
    }

    /**
     * Adds a text variable.
     *
     * @param component the component
     * @param variable the variable
     * @param value its value
     * @param readOnly whether SetVariables is refused
     * @return this model
     */
    public DeviceModel string(String component, String variable, String value, boolean readOnly) {
        return define(component, variable, null, new Entry(Kind.STRING, readOnly, 0, 0, Set.of(), value));
    }

    private DeviceModel define(String component, String variable, String instance, Entry entry) {
        synchronized (lock) {
            entries.put(new Key(component, variable, instance), entry);
        }
        return this;
    }

    /**
     * Adds a listener for accepted changes (SetVariables and {@link #put}).
     *
     * @param listener the listener
     */
    public void onChange(ChangeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * @param component the component
     * @param variable the variable (no instance)
     * @return its value
     * @throws IllegalArgumentException if the model has no such variable
     */
    public String value(String component, String variable) {
        return value(component, variable, null);
    }

    /**
     * @param component the component
     * @param variable the variable
     * @param instance the variable instance, or {@code null}
     * @return its value
     * @throws IllegalArgumentException if the model has no such variable
     */
    public String value(String component, String variable, String instance) {
        synchronized (lock) {
            Entry entry = entries.get(new Key(component, variable, instance));
            if (entry == null) {
                throw new IllegalArgumentException("no variable " + component + "." + variable
                        + (instance == null ? "" : "[" + instance + "]"));
            }
            return entry.value;
        }
    }

    /** @return the value of an integer variable (no instance) */
    public int intValue(String component, String variable) {
        return Integer.parseInt(value(component, variable));
    }

    /** @return the value of an integer variable with an instance */
    public int intValue(String component, String variable, String instance) {
        return Integer.parseInt(value(component, variable, instance));
    }

    /** @return the value of a boolean variable */
    public boolean booleanValue(String component, String variable) {
        return Boolean.parseBoolean(value(component, variable));
    }

    /** @return the members of a member-list variable */
    public List<String> members(String component, String variable) {
        String value = value(component, variable);
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    /**
     * Sets a value as the station itself or an installer would: read-only variables too, the value
     * still checked.
     *
     * @param component the component
     * @param variable the variable (no instance)
     * @param value the new value
     * @throws IllegalArgumentException if there is no such variable or the value is not acceptable
     */
    public void put(String component, String variable, String value) {
        String problem;
        synchronized (lock) {
            Entry entry = entries.get(new Key(component, variable, null));
            if (entry == null) {
                throw new IllegalArgumentException("no variable " + component + "." + variable);
            }
            problem = check(entry, value);
            if (problem == null) {
                entry.value = normalise(entry, value);
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException(component + "." + variable + ": " + problem);
        }
        fire(component, variable, value(component, variable));
    }

    /**
     * Answers one GetVariables item.
     *
     * @param data the item
     * @return its result
     */
    public GetVariableResult get(GetVariableData data) {
        Component component = data.getComponent();
        Variable variable = data.getVariable();
        AttributeEnum attribute = data.getAttributeType() == null ? AttributeEnum.ACTUAL : data.getAttributeType();
        GetVariableResult result = new GetVariableResult().withComponent(component).withVariable(variable);
        if (data.getAttributeType() != null) {
            result.setAttributeType(data.getAttributeType());
        }
        synchronized (lock) {
            Lookup lookup = lookup(component, variable);
            if (lookup.status != null) {
                return result.withAttributeStatus(lookup.status == SetVariableStatusEnum.UNKNOWN_COMPONENT
                        ? GetVariableStatusEnum.UNKNOWN_COMPONENT : GetVariableStatusEnum.UNKNOWN_VARIABLE);
            }
            if (attribute != AttributeEnum.ACTUAL) {
                return result.withAttributeStatus(GetVariableStatusEnum.NOT_SUPPORTED_ATTRIBUTE_TYPE);
            }
            return result.withAttributeStatus(GetVariableStatusEnum.ACCEPTED).withAttributeValue(lookup.entry.value);
        }
    }

    /**
     * Applies one SetVariables item.
     *
     * @param data the item
     * @return its result
     */
    public SetVariableResult set(SetVariableData data) {
        Component component = data.getComponent();
        Variable variable = data.getVariable();
        AttributeEnum attribute = data.getAttributeType() == null ? AttributeEnum.ACTUAL : data.getAttributeType();
        SetVariableResult result = new SetVariableResult().withComponent(component).withVariable(variable);
        if (data.getAttributeType() != null) {
            result.setAttributeType(data.getAttributeType());
        }
        String value;
        synchronized (lock) {
            Lookup lookup = lookup(component, variable);
            if (lookup.status != null) {
                return result.withAttributeStatus(lookup.status);
            }
            if (attribute != AttributeEnum.ACTUAL) {
                return result.withAttributeStatus(SetVariableStatusEnum.NOT_SUPPORTED_ATTRIBUTE_TYPE);
            }
            if (lookup.entry.readOnly) {
                return result.withAttributeStatus(SetVariableStatusEnum.REJECTED)
                        .withAttributeStatusInfo(new StatusInfo().withReasonCode("ReadOnly"));
            }
            String problem = check(lookup.entry, data.getAttributeValue());
            if (problem != null) {
                return result.withAttributeStatus(SetVariableStatusEnum.REJECTED)
                        .withAttributeStatusInfo(new StatusInfo().withReasonCode(problem.startsWith("not")
                                ? "InvalidValue" : "ValueOutOfRange").withAdditionalInfo(problem));
            }
            lookup.entry.value = normalise(lookup.entry, data.getAttributeValue());
            value = lookup.entry.value;
        }
        if (variable.getInstance() == null) {
            fire(component.getName(), variable.getName(), value);
        }
        return result.withAttributeStatus(SetVariableStatusEnum.ACCEPTED);
    }

    /** @return the names {@code Component.Variable[instance]} of every variable, in definition order */
    public List<String> names() {
        synchronized (lock) {
            List<String> names = new ArrayList<>();
            entries.keySet().forEach(k -> names.add(k.component + "." + k.variable
                    + (k.instance == null ? "" : "[" + k.instance + "]")));
            return names;
        }
    }

    private record Lookup(Entry entry, SetVariableStatusEnum status) {
    }

    /** Must hold the lock. */
    private Lookup lookup(Component component, Variable variable) {
        boolean componentKnown = false;
        if (component.getEvse() == null && component.getInstance() == null) {
            for (Key key : entries.keySet()) {
                if (key.component.equals(component.getName())) {
                    componentKnown = true;
                    break;
                }
            }
        }
        if (!componentKnown) {
            return new Lookup(null, SetVariableStatusEnum.UNKNOWN_COMPONENT);
        }
        Entry entry = entries.get(new Key(component.getName(), variable.getName(), variable.getInstance()));
        return entry == null ? new Lookup(null, SetVariableStatusEnum.UNKNOWN_VARIABLE) : new Lookup(entry, null);
    }

    /** @return why the value is not acceptable ("not ..." for the wrong type), or {@code null} */
    private static String check(Entry entry, String value) {
        if (value == null) {
            return "not a value";
        }
        switch (entry.kind) {
            case INTEGER -> {
                long number;
                try {
                    number = Long.parseLong(value.strip());
                } catch (NumberFormatException e) {
                    return "not an integer: " + value;
                }
                if (number < entry.min || number > entry.max) {
                    return "out of range " + entry.min + ".." + entry.max + ": " + number;
                }
                return null;
            }
            case BOOLEAN -> {
                String text = value.strip();
                return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") ? null
                        : "not true or false: " + value;
            }
            case MEMBER_LIST -> {
                for (String member : value.split(",")) {
                    String m = member.strip();
                    if (!m.isEmpty() && !entry.members.contains(m)) {
                        return "not a supported member: " + m;
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String normalise(Entry entry, String value) {
        return switch (entry.kind) {
            case INTEGER -> Long.toString(Long.parseLong(value.strip()));
            case BOOLEAN -> Boolean.toString(Boolean.parseBoolean(value.strip()));
            case MEMBER_LIST -> String.join(",", java.util.Arrays.stream(value.split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
            case STRING -> value;
        };
    }

    private void fire(String component, String variable, String value) {
        for (ChangeListener listener : listeners) {
            listener.changed(component, variable, value);
        }
    }
}

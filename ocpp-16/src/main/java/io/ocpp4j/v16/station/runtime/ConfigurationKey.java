package io.ocpp4j.v16.station.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The definition of one configuration key: its name, type, whether the CSMS may change it, whether a
 * change needs a reboot, its default and the values it accepts. The standard 1.6 keys are defined
 * by the runtime ({@link ConfigurationKeys}); firmware adds vendor keys (or narrows a standard key's
 * range) with {@link StationRuntime.Builder#key(ConfigurationKey)}. Immutable.
 *
 * <pre>{@code
 * ConfigurationKey.builder("AcmeFanSpeed", ConfigurationKey.Type.INTEGER).range(0, 100).defaultValue("50").build();
 * }</pre>
 */
public final class ConfigurationKey {

    /** Longest value OCPP 1.6 carries in GetConfiguration and ChangeConfiguration. */
    public static final int MAX_VALUE_LENGTH = 500;

    /** The type of a key's value, as OCPP 1.6 section 9 names them. */
    public enum Type {
        /** {@code true} or {@code false} (case-insensitive on input). */
        BOOLEAN,
        /** A 32-bit signed integer, possibly within a range. */
        INTEGER,
        /** A comma-separated list, possibly of allowed members and of a maximum length. */
        CSL,
        /** Free text. */
        STRING
    }

    private final String name;
    private final Type type;
    private final boolean readOnly;
    private final boolean writeOnly;
    private final boolean rebootRequired;
    private final String defaultValue;
    private final long min;
    private final long max;
    private final Set<String> members;
    private final Pattern pattern;
    private final String maxMembersKey;

    private ConfigurationKey(Builder builder) {
        this.name = builder.name;
        this.type = builder.type;
        this.readOnly = builder.readOnly;
        this.writeOnly = builder.writeOnly;
        this.rebootRequired = builder.rebootRequired;
        this.min = builder.min;
        this.max = builder.max;
        this.members = Set.copyOf(builder.members);
        this.pattern = builder.pattern;
        this.maxMembersKey = builder.maxMembersKey;
        this.defaultValue = builder.defaultValue;
    }

    /**
     * @param name the key, at most 50 characters
     * @param type its type
     * @return a builder of a read-write key without restrictions
     */
    public static Builder builder(String name, Type type) {
        return new Builder(name, type);
    }

    /** @return the key's name */
    public String name() {
        return name;
    }

    /** @return the type of its value */
    public Type type() {
        return type;
    }

    /** @return whether the CSMS may not change it */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * @return whether GetConfiguration never shows the value (e.g. the security extension's
     *         {@code AuthorizationKey}); the key itself is still reported, without a value
     */
    public boolean writeOnly() {
        return writeOnly;
    }

    /** @return whether a change takes effect only after a reboot */
    public boolean rebootRequired() {
        return rebootRequired;
    }

    /** @return the value it has until configured otherwise */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return the values an {@link Type#INTEGER} key accepts */
    public KeyRange range() {
        return new KeyRange(min, max);
    }

    /**
     * @param range the values to accept instead
     * @return this {@link Type#INTEGER} key accepting the given range, its default moved to the
     *         nearer end of the range when it lies outside
     */
    public ConfigurationKey withRange(KeyRange range) {
        Builder builder = toBuilder().range(range.min(), range.max());
        long value = Long.parseLong(defaultValue);
        if (!range.contains(value)) {
            builder.defaultValue(Long.toString(range.clamp(value)));
        }
        return builder.build();
    }

    /** @return a builder with this key's definition, to change some of it */
    public Builder toBuilder() {
        Builder builder = new Builder(name, type);
        builder.readOnly = readOnly;
        builder.writeOnly = writeOnly;
        builder.rebootRequired = rebootRequired;
        builder.defaultValue = defaultValue;
        builder.min = min;
        builder.max = max;
        builder.members.addAll(members);
        builder.pattern = pattern;
        builder.maxMembersKey = maxMembersKey;
        return builder;
    }

    /**
     * Checks a value and returns it in canonical form ({@code true}/{@code false}, an integer without
     * sign or leading zeros, a list without blanks around its members).
     *
     * @param value the value
     * @param intValues reads another key's integer value (for a list's maximum length)
     * @return the canonical value, or empty if the value is not acceptable
     */
    Optional<String> normalize(String value, ToIntFunction<String> intValues) {
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        switch (type) {
            case BOOLEAN -> {
                String lower = trimmed.toLowerCase(Locale.ROOT);
                return lower.equals("true") || lower.equals("false") ? Optional.of(lower) : Optional.empty();
            }
            case INTEGER -> {
                long parsed;
                try {
                    parsed = Long.parseLong(trimmed);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (parsed < min || parsed > max) {
                    return Optional.empty();
                }
                return Optional.of(Long.toString(parsed));
            }
            case CSL -> {
                List<String> items = new ArrayList<>();
                if (!trimmed.isEmpty()) {
                    for (String item : trimmed.split(",", -1)) {
                        String member = item.trim();
                        if (member.isEmpty() || !memberAllowed(member)) {
                            return Optional.empty();
                        }
                        items.add(member);
                    }
                }
                if (new LinkedHashSet<>(items).size() != items.size()) {
                    return Optional.empty();
                }
                if (maxMembersKey != null && items.size() > intValues.applyAsInt(maxMembersKey)) {
                    return Optional.empty();
                }
                return Optional.of(String.join(",", items));
            }
            default -> {
                return pattern == null || pattern.matcher(value).matches() ? Optional.of(value) : Optional.empty();
            }
        }
    }

    private boolean memberAllowed(String member) {
        if (!members.isEmpty()) {
            return members.contains(member);
        }
        return pattern == null || pattern.matcher(member).matches();
    }

    @Override
    public String toString() {
        return name + " (" + type + (readOnly ? ", read-only" : "") + (writeOnly ? ", write-only" : "") + ")";
    }

    /** Builds a {@link ConfigurationKey}. */
    public static final class Builder {
        private final String name;
        private final Type type;
        private boolean readOnly;
        private boolean writeOnly;
        private boolean rebootRequired;
        private String defaultValue;
        private long min = Integer.MIN_VALUE;
        private long max = Integer.MAX_VALUE;
        private final Set<String> members = new LinkedHashSet<>();
        private Pattern pattern;
        private String maxMembersKey;

        private Builder(String name, Type type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
            if (name.isEmpty() || name.length() > 50) {
                throw new IllegalArgumentException("a key has 1 to 50 characters: " + name);
            }
            this.defaultValue = switch (type) {
                case BOOLEAN -> "false";
                case INTEGER -> "0";
                default -> "";
            };
        }

        /**
         * @param value whether the CSMS may not change the key (default: it may)
         * @return this
         */
        public Builder readOnly(boolean value) {
            this.readOnly = value;
            return this;
        }

        /**
         * @param value whether GetConfiguration must never show the value, for secrets the CSMS may
         *              set but not read back (default: it shows it)
         * @return this
         */
        public Builder writeOnly(boolean value) {
            this.writeOnly = value;
            return this;
        }

        /**
         * @param value whether a change takes effect only after a reboot (default: at once)
         * @return this
         */
        public Builder rebootRequired(boolean value) {
            this.rebootRequired = value;
            return this;
        }

        /**
         * @param value the value until configured otherwise (default {@code false}, {@code 0} or empty)
         * @return this
         */
        public Builder defaultValue(String value) {
            this.defaultValue = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * For an {@link Type#INTEGER} key.
         *
         * @param minimum the smallest accepted value
         * @param maximum the largest accepted value
         * @return this
         */
        public Builder range(long minimum, long maximum) {
            if (type != Type.INTEGER || minimum > maximum) {
                throw new IllegalArgumentException(name + ": a range needs an integer key and min <= max");
            }
            this.min = Math.max(minimum, Integer.MIN_VALUE);
            this.max = Math.min(maximum, Integer.MAX_VALUE);
            return this;
        }

        /**
         * For a {@link Type#CSL} key: the members a list may hold.
         *
         * @param allowed the allowed members
         * @return this
         */
        public Builder members(Iterable<String> allowed) {
            members.clear();
            allowed.forEach(members::add);
            return this;
        }

        /**
         * For a {@link Type#CSL} key, each member; for a {@link Type#STRING} key, the whole value.
         *
         * @param regex what it must match
         * @return this
         */
        public Builder pattern(String regex) {
            this.pattern = Pattern.compile(regex);
            return this;
        }

        /**
         * For a {@link Type#CSL} key: the integer key holding the list's maximum length (e.g.
         * {@code MeterValuesSampledDataMaxLength}).
         *
         * @param key the key's name
         * @return this
         */
        public Builder maxMembersKey(String key) {
            this.maxMembersKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** @return the definition */
        public ConfigurationKey build() {
            if (readOnly && writeOnly) {
                throw new IllegalArgumentException(name + ": a key cannot be both read-only and write-only");
            }
            return new ConfigurationKey(this);
        }
    }
}

package io.ocpp4j.core.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one session validates payloads: whether outgoing payloads are checked too, and the
 * {@link Leniency} for incoming payloads, by default and per action. Immutable; build with
 * {@link #builder()}. A CSMS can give each station its own configuration (e.g. forgive one
 * firmware's date-times without offset), without any global state.
 */
public final class ValidationConfig {

    /** Strict validation in both directions. */
    public static final ValidationConfig STRICT = builder().build();

    private final boolean validateOutgoing;
    private final Leniency defaultLeniency;
    private final Map<String, Leniency> leniencyByAction;

    private ValidationConfig(Builder builder) {
        this.validateOutgoing = builder.validateOutgoing;
        this.defaultLeniency = builder.defaultLeniency;
        this.leniencyByAction = Map.copyOf(builder.leniencyByAction);
    }

    /**
     * A builder with strict defaults: outgoing payloads validated, nothing forgiven.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether outgoing requests and responses are checked against their schemas before sending.
     *
     * @return {@code true} to check them
     */
    public boolean validateOutgoing() {
        return validateOutgoing;
    }

    /**
     * The leniency for incoming payloads of one action.
     *
     * @param action the action name
     * @return the action's own leniency if set, else the default
     */
    public Leniency leniency(String action) {
        return leniencyByAction.getOrDefault(action, defaultLeniency);
    }

    /** Builds a {@link ValidationConfig}. */
    public static final class Builder {
        private boolean validateOutgoing = true;
        private Leniency defaultLeniency = Leniency.STRICT;
        private final Map<String, Leniency> leniencyByAction = new HashMap<>();

        private Builder() {
        }

        /**
         * Whether to check outgoing payloads (default {@code true}). Switching it off saves the cost
         * of validating what our own typed models produce.
         *
         * @param validate {@code true} to check
         * @return this
         */
        public Builder validateOutgoing(boolean validate) {
            this.validateOutgoing = validate;
            return this;
        }

        /**
         * The leniency for every action without its own (default {@link Leniency#STRICT}).
         *
         * @param leniency what to forgive
         * @return this
         */
        public Builder defaultLeniency(Leniency leniency) {
            this.defaultLeniency = Objects.requireNonNull(leniency, "leniency");
            return this;
        }

        /**
         * The leniency for one action's incoming payloads.
         *
         * @param action the action name, e.g. {@code MeterValues}
         * @param leniency what to forgive
         * @return this
         */
        public Builder leniency(String action, Leniency leniency) {
            leniencyByAction.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(leniency, "leniency"));
            return this;
        }

        /**
         * @return the configuration
         */
        public ValidationConfig build() {
            return new ValidationConfig(this);
        }
    }
}

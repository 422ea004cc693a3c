package io.ocpp4j.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The handlers of one session (or of every session of a server), by action. Immutable; build with
 * {@link #builder()}. An action without a handler is answered with {@code NotSupported}.
 */
public final class Handlers {

    /** No handlers: every incoming call is answered with {@code NotSupported}. */
    public static final Handlers NONE = builder().build();

    private final Map<String, Registered<?, ?>> byAction;

    private Handlers(Map<String, Registered<?, ?>> byAction) {
        this.byAction = Map.copyOf(byAction);
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The handler of an action, if any.
     *
     * @param action the action name
     * @return the action and its handler
     */
    Optional<Registered<?, ?>> find(String action) {
        return Optional.ofNullable(byAction.get(action));
    }

    /** @return the names of the actions that have a handler */
    java.util.Set<String> actions() {
        return byAction.keySet();
    }

    /** An action with its handler. */
    record Registered<Q, R>(Action<Q, R> action, CallHandler<Q, R> handler) {
    }

    /** Builds {@link Handlers}. */
    public static final class Builder {
        private final Map<String, Registered<?, ?>> byAction = new HashMap<>();

        private Builder() {
        }

        /**
         * Registers a handler that may answer later.
         *
         * @param action the action
         * @param handler answers its calls
         * @param <Q> the request type
         * @param <R> the response type
         * @return this
         * @throws IllegalStateException if the action already has a handler
         */
        public <Q, R> Builder onAsync(Action<Q, R> action, CallHandler<Q, R> handler) {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(handler, "handler");
            if (byAction.putIfAbsent(action.name(), new Registered<>(action, handler)) != null) {
                throw new IllegalStateException("a handler for " + action.name() + " is already registered");
            }
            return this;
        }

        /**
         * Registers a handler that answers at once.
         *
         * @param action the action
         * @param handler answers its calls
         * @param <Q> the request type
         * @param <R> the response type
         * @return this
         */
        public <Q, R> Builder on(Action<Q, R> action, BiFunction<Q, CallContext, R> handler) {
            Objects.requireNonNull(handler, "handler");
            return onAsync(action, (request, context) -> CompletableFuture.completedFuture(handler.apply(request, context)));
        }

        /**
         * Adds every handler of another registry.
         *
         * @param other the handlers to add; their actions must not be registered here yet
         * @return this
         */
        public Builder addAll(Handlers other) {
            for (Registered<?, ?> registered : other.byAction.values()) {
                if (byAction.putIfAbsent(registered.action().name(), registered) != null) {
                    throw new IllegalStateException("a handler for " + registered.action().name()
                            + " is already registered");
                }
            }
            return this;
        }

        /** @return the handlers */
        public Handlers build() {
            return new Handlers(byAction);
        }
    }
}

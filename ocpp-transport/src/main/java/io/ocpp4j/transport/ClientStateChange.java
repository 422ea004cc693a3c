package io.ocpp4j.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One transition of a {@link ReconnectingClient}.
 *
 * @param from the previous state
 * @param to the new state
 * @param attempt for {@link ClientState#WAITING_TO_RECONNECT}, the number of the coming attempt since
 *     the connection was lost (0 for the first), the {@code n} of {@link BackoffPolicy#delay}; for the
 *     other states, the number of failed attempts since the last successful connection
 * @param delay for {@link ClientState#WAITING_TO_RECONNECT}, how long until the next attempt; else zero
 * @param cause why the connection was lost or the attempt failed, if known
 */
public record ClientStateChange(ClientState from, ClientState to, int attempt, Duration delay,
                                Optional<Throwable> cause) {

    /** Checks the components. */
    public ClientStateChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(cause, "cause");
    }
}

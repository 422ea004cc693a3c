package io.ocpp4j.core.conformance;

/**
 * The verdicts two schemas give one message. A deliberate deviation of ours from the official schema
 * is documented as the verdicts each gives, e.g. {@code new Verdicts(false, true)}: the official
 * schema rejects the message, ours accepts it.
 *
 * @param official whether the official schema accepts the message
 * @param ours whether our schema accepts it
 */
public record Verdicts(boolean official, boolean ours) {

    /**
     * The same verdict from both.
     *
     * @param valid whether both accept the message
     * @return the verdicts
     */
    public static Verdicts both(boolean valid) {
        return new Verdicts(valid, valid);
    }
}

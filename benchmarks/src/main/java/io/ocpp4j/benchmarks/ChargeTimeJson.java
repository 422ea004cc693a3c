package io.ocpp4j.benchmarks;

import eu.chargetime.ocpp.JSONCommunicator;
import eu.chargetime.ocpp.model.Message;

/**
 * ChargeTime's own JSON path (OCPP-J 1.0.2), without a socket: {@link JSONCommunicator} parses and
 * packs frames in protected methods that its session calls; this subclass lets the benchmark call
 * exactly those methods. Nothing is sent: there is no radio.
 */
final class ChargeTimeJson extends JSONCommunicator {

    /** A communicator without a radio. */
    ChargeTimeJson() {
        super(null);
    }

    /**
     * Reads a frame as ChargeTime's session does when a message arrives.
     *
     * @param frame the text frame
     * @return a {@code CallMessage}, {@code CallResultMessage} or {@code CallErrorMessage}
     */
    Message read(String frame) {
        return parse(frame);
    }

    /**
     * Writes a CALLRESULT frame as ChargeTime's session does when it answers.
     *
     * @param messageId the id of the call answered
     * @param action the action
     * @param packed the payload, from {@link #packPayload}
     * @return the text frame
     */
    String callResult(String messageId, String action, Object packed) {
        return (String) makeCallResult(messageId, action, packed);
    }
}

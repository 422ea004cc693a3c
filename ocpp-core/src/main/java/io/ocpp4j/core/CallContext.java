package io.ocpp4j.core;

/**
 * What a handler knows about the call it handles.
 *
 * @param session the session the call arrived on; its connection names the station
 * @param messageId the message id of the call
 * @param action the action name
 */
public record CallContext(RpcSession session, String messageId, String action) {

    /** @return the identity of the station at the other end (CSMS side) or of this station */
    public String stationIdentity() {
        return session.connection().stationIdentity();
    }
}

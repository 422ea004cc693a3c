package io.ocpp4j.core;

/** Which side of an OCPP link may send an action's request. */
public enum Direction {
    /** Sent by the charging station, answered by the CSMS. */
    TO_CSMS,
    /** Sent by the CSMS, answered by the charging station. */
    TO_STATION,
    /** Either side may send it (e.g. DataTransfer). */
    BOTH;

    /**
     * Whether a side may send this action's request.
     *
     * @param role the sending side
     * @return {@code true} if that side may send it
     */
    public boolean allowsSender(Role role) {
        return this == BOTH || (this == TO_CSMS) == (role == Role.STATION);
    }
}

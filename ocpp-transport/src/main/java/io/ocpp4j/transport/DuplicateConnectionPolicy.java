package io.ocpp4j.transport;

/** What the CSMS does when a station connects while a connection with its identity is open. */
public enum DuplicateConnectionPolicy {
    /**
     * Accept the new connection and close the old one (code 1000): a station that lost its link
     * without noticing reconnects at once.
     */
    REPLACE,
    /** Refuse the new upgrade with HTTP 409 while the old connection is open. */
    REFUSE
}

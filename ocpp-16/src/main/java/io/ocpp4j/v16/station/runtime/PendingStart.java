package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.IdTagInfo;

/**
 * An id tag authorized (or being authorized, for a remote start) for a connector that waits for its
 * cable: the transaction starts when the cable is plugged, unless {@code ConnectionTimeOut} passes
 * first.
 */
final class PendingStart {

    final String idTag;
    final boolean remote;
    /** {@code null} until authorized (a remote start not yet authorized, or not to be authorized). */
    IdTagInfo info;
    /** Whether the id tag is still being authorized: the connector is held, but cannot start yet. */
    boolean authorizing;
    StateTimer timeout;

    PendingStart(String idTag, IdTagInfo info, boolean remote) {
        this.idTag = idTag;
        this.info = info;
        this.remote = remote;
    }

    String parentIdTag() {
        return info == null ? null : info.getParentIdTag();
    }

    void cancel() {
        timeout = StateTimer.cancel(timeout);
    }
}

package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends StatusNotification when a connector's status changes: at once, or once it has lasted
 * {@code MinimumStatusDuration} (faults are always reported at once). While the station is offline
 * or not registered (BootNotification Pending or not answered yet), changes are only remembered;
 * after BootNotification is accepted every connector, 0 included, is reported with its status as it
 * stands then, and after a reconnect those whose status changed meanwhile. A status TriggerMessage
 * asks for is sent whenever connected, registered or not: OCPP 1.6 §4.2 lets the CSMS trigger
 * messages while Pending. Not durable: OCPP only requires transaction messages to be. State thread
 * only.
 */
final class StatusReporter {

    private static final Logger log = LoggerFactory.getLogger(StatusReporter.class);

    private final Context ctx;
    private final Reported[] last;
    private final Reported[] current;
    private final StateTimer[] delayed;

    StatusReporter(Context ctx) {
        this.ctx = ctx;
        this.last = new Reported[ctx.connectors + 1];
        this.current = new Reported[ctx.connectors + 1];
        this.delayed = new StateTimer[ctx.connectors + 1];
    }

    /** The status of a connector as it stands. */
    void update(int connectorId, ChargePointStatus status, ChargePointErrorCode errorCode, String info) {
        Reported now = new Reported(status, errorCode, info);
        if (now.equals(current[connectorId])) {
            return;
        }
        current[connectorId] = now;
        if (now.equals(last[connectorId])) {
            delayed[connectorId] = StateTimer.cancel(delayed[connectorId]);
            return;
        }
        if (!ctx.online()) {
            return;
        }
        int minimum = ctx.config.intValue(ConfigurationKeys.MINIMUM_STATUS_DURATION);
        if (minimum > 0 && errorCode == ChargePointErrorCode.NO_ERROR) {
            delayed[connectorId] = StateTimer.cancel(delayed[connectorId]);
            delayed[connectorId] = ctx.schedule(Duration.ofSeconds(minimum), () -> {
                delayed[connectorId] = null;
                sendIfChanged(connectorId);
            });
        } else {
            send(connectorId);
        }
    }

    /** Reports every connector, as after an accepted BootNotification. */
    void reportAll() {
        if (!ctx.online()) {
            return;
        }
        for (int id = 0; id < current.length; id++) {
            delayed[id] = StateTimer.cancel(delayed[id]);
            if (current[id] != null) {
                send(id);
            }
        }
    }

    /** Reports the connectors whose status changed since last reported, as after a reconnect. */
    void reportChanged() {
        if (!ctx.online()) {
            return;
        }
        for (int id = 0; id < current.length; id++) {
            sendIfChanged(id);
        }
    }

    void close() {
        for (int id = 0; id < delayed.length; id++) {
            delayed[id] = StateTimer.cancel(delayed[id]);
        }
    }

    /** TriggerMessage asked for a connector's status: report it now, changed or not, registered or not. */
    void reportNow(int connectorId) {
        if (current[connectorId] != null && !ctx.isClosed() && ctx.central.isConnected()) {
            delayed[connectorId] = StateTimer.cancel(delayed[connectorId]);
            send(connectorId);
        }
    }

    private void sendIfChanged(int connectorId) {
        if (ctx.online() && current[connectorId] != null && !current[connectorId].equals(last[connectorId])) {
            delayed[connectorId] = StateTimer.cancel(delayed[connectorId]);
            send(connectorId);
        }
    }

    /** Sends a connector's status; the caller has checked that the station may. */
    private void send(int connectorId) {
        Reported reported = current[connectorId];
        last[connectorId] = reported;
        StatusNotificationRequest request = new StatusNotificationRequest()
                .withConnectorId(connectorId)
                .withStatus(reported.status())
                .withErrorCode(reported.errorCode())
                .withInfo(reported.info())
                .withTimestamp(ctx.clock.now());
        ctx.central.statusNotification(request).whenCompleteAsync((response, failure) -> {
            if (failure != null) {
                log.info("{}: StatusNotification {} of connector {} not delivered: {}", ctx.identity,
                        reported.status(), connectorId, failure.getMessage());
                if (Objects.equals(last[connectorId], reported)) {
                    last[connectorId] = null; // report again after the reconnect
                }
            }
        }, ctx.state);
    }

    /** A status as reported. */
    private record Reported(ChargePointStatus status, ChargePointErrorCode errorCode, String info) {
    }
}

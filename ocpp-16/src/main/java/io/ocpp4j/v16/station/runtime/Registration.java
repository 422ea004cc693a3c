package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.RegistrationStatus;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BootNotification and Heartbeat. On the first connection after start (and on every connection until
 * the CSMS accepts it) the station sends BootNotification. {@code Pending} or {@code Rejected}: it
 * sends nothing else (but, while Pending, what the CSMS asks for with TriggerMessage) and tries again
 * after the interval the CSMS gave (for {@code Rejected} it waits out the interval even across
 * reconnects). {@code Accepted}: the CSMS's time and heartbeat interval are taken (the interval
 * brought within {@code HeartbeatInterval}'s range), heartbeats start, and the rest of the runtime is
 * told it may talk. State thread only, except {@link #isAccepted()}.
 */
final class Registration {

    private static final Logger log = LoggerFactory.getLogger(Registration.class);

    /** Hears the station become able to talk to the CSMS. */
    interface Listener {
        /** BootNotification was accepted. */
        void accepted();

        /** The link came back after a disconnect, registration still accepted. */
        void resumed();
    }

    private final Context ctx;
    private final BootInfo bootInfo;
    private final Duration bootRetry;
    private final List<Listener> listeners;
    private volatile RegistrationStatus status;
    private boolean bootInFlight;
    private StateTimer retry;
    private StateTimer heartbeat;

    /** @param listeners told in this order that the station may talk */
    Registration(Context ctx, BootInfo bootInfo, Duration bootRetry, List<Listener> listeners) {
        this.ctx = ctx;
        this.bootInfo = bootInfo;
        this.bootRetry = bootRetry;
        this.listeners = List.copyOf(listeners);
    }

    boolean isAccepted() {
        return status == RegistrationStatus.ACCEPTED;
    }

    /** @return the CSMS's last answer to BootNotification, or {@code null} before the first */
    RegistrationStatus status() {
        return status;
    }

    void connected() {
        if (!ctx.central.isConnected()) {
            return;
        }
        if (isAccepted()) {
            startHeartbeat();
            listeners.forEach(Listener::resumed);
        } else if (retry == null) {
            sendBoot();
        }
    }

    void disconnected() {
        if (!ctx.central.isConnected()) {
            heartbeat = StateTimer.cancel(heartbeat);
        }
    }

    /** HeartbeatInterval changed: the next heartbeat is due one new interval from now. */
    void heartbeatIntervalChanged() {
        if (isAccepted() && ctx.central.isConnected()) {
            startHeartbeat();
        }
    }

    /** TriggerMessage asked for BootNotification: send one now (unless one is under way). */
    void bootTriggered() {
        sendBoot();
    }

    /** TriggerMessage asked for Heartbeat: send one now; the next is due one interval later. */
    void heartbeatTriggered() {
        if (ctx.central.isConnected()) {
            ctx.central.heartbeat(new HeartbeatRequest()).whenCompleteAsync((response, failure) -> {
                if (response != null) {
                    ctx.clock.synchronize(response.getCurrentTime());
                }
            }, ctx.state);
            if (isAccepted()) {
                startHeartbeat();
            }
        }
    }

    void close() {
        retry = StateTimer.cancel(retry);
        heartbeat = StateTimer.cancel(heartbeat);
    }

    private void sendBoot() {
        if (bootInFlight || !ctx.central.isConnected()) {
            return;
        }
        bootInFlight = true;
        log.info("{}: sending BootNotification", ctx.identity);
        ctx.central.bootNotification(bootInfo.toRequest())
                .whenCompleteAsync(this::booted, ctx.state);
    }

    private void booted(BootNotificationResponse response, Throwable failure) {
        bootInFlight = false;
        if (ctx.isClosed()) {
            return;
        }
        if (failure != null) {
            log.warn("{}: BootNotification failed: {}", ctx.identity, failure.getMessage());
            if (ctx.central.isConnected()) {
                retryIn(bootRetry);
            }
            return;
        }
        ctx.clock.synchronize(response.getCurrentTime());
        int interval = response.getInterval() == null ? 0 : response.getInterval();
        status = response.getStatus();
        log.info("{}: BootNotification {} (interval {} s)", ctx.identity, status, interval);
        if (status == RegistrationStatus.ACCEPTED) {
            retry = StateTimer.cancel(retry);
            if (interval > 0) {
                long heartbeat = ctx.config.range(ConfigurationKeys.HEARTBEAT_INTERVAL).clamp(interval);
                if (heartbeat != interval) {
                    log.info("{}: heartbeat interval {} s is outside the station's range; {} s taken", ctx.identity,
                            interval, heartbeat);
                }
                if (ctx.config.setInternally(ConfigurationKeys.HEARTBEAT_INTERVAL, Long.toString(heartbeat))) {
                    ctx.commit();
                }
            }
            startHeartbeat();
            listeners.forEach(Listener::accepted);
        } else {
            retryIn(interval > 0 ? Duration.ofSeconds(interval) : bootRetry);
        }
    }

    private void retryIn(Duration delay) {
        retry = StateTimer.cancel(retry);
        retry = ctx.schedule(delay, () -> {
            retry = null;
            sendBoot();
        });
    }

    private void startHeartbeat() {
        heartbeat = StateTimer.cancel(heartbeat);
        int seconds = ctx.config.intValue(ConfigurationKeys.HEARTBEAT_INTERVAL);
        if (seconds > 0) {
            heartbeat = ctx.schedule(Duration.ofSeconds(seconds), this::beat);
        }
    }

    private void beat() {
        heartbeat = null;
        if (!ctx.online()) {
            return;
        }
        ctx.central.heartbeat(new HeartbeatRequest()).whenCompleteAsync((response, failure) -> {
            if (response != null) {
                ctx.clock.synchronize(response.getCurrentTime());
            } else {
                log.info("{}: Heartbeat failed: {}", ctx.identity, failure.getMessage());
            }
        }, ctx.state);
        startHeartbeat();
    }
}

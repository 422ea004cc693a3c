package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.station.SecureCentralSystem;
import io.ocpp4j.v16.station.runtime.StationRuntime;
import io.ocpp4j.v16.station.runtime.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the parts of the secure station runtime share: the station runtime underneath (its state
 * thread, configuration and durable queue), the store, the clock, the certificates, the security log
 * and the extension's view of the CSMS. Its methods marked "state thread" run there only.
 */
final class SecurityContext {

    private static final Logger log = LoggerFactory.getLogger(SecurityContext.class);

    final String identity;
    final Store store;
    final Clock clock;
    final ScheduledExecutorService scheduler;
    final CertificateStore certificates;
    final SecurityLog securityLog;
    /** Set once, right after the station runtime is built (its handlers are built before it). */
    StationRuntime runtime;
    /** Set once, with {@link #runtime}. */
    SecureCentralSystem csms;

    SecurityContext(String identity, Store store, Clock clock, ScheduledExecutorService scheduler,
                    CertificateStore certificates, SecurityLog securityLog) {
        this.identity = identity;
        this.store = store;
        this.clock = clock;
        this.scheduler = scheduler;
        this.certificates = certificates;
        this.securityLog = securityLog;
    }

    /** @return the station's time: once the runtime runs, its clock corrected by the CSMS's time */
    Instant now() {
        return runtime == null ? clock.instant() : runtime.now();
    }

    OffsetDateTime timestamp() {
        return OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    String config(String key) {
        return runtime.configuration(key).orElseThrow(() -> new IllegalStateException("no configuration key " + key));
    }

    int intConfig(String key) {
        return Integer.parseInt(config(key));
    }

    /**
     * Records a security event (state thread): into the security log and, when it is to be sent, into
     * the runtime's durable queue as SecurityEventNotification, in one commit.
     */
    void raise(String type, boolean notified, String techInfo) {
        SecurityEvent event = securityLog.append(type, timestamp(), techInfo, notified);
        log.info("{}: security event {}{}", identity, type, notified ? " (sent)" : "");
        if (notified && !runtime.enqueue(SecurityActions16.SECURITY_EVENT_NOTIFICATION,
                new SecurityEventNotificationRequest().withType(event.type()).withTimestamp(event.timestamp())
                        .withTechInfo(event.techInfo()))) {
            log.error("{}: the queue of extension messages is full; security event {} is only in the security log",
                    identity, type);
        }
        store.commit();
    }

    void raise(SecurityEventType type, String techInfo) {
        raise(type.value(), type.isNotified(), techInfo);
    }

    /** Computes an answer on the state thread; a full state queue answers InternalError. */
    <T> CompletionStage<T> onState(Supplier<T> task) {
        return runtime.onStateThread(task).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof java.util.concurrent.RejectedExecutionException) {
                return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.INTERNAL_ERROR, "the station is overloaded"));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }
}

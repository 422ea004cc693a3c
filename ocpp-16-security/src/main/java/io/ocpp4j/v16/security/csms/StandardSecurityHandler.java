package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.security.model.FirmwareStatusEnum;
import io.ocpp4j.v16.security.model.GenericStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.LogStatusNotificationResponse;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SecurityEventNotificationResponse;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationResponse;
import io.ocpp4j.v16.security.model.UploadLogStatusEnum;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSMS side of the Security Whitepaper as most CSMSs want it: every call stations send is answered,
 * logged with the station's identity and handed, typed, to a {@link SecurityListener}.
 * <ul>
 * <li>{@code SecurityEventNotification}: logged at WARN for the whitepaper's critical events, at INFO for
 *     the others (with the event type, the station's timestamp and its {@code techInfo}, cleaned of control
 *     characters), then given to the listener as a {@link SecurityEvent}.</li>
 * <li>{@code SignCertificate}: answered by the {@link CertificateSigning}, or {@code Rejected} when the
 *     CSMS has none (it runs no certificate authority).</li>
 * <li>{@code SignedFirmwareStatusNotification} and {@code LogStatusNotification}: logged (failures at
 *     WARN) and given to the listener.</li>
 * </ul>
 * Use it with {@link SecurityCsmsExtension.Builder#all}. Thread-safe.
 */
public final class StandardSecurityHandler implements SecurityHandler, SecureFirmwareUpdateHandler, LoggingHandler {

    private static final Logger log = LoggerFactory.getLogger(StandardSecurityHandler.class);

    private static final Set<FirmwareStatusEnum> FIRMWARE_FAILURES = EnumSet.of(FirmwareStatusEnum.DOWNLOAD_FAILED,
            FirmwareStatusEnum.INSTALLATION_FAILED, FirmwareStatusEnum.INSTALL_VERIFICATION_FAILED,
            FirmwareStatusEnum.INVALID_SIGNATURE);
    private static final Set<UploadLogStatusEnum> UPLOAD_FAILURES = EnumSet.of(UploadLogStatusEnum.BAD_MESSAGE,
            UploadLogStatusEnum.NOT_SUPPORTED_OPERATION, UploadLogStatusEnum.PERMISSION_DENIED,
            UploadLogStatusEnum.UPLOAD_FAILURE);

    private final CertificateSigning signing;
    private final SecurityListener listener;

    private StandardSecurityHandler(Builder builder) {
        this.signing = builder.signing;
        this.listener = builder.listener;
    }

    /** @return a builder: no certificate signing, a listener that ignores everything */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletionStage<SecurityEventNotificationResponse> onSecurityEventNotification(
            SecurityEventNotificationRequest request, CallContext context) {
        SecurityEvent event = SecurityEvent.of(request, context.stationIdentity());
        String known = event.knownType().isPresent() ? "" : " (not a whitepaper event type)";
        if (event.isCritical()) {
            log.warn("{}: critical security event {} at {}: {}", event.stationIdentity(), LogText.clean(event.type()),
                    event.timestamp(), LogText.clean(event.techInfo()));
        } else {
            log.info("{}: security event {}{} at {}: {}", event.stationIdentity(), LogText.clean(event.type()), known,
                    event.timestamp(), LogText.clean(event.techInfo()));
        }
        tell(event.stationIdentity(), listener -> listener.securityEvent(event));
        return CompletableFuture.completedFuture(new SecurityEventNotificationResponse());
    }

    @Override
    public CompletionStage<SignCertificateResponse> onSignCertificate(SignCertificateRequest request, CallContext context) {
        if (signing == null) {
            log.warn("{}: SignCertificate rejected: this CSMS signs no certificates", context.stationIdentity());
            return CompletableFuture.completedFuture(new SignCertificateResponse().withStatus(GenericStatusEnum.REJECTED));
        }
        return signing.onSignCertificate(request, context);
    }

    @Override
    public CompletionStage<SignedFirmwareStatusNotificationResponse> onSignedFirmwareStatusNotification(
            SignedFirmwareStatusNotificationRequest request, CallContext context) {
        String identity = context.stationIdentity();
        if (FIRMWARE_FAILURES.contains(request.getStatus())) {
            log.warn("{}: signed firmware update {} failed: {}", identity, request.getRequestId(), request.getStatus());
        } else {
            log.info("{}: signed firmware update {}: {}", identity, request.getRequestId(), request.getStatus());
        }
        tell(identity, listener -> listener.signedFirmwareStatus(identity, request));
        return CompletableFuture.completedFuture(new SignedFirmwareStatusNotificationResponse());
    }

    @Override
    public CompletionStage<LogStatusNotificationResponse> onLogStatusNotification(LogStatusNotificationRequest request,
                                                                                 CallContext context) {
        String identity = context.stationIdentity();
        if (UPLOAD_FAILURES.contains(request.getStatus())) {
            log.warn("{}: log upload {} failed: {}", identity, request.getRequestId(), request.getStatus());
        } else {
            log.info("{}: log upload {}: {}", identity, request.getRequestId(), request.getStatus());
        }
        tell(identity, listener -> listener.logStatus(identity, request));
        return CompletableFuture.completedFuture(new LogStatusNotificationResponse());
    }

    private void tell(String identity, Consumer<SecurityListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            log.error("{}: security listener failed", identity, e);
        }
    }

    /** Builds a {@link StandardSecurityHandler}. */
    public static final class Builder {
        private CertificateSigning signing;
        private SecurityListener listener = new SecurityListener() {
        };

        private Builder() {
        }

        /**
         * @param signing answers SignCertificate (without one, every request is {@code Rejected}); give it
         *                the same listener to hear its outcomes
         * @return this
         */
        public Builder certificateSigning(CertificateSigning signing) {
            this.signing = Objects.requireNonNull(signing, "signing");
            return this;
        }

        /**
         * @param listener hears security events, firmware and log status
         * @return this
         */
        public Builder listener(SecurityListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the handler */
        public StandardSecurityHandler build() {
            return new StandardSecurityHandler(this);
        }
    }
}

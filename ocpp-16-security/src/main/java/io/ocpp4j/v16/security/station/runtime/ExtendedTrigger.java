package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageResponse;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import io.ocpp4j.v16.security.station.ExtendedTriggerHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ExtendedTriggerMessage: the 1.6 messages go through the station runtime's trigger (answer first,
 * then send); {@code FirmwareStatusNotification} sends SignedFirmwareStatusNotification with the
 * signed update's last status (Idle after Installed or when none ran, L01.FR.28/29);
 * {@code LogStatusNotification} the upload's status; {@code SignChargePointCertificate} a new key pair
 * and CSR (A02), refused while CpoName is not set.
 */
final class ExtendedTrigger implements ExtendedTriggerHandler {

    private static final Logger log = LoggerFactory.getLogger(ExtendedTrigger.class);

    private final SecurityContext ctx;
    private final CertificateManagement certificates;
    private final Supplier<Runnable> firmwareStatus;
    private final Supplier<Runnable> logStatus;

    /**
     * @param firmwareStatus gives the step that sends the current SignedFirmwareStatusNotification
     * @param logStatus gives the step that sends the current LogStatusNotification
     */
    ExtendedTrigger(SecurityContext ctx, CertificateManagement certificates, Supplier<Runnable> firmwareStatus,
                    Supplier<Runnable> logStatus) {
        this.ctx = ctx;
        this.certificates = certificates;
        this.firmwareStatus = firmwareStatus;
        this.logStatus = logStatus;
    }

    @Override
    public CompletionStage<ExtendedTriggerMessageResponse> onExtendedTriggerMessage(ExtendedTriggerMessageRequest request,
                                                                                   CallContext context) {
        Integer connectorId = request.getConnectorId();
        MessageTrigger core = switch (request.getRequestedMessage()) {
            case BOOT_NOTIFICATION -> MessageTrigger.BOOT_NOTIFICATION;
            case HEARTBEAT -> MessageTrigger.HEARTBEAT;
            case METER_VALUES -> MessageTrigger.METER_VALUES;
            case STATUS_NOTIFICATION -> MessageTrigger.STATUS_NOTIFICATION;
            default -> null;
        };
        if (core != null) {
            if (connectorId != null && connectorId < 1) {
                return answer(TriggerMessageStatusEnum.REJECTED); // the whitepaper's connectorId is > 0
            }
            return ctx.runtime.trigger(core, connectorId).thenApply(status -> new ExtendedTriggerMessageResponse()
                    .withStatus(status == TriggerMessageStatus.ACCEPTED ? TriggerMessageStatusEnum.ACCEPTED
                            : status == TriggerMessageStatus.REJECTED ? TriggerMessageStatusEnum.REJECTED
                            : TriggerMessageStatusEnum.NOT_IMPLEMENTED));
        }
        return ctx.onState(() -> {
            Runnable send;
            switch (request.getRequestedMessage()) {
                case SIGN_CHARGE_POINT_CERTIFICATE -> {
                    if (!certificates.canSign()) {
                        return new ExtendedTriggerMessageResponse().withStatus(TriggerMessageStatusEnum.REJECTED);
                    }
                    send = certificates::requestCertificate;
                }
                case FIRMWARE_STATUS_NOTIFICATION -> send = firmwareStatus.get();
                default -> send = logStatus.get();
            }
            log.info("{}: ExtendedTriggerMessage {}", ctx.identity, request.getRequestedMessage().value());
            // queued behind this task, so that the answer is on its way first
            ctx.runtime.onStateThread(() -> {
                send.run();
                return null;
            });
            return new ExtendedTriggerMessageResponse().withStatus(TriggerMessageStatusEnum.ACCEPTED);
        });
    }

    private static CompletionStage<ExtendedTriggerMessageResponse> answer(TriggerMessageStatusEnum status) {
        return CompletableFuture.completedFuture(new ExtendedTriggerMessageResponse().withStatus(status));
    }
}

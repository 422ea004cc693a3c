package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.MeterValue;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageResponse;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.station.RemoteTriggerHandler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Remote Trigger feature profile: TriggerMessage is answered first, then the requested message
 * is sent (OCPP 1.6 §5.17). StatusNotification and MeterValues go for the given connector, or for
 * every connector without one (StatusNotification including connector 0; MeterValues for
 * connectors 1 and up, also when connector 0 is asked for: the station has no main meter). A
 * connector the station does not have is answered {@code Rejected}. Firmware and diagnostics
 * report the update's or upload's state, {@code Idle} while nothing is under way.
 */
final class RemoteTrigger implements RemoteTriggerHandler {

    private static final Logger log = LoggerFactory.getLogger(RemoteTrigger.class);

    private final Context ctx;
    private final ChargePointController controller;
    private final StatusReporter status;
    /** {@code null} without the Firmware Management profile. */
    private final FirmwareManagement firmware;

    RemoteTrigger(Context ctx, ChargePointController controller, StatusReporter status, FirmwareManagement firmware) {
        this.ctx = ctx;
        this.controller = controller;
        this.status = status;
        this.firmware = firmware;
    }

    @Override
    public CompletionStage<TriggerMessageResponse> onTriggerMessage(TriggerMessageRequest request, CallContext context) {
        CompletableFuture<TriggerMessageResponse> answer = new CompletableFuture<>();
        try {
            ctx.state.execute(() -> {
                if (ctx.isClosed()) {
                    answer.completeExceptionally(new CallErrorException(ErrorCode.GENERIC_ERROR, "the station is restarting"));
                    return;
                }
                Integer connectorId = request.getConnectorId();
                boolean known = connectorId == null || (connectorId >= 0 && connectorId <= ctx.connectors);
                answer.complete(new TriggerMessageResponse()
                        .withStatus(known ? TriggerMessageStatus.ACCEPTED : TriggerMessageStatus.REJECTED));
                if (known) {
                    ctx.run(() -> send(request.getRequestedMessage(), connectorId));
                }
            });
        } catch (RejectedExecutionException e) {
            answer.completeExceptionally(new CallErrorException(ErrorCode.INTERNAL_ERROR, "the station is overloaded"));
        }
        return answer;
    }

    private void send(MessageTrigger message, Integer connectorId) {
        if (!ctx.central.isConnected()) {
            return;
        }
        log.info("{}: {} triggered (connector {})", ctx.identity, message.value(), connectorId);
        switch (message) {
            case BOOT_NOTIFICATION -> ctx.registration.bootTriggered();
            case HEARTBEAT -> ctx.registration.heartbeatTriggered();
            case STATUS_NOTIFICATION -> {
                for (int id = connectorId == null ? 0 : connectorId; id <= (connectorId == null ? ctx.connectors : connectorId); id++) {
                    status.reportNow(id);
                }
            }
            case METER_VALUES -> {
                boolean all = connectorId == null || connectorId == 0;
                for (int id = all ? 1 : connectorId; id <= (all ? ctx.connectors : connectorId); id++) {
                    meterValues(id);
                }
            }
            case FIRMWARE_STATUS_NOTIFICATION -> ctx.central.firmwareStatusNotification(
                    new FirmwareStatusNotificationRequest()
                    .withStatus(firmware == null ? FirmwareStatus.IDLE : firmware.firmwareStatus())).whenComplete(this::logFailure);
            case DIAGNOSTICS_STATUS_NOTIFICATION -> ctx.central.diagnosticsStatusNotification(
                    new DiagnosticsStatusNotificationRequest()
                    .withStatus(firmware == null ? DiagnosticsStatus.IDLE : firmware.diagnosticsStatus())).whenComplete(this::logFailure);
        }
    }

    private void meterValues(int connectorId) {
        List<String> measurands = ctx.config.list(ConfigurationKeys.METER_VALUES_SAMPLED_DATA);
        Optional<MeterValue> value = MeterSampler.sample(ctx.meter.read(connectorId), measurands, ReadingContext.TRIGGER,
                ctx.clock.now());
        if (value.isEmpty()) {
            return;
        }
        Transaction tx = controller.transaction(connectorId);
        ctx.central.meterValues(new MeterValuesRequest()
                .withConnectorId(connectorId)
                .withTransactionId(tx == null ? null : tx.transactionId)
                .withMeterValue(List.of(value.get()))).whenComplete(this::logFailure);
    }

    private void logFailure(Object response, Throwable failure) {
        if (failure != null) {
            log.info("{}: triggered message not delivered: {}", ctx.identity, failure.getMessage());
        }
    }
}

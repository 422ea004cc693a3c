package io.ocpp4j.v16.station.runtime.octt;

import static io.ocpp4j.v16.FeatureProfiles.FIRMWARE_MANAGEMENT;
import static io.ocpp4j.v16.FeatureProfiles.REMOTE_TRIGGER;
import static io.ocpp4j.v16.station.runtime.octt.CaseRun.TAG;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import java.util.List;

/**
 * The OCTT {@code _CS} cases of Remote Trigger (section 2.21): every message TriggerMessage allows,
 * for the station and for each of its connectors.
 */
final class RemoteTriggerCases {

    private RemoteTriggerCases() {
    }

    static List<OcttCase> all() {
        return List.of(
                OcttCase.of("TC_054_CS", "Trigger Message", REMOTE_TRIGGER, RemoteTriggerCases::triggerMessage),
                OcttCase.of("TC_055_CS", "Trigger Message - Rejected", REMOTE_TRIGGER, run -> {
                    run.boot();
                    assertThat(run.trigger(MessageTrigger.METER_VALUES, run.last() + 1)).isEqualTo(TriggerMessageStatus.REJECTED);
                    assertThat(run.trigger(MessageTrigger.STATUS_NOTIFICATION, run.last() + 1))
                            .isEqualTo(TriggerMessageStatus.REJECTED);
                    assertThat(run.actions()).isEmpty();
                }));
    }

    private static void triggerMessage(CaseRun run) {
        run.boot();
        int transactionId = run.charge(1, TAG);
        for (MessageTrigger message : MessageTrigger.values()) {
            boolean firmware = message == MessageTrigger.DIAGNOSTICS_STATUS_NOTIFICATION
                    || message == MessageTrigger.FIRMWARE_STATUS_NOTIFICATION;
            if (firmware && !run.profile().supports(FIRMWARE_MANAGEMENT)) {
                continue;
            }
            run.clear();
            assertThat(run.trigger(message, null)).as(message.value()).isEqualTo(TriggerMessageStatus.ACCEPTED);
            assertThat(run.actions()).as(message.value()).startsWith(message.value());
        }
        // nothing under way: both firmware notifications say Idle
        if (run.profile().supports(FIRMWARE_MANAGEMENT)) {
            run.clear();
            run.trigger(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION, null);
            run.trigger(MessageTrigger.DIAGNOSTICS_STATUS_NOTIFICATION, null);
            assertThat(run.received(FirmwareStatusNotificationRequest.class)).singleElement()
                    .extracting(FirmwareStatusNotificationRequest::getStatus).isEqualTo(FirmwareStatus.IDLE);
            assertThat(run.received(DiagnosticsStatusNotificationRequest.class)).singleElement()
                    .extracting(DiagnosticsStatusNotificationRequest::getStatus).isEqualTo(DiagnosticsStatus.IDLE);
        }
        for (int id = 1; id <= run.last(); id++) {
            run.clear();
            assertThat(run.trigger(MessageTrigger.STATUS_NOTIFICATION, id)).isEqualTo(TriggerMessageStatus.ACCEPTED);
            assertThat(run.received(StatusNotificationRequest.class)).singleElement()
                    .satisfies(status -> assertThat(status.getStatus()).isEqualTo(run.status(status.getConnectorId())))
                    .extracting(StatusNotificationRequest::getConnectorId).isEqualTo(id);
            run.clear();
            assertThat(run.trigger(MessageTrigger.METER_VALUES, id)).isEqualTo(TriggerMessageStatus.ACCEPTED);
            MeterValuesRequest values = run.received(MeterValuesRequest.class).get(0);
            assertThat(values.getConnectorId()).isEqualTo(id);
            assertThat(values.getTransactionId()).isEqualTo(id == 1 ? transactionId : null);
            assertThat(values.getMeterValue().get(0).getSampledValue().get(0).getContext()).isEqualTo(ReadingContext.TRIGGER);
        }
    }
}

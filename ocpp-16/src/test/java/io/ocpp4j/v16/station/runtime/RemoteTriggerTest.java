package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.TriggerMessageRequest;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.21 RemoteTrigger, on a two-connector station. */
class RemoteTriggerTest {

    private final StationHarness harness = new StationHarness(2, false);

    @BeforeEach
    void boot() {
        harness.csms().accept("TAG-1");
        harness.start(StationRuntime.Builder::remoteTrigger);
        harness.connect();
        harness.csms().clear();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private TriggerMessageStatus trigger(MessageTrigger message, Integer connectorId) {
        return harness.result(harness.chargePoint().triggerMessage(new TriggerMessageRequest()
                .withRequestedMessage(message).withConnectorId(connectorId))).getStatus();
    }

    @Test
    @DisplayName("TC_054_CS Trigger Message")
    void TC_054_CS_TriggerMessage() {
        assertThat(trigger(MessageTrigger.METER_VALUES, 1)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().actions()).containsExactly("MeterValues");
        MeterValuesRequest meterValues = harness.csms().received(MeterValuesRequest.class).get(0);
        assertThat(meterValues.getConnectorId()).isEqualTo(1);
        assertThat(meterValues.getMeterValue().get(0).getSampledValue().get(0).getContext()).isEqualTo(ReadingContext.TRIGGER);
        harness.csms().clear();

        assertThat(trigger(MessageTrigger.HEARTBEAT, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().actions()).containsExactly("Heartbeat");
        harness.csms().clear();

        assertThat(trigger(MessageTrigger.STATUS_NOTIFICATION, 1)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().received(StatusNotificationRequest.class)).singleElement()
                .satisfies(status -> {
                    assertThat(status.getConnectorId()).isEqualTo(1);
                    assertThat(status.getStatus()).isEqualTo(ChargePointStatus.AVAILABLE);
                });
        harness.csms().clear();

        assertThat(trigger(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().received(FirmwareStatusNotificationRequest.class)).singleElement()
                .extracting(FirmwareStatusNotificationRequest::getStatus).isEqualTo(FirmwareStatus.IDLE);
        harness.csms().clear();

        assertThat(trigger(MessageTrigger.DIAGNOSTICS_STATUS_NOTIFICATION, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().received(DiagnosticsStatusNotificationRequest.class)).singleElement()
                .extracting(DiagnosticsStatusNotificationRequest::getStatus).isEqualTo(DiagnosticsStatus.IDLE);
        harness.csms().clear();

        assertThat(trigger(MessageTrigger.BOOT_NOTIFICATION, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().actions()).startsWith("BootNotification");
        assertThat(harness.station().registrationStatus()).hasValue(RegistrationStatus.ACCEPTED);
    }

    @Test
    @DisplayName("TC_055_CS Trigger Message - Rejected")
    void TC_055_CS_TriggerMessageRejected() {
        assertThat(trigger(MessageTrigger.METER_VALUES, 3)).isEqualTo(TriggerMessageStatus.REJECTED);
        assertThat(trigger(MessageTrigger.STATUS_NOTIFICATION, 3)).isEqualTo(TriggerMessageStatus.REJECTED);
        assertThat(trigger(MessageTrigger.STATUS_NOTIFICATION, -1)).isEqualTo(TriggerMessageStatus.REJECTED);
        assertThat(harness.csms().actions()).isEmpty();
    }

    @Test
    void withoutAConnectorEveryConnectorReports() {
        assertThat(trigger(MessageTrigger.STATUS_NOTIFICATION, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().received(StatusNotificationRequest.class))
                .extracting(StatusNotificationRequest::getConnectorId).containsExactly(0, 1, 2);
        harness.csms().clear();
        assertThat(trigger(MessageTrigger.METER_VALUES, null)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().received(MeterValuesRequest.class))
                .extracting(MeterValuesRequest::getConnectorId).containsExactly(1, 2);
    }

    @Test
    void triggeredMeterValuesCarryTheTransaction() {
        harness.plugIn(2);
        harness.present(2, "TAG-1");
        harness.advance(Duration.ofSeconds(10));
        harness.csms().clear();
        assertThat(trigger(MessageTrigger.METER_VALUES, 2)).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(harness.csms().received(MeterValuesRequest.class)).singleElement()
                .extracting(MeterValuesRequest::getTransactionId).isEqualTo(harness.station().connector(2).transactionId());
    }

    @Test
    void theStationDeclaresTheProfile() {
        assertThat(harness.station().configuration("SupportedFeatureProfiles")).hasValueSatisfying(
                profiles -> assertThat(profiles).contains("RemoteTrigger"));
    }
}

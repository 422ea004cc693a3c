package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.station.runtime.testing.ScriptedCsms;
import io.ocpp4j.v16.station.runtime.testing.ScriptedTransfers;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The station runtime's extension points, which the 1.6 security extension builds on: write-only keys,
 * the configuration guard, settings on the station's own behalf, extension messages in the durable
 * queue, triggers, the state thread, held connectors, waiting for the transactions to end, the clock
 * listener and the diagnostics-only Firmware Management profile.
 */
class ExtensionPointsTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void a_write_only_key_is_reported_without_its_value_and_can_still_be_changed() {
        harness.start(builder -> builder
                .key(ConfigurationKey.builder("VendorSecret", ConfigurationKey.Type.STRING).writeOnly(true).build())
                .configure("VendorSecret", "factory-secret"));
        harness.connect();

        List<KeyValue> keys = harness.result(harness.chargePoint().getConfiguration(new GetConfigurationRequest()
                .withKey(List.of("VendorSecret")))).getConfigurationKey();
        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key.getValue()).isNull();
            assertThat(key.getReadonly()).isFalse();
        });
        List<KeyValue> all = harness.result(harness.chargePoint().getConfiguration(new GetConfigurationRequest()))
                .getConfigurationKey();
        assertThat(all).filteredOn(key -> key.getKey().equals("VendorSecret")).extracting(KeyValue::getValue).containsOnlyNulls();
        assertThat(change("VendorSecret", "new-secret")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(harness.station().configuration("VendorSecret")).contains("new-secret");
        assertThatThrownBy(() -> ConfigurationKey.builder("Both", ConfigurationKey.Type.STRING).readOnly(true).writeOnly(true).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_guard_decides_on_changes_but_not_on_the_stations_own_settings() {
        List<String> told = new CopyOnWriteArrayList<>();
        harness.start(builder -> builder
                .configurationGuard((key, current, proposed) -> !key.equals(ConfigurationKeys.HEARTBEAT_INTERVAL)
                        || Integer.parseInt(proposed) > Integer.parseInt(current))
                .configurationListener((key, value) -> told.add("first " + key + "=" + value))
                .configurationListener((key, value) -> told.add("second " + key + "=" + value))
                .configure(ConfigurationKeys.HEARTBEAT_INTERVAL, "300"));
        harness.connect();

        assertThat(change(ConfigurationKeys.HEARTBEAT_INTERVAL, "100")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change(ConfigurationKeys.HEARTBEAT_INTERVAL, "600")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(change(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "0")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(told).containsSubsequence("first HeartbeatInterval=600", "second HeartbeatInterval=600");

        told.clear();
        assertThat(harness.result(harness.station().setConfiguration(ConfigurationKeys.HEARTBEAT_INTERVAL, "60"))).isTrue();
        assertThat(harness.station().configuration(ConfigurationKeys.HEARTBEAT_INTERVAL)).contains("60");
        assertThat(told).isEmpty(); // the station's own settings are not announced
        assertThat(harness.result(harness.station().setConfiguration(ConfigurationKeys.HEARTBEAT_INTERVAL, "soon"))).isFalse();
    }

    @Test
    void extension_messages_are_queued_in_order_with_transaction_messages_across_a_restart() {
        harness.csms().accept("TAG-1");
        harness.start(builder -> builder.queuedAction(Actions16.DATA_TRANSFER)
                .configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true"));
        harness.connect();
        harness.disconnect();
        harness.csms().clear();

        enqueue("before");
        harness.plugIn(1);
        harness.present(1, "TAG-1"); // a transaction starts offline: StartTransaction is queued
        enqueue("after");
        harness.restart(true); // only what was committed survives
        harness.connect();

        List<String> sent = harness.csms().received().stream()
                .filter(r -> !r.action().equals("StatusNotification") && !r.action().equals("BootNotification")
                        && !r.action().equals("Heartbeat"))
                .map(r -> r.request() instanceof DataTransferRequest dt ? "DataTransfer " + dt.getMessageId() : r.action())
                .toList();
        assertThat(sent).containsSubsequence("DataTransfer before", "StartTransaction", "DataTransfer after");
        assertThat(sent).filteredOn(s -> s.startsWith("DataTransfer")).hasSize(2);
        assertThat(harness.station().queuedTransactionMessages()).isZero();
    }

    @Test
    void enqueue_is_for_declared_actions_on_the_state_thread_within_its_bound() {
        harness.start(builder -> builder.queuedAction(Actions16.DATA_TRANSFER).maxQueuedExtensionMessages(2));
        DataTransferRequest request = new DataTransferRequest().withVendorId("ocpp4j").withMessageId("m");

        assertThatThrownBy(() -> harness.station().enqueue(Actions16.DATA_TRANSFER, request))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> harness.result(harness.station().onStateThread(
                () -> harness.station().enqueue(Actions16.HEARTBEAT, new io.ocpp4j.v16.model.HeartbeatRequest()))))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        List<Boolean> queued = harness.result(harness.station().onStateThread(() -> List.of(
                harness.station().enqueue(Actions16.DATA_TRANSFER, request),
                harness.station().enqueue(Actions16.DATA_TRANSFER, request),
                harness.station().enqueue(Actions16.DATA_TRANSFER, request))));
        assertThat(queued).containsExactly(true, true, false);
        assertThat(harness.station().queuedTransactionMessages()).isEqualTo(2);
    }

    @Test
    void onStateThread_returns_the_tasks_value_or_its_failure() {
        harness.boot();
        assertThat(harness.result(harness.station().onStateThread(() -> 42))).isEqualTo(42);
        assertThatThrownBy(() -> harness.station().onStateThread(() -> {
            throw new IllegalStateException("boom");
        }).toCompletableFuture().join()).isInstanceOf(CompletionException.class).hasRootCauseMessage("boom");
    }

    @Test
    void trigger_sends_a_message_now_without_the_remote_trigger_profile() {
        harness.boot();
        harness.csms().clear();
        assertThat(harness.result(harness.station().trigger(MessageTrigger.STATUS_NOTIFICATION, 2)))
                .isEqualTo(TriggerMessageStatus.ACCEPTED);
        harness.settle();
        assertThat(harness.csms().received(StatusNotificationRequest.class)).extracting(StatusNotificationRequest::getConnectorId)
                .containsExactly(2);
        assertThat(harness.result(harness.station().trigger(MessageTrigger.STATUS_NOTIFICATION, 3)))
                .isEqualTo(TriggerMessageStatus.REJECTED);
    }

    @Test
    void held_connectors_are_Unavailable_when_free_and_a_task_waits_for_the_last_transaction() {
        harness.csms().accept("TAG-1");
        harness.boot();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        List<String> ran = new CopyOnWriteArrayList<>();

        harness.result(harness.station().holdConnectors(true));
        harness.result(harness.station().onStateThread(() -> {
            harness.station().whenNoTransaction(() -> ran.add("no transaction"));
            return null;
        }));
        harness.settle();
        assertThat(harness.status(2)).isEqualTo(ChargePointStatus.UNAVAILABLE);
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        assertThat(ran).isEmpty();
        harness.plugIn(2);
        harness.present(2, "TAG-1");
        assertThat(harness.station().connector(2).transactionActive()).isFalse();

        harness.present(1, "TAG-1"); // stops the transaction
        assertThat(ran).containsExactly("no transaction");
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.UNAVAILABLE);

        harness.result(harness.station().holdConnectors(false));
        harness.settle();
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.FINISHING);
        assertThat(harness.status(2)).isEqualTo(ChargePointStatus.PREPARING);
        assertThatThrownBy(() -> harness.station().whenNoTransaction(() -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_clock_listener_hears_the_CSMS_time_move_the_station_clock() {
        List<Duration> moves = new CopyOnWriteArrayList<>();
        harness.start(builder -> builder.clock(Clock.offset(harness.time().clock(), Duration.ofMinutes(-5)))
                .clockListener((before, after) -> moves.add(Duration.between(before, after))));
        Instant behind = harness.station().now();
        harness.connect(); // BootNotification brings the CSMS's time, five minutes ahead

        assertThat(moves).containsExactly(Duration.ofMinutes(5));
        assertThat(Duration.between(behind, harness.station().now())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void diagnostics_only_answers_UpdateFirmware_NotSupported() throws Exception {
        ScriptedTransfers transfers = new ScriptedTransfers();
        harness.start(builder -> builder.diagnostics(transfers, new FirmwarePolicy(false, Set.of("ftp"))));
        harness.connect();

        assertThat(harness.station().updatesFirmware()).isFalse();
        assertThat(harness.station().configuration(ConfigurationKeys.SUPPORTED_FEATURE_PROFILES).orElseThrow())
                .contains("FirmwareManagement");
        assertThatThrownBy(() -> harness.chargePoint().updateFirmware(new UpdateFirmwareRequest()
                        .withLocation(URI.create("ftp://fw.example.com/1.bin"))
                        .withRetrieveDate(OffsetDateTime.now(ZoneOffset.UTC))).toCompletableFuture().get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(CallErrorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_SUPPORTED));
        assertThat(transfers.calls()).isEmpty();
    }

    private ConfigurationStatus change(String key, String value) {
        return harness.result(harness.chargePoint().changeConfiguration(new ChangeConfigurationRequest().withKey(key)
                .withValue(value))).getStatus();
    }

    private void enqueue(String messageId) {
        harness.result(harness.station().onStateThread(() -> {
            boolean queued = harness.station().enqueue(Actions16.DATA_TRANSFER,
                    new DataTransferRequest().withVendorId("ocpp4j").withMessageId(messageId));
            harness.store().commit();
            return queued;
        }));
    }
}

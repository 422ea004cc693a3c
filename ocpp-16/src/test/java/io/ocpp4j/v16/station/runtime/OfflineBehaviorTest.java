package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.ScriptedCsms;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.14 Core Profile - Offline behavior Non-Happy Flow. */
class OfflineBehaviorTest {

    private final StationHarness harness = new StationHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot(Consumer<StationRuntime.Builder> options) {
        harness.csms().accept("TAG-1");
        harness.start(builder -> {
            builder.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60");
            options.accept(builder);
        });
        harness.connect();
    }

    /** Teaches the authorization cache TAG-1 with one short session. */
    private void cacheTag1() {
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.present(1, "TAG-1");
        harness.unplug(1);
    }

    private List<String> transactionMessages() {
        return harness.csms().received().stream().map(ScriptedCsms.Received::action)
                .filter(a -> a.equals("StartTransaction") || a.equals("MeterValues") || a.equals("StopTransaction"))
                .toList();
    }

    @Test
    @DisplayName("TC_036_CS Connection Loss During Transaction")
    void TC_036_CS_ConnectionLossDuringTransaction() {
        boot(builder -> {
        });
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.advance(Duration.ofSeconds(60));
        harness.disconnect();
        harness.advance(Duration.ofSeconds(180)); // three samples while offline
        assertThat(harness.station().queuedTransactionMessages()).isEqualTo(3);
        harness.csms().clear();
        harness.connect();
        assertThat(transactionMessages()).containsExactly("MeterValues", "MeterValues", "MeterValues");
        assertThat(harness.csms().received(MeterValuesRequest.class)).extracting(MeterValuesRequest::getTransactionId)
                .containsOnly(1000);
        assertThat(harness.csms().received(MeterValuesRequest.class))
                .extracting(r -> r.getMeterValue().get(0).getTimestamp().toInstant())
                .containsExactly(StationHarness.START.plusSeconds(120), StationHarness.START.plusSeconds(180),
                        StationHarness.START.plusSeconds(240));
        assertThat(harness.station().queuedTransactionMessages()).isZero();
        assertThat(harness.csms().actions()).doesNotContain("BootNotification");
    }

    @Test
    @DisplayName("TC_037_1_CS Offline Start Transaction - Valid IdTag")
    void TC_037_1_CS_OfflineStartTransactionValidIdTag() {
        boot(builder -> builder.configure(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE, "true"));
        cacheTag1();
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        assertThat(harness.station().connector(1).transactionId()).isNull();
        harness.advance(Duration.ofSeconds(120));
        harness.csms().clear();
        harness.connect();
        assertThat(transactionMessages()).containsExactly("StartTransaction", "MeterValues", "MeterValues");
        assertThat(harness.csms().received(MeterValuesRequest.class)).extracting(MeterValuesRequest::getTransactionId)
                .containsOnly(1001);
        assertThat(harness.station().connector(1).transactionId()).isEqualTo(1001);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.CHARGING);
    }

    @Test
    @DisplayName("TC_037_2_CS Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = false")
    void TC_037_2_CS_OfflineStartTransactionInvalidIdTagKeepTransaction() {
        boot(builder -> builder.configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true")
                .configure(ConfigurationKeys.STOP_TRANSACTION_ON_INVALID_ID, "false"));
        harness.csms().tag("BAD", AuthorizationStatus.INVALID, null);
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "BAD");
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        harness.csms().clear();
        harness.connect();
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.SUSPENDED_EVSE);
        assertThat(harness.hardware().isEnergized(1)).isFalse();
        assertThat(transactionMessages()).containsExactly("StartTransaction");
        harness.unplug(1);
        assertThat(harness.csms().received(StopTransactionRequest.class)).extracting(StopTransactionRequest::getReason)
                .containsExactly(Reason.EV_DISCONNECTED);
    }

    @Test
    void maxEnergyOnInvalidIdLetsSomeEnergyFlowFirst() {
        boot(builder -> builder.configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true")
                .configure(ConfigurationKeys.STOP_TRANSACTION_ON_INVALID_ID, "false")
                .configure(ConfigurationKeys.MAX_ENERGY_ON_INVALID_ID, "500"));
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "BAD");
        harness.connect();
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        harness.advance(Duration.ofSeconds(120)); // 366 Wh
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.CHARGING);
        harness.advance(Duration.ofSeconds(60)); // 550 Wh > 500
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.SUSPENDED_EVSE);
        assertThat(harness.hardware().isEnergized(1)).isFalse();
    }

    @Test
    @DisplayName("TC_037_3_CS Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = true")
    void TC_037_3_CS_OfflineStartTransactionInvalidIdTagStopTransaction() {
        boot(builder -> builder.configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true")
                .configure(ConfigurationKeys.STOP_TRANSACTION_ON_INVALID_ID, "true"));
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "BAD");
        harness.csms().clear();
        harness.connect();
        assertThat(transactionMessages()).containsExactly("StartTransaction", "StopTransaction");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getReason()).isEqualTo(Reason.DE_AUTHORIZED);
        assertThat(stop.getTransactionId()).isEqualTo(1000);
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.FINISHING);
    }

    @Test
    void unknownIdTagsAreRefusedOfflineUnlessAllowed() {
        boot(builder -> builder.configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "false"));
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "STRANGER");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
    }

    @Test
    void knownIdTagsAreRefusedOfflineWithoutLocalAuthorizeOffline() {
        boot(builder -> builder.configure(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE, "false")
                .configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true"));
        cacheTag1();
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
    }

    @Test
    @DisplayName("TC_038_CS Offline Stop Transaction")
    void TC_038_CS_OfflineStopTransaction() {
        boot(builder -> {
        });
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.disconnect();
        harness.advance(Duration.ofSeconds(30));
        harness.present(1, "TAG-1"); // the same tag stops without authorization
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.FINISHING);
        harness.csms().clear();
        harness.connect();
        assertThat(transactionMessages()).containsExactly("StopTransaction");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        assertThat(stop.getTransactionId()).isEqualTo(1000);
        assertThat(stop.getTimestamp().toInstant()).isEqualTo(StationHarness.START.plusSeconds(30));
        assertThat(stop.getMeterStop()).isEqualTo(91);
        assertThat(harness.statuses(1)).containsExactly(ChargePointStatus.FINISHING);
    }

    @Test
    @DisplayName("TC_039_CS Offline Transaction")
    void TC_039_CS_OfflineTransaction() {
        boot(builder -> builder.configure(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE, "true"));
        cacheTag1();
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.advance(Duration.ofSeconds(90));
        harness.present(1, "TAG-1");
        harness.unplug(1);
        harness.csms().clear();
        harness.connect();
        assertThat(transactionMessages()).containsExactly("StartTransaction", "MeterValues", "StopTransaction");
        StartTransactionRequest start = harness.csms().received(StartTransactionRequest.class).get(0);
        assertThat(start.getTimestamp().toInstant()).isEqualTo(StationHarness.START);
        assertThat(harness.csms().received(StopTransactionRequest.class).get(0).getTransactionId()).isEqualTo(1001);
        assertThat(harness.csms().received(MeterValuesRequest.class).get(0).getTransactionId()).isEqualTo(1001);
        assertThat(harness.status(1)).isEqualTo(ChargePointStatus.AVAILABLE);
        assertThat(harness.statuses(1)).isEmpty(); // Available, as last reported before the connection loss
    }
}

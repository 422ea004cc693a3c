package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.runtime.testing.ScriptedCsms;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The durable queue of transaction messages: order, transactionIds filled in, retries by
 * TransactionMessageAttempts / TransactionMessageRetryInterval, bounds.
 */
class DurableQueueTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot(Consumer<StationRuntime.Builder> options) {
        harness.csms().accept("TAG-1").accept("TAG-2");
        harness.start(builder -> {
            builder.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60")
                    .configure(ConfigurationKeys.TRANSACTION_MESSAGE_ATTEMPTS, "3")
                    .configure(ConfigurationKeys.TRANSACTION_MESSAGE_RETRY_INTERVAL, "10")
                    .configure(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID, "true");
            options.accept(builder);
        });
        harness.connect();
        harness.csms().clear();
    }

    private List<String> transactionMessages() {
        return harness.csms().received().stream().map(ScriptedCsms.Received::action)
                .filter(a -> a.equals("StartTransaction") || a.equals("MeterValues") || a.equals("StopTransaction"))
                .toList();
    }

    @Test
    void aMessageTheCsmsFailsToProcessIsRetriedAfterTheIntervalTimesTheAttempts() {
        boot(builder -> {
        });
        harness.csms().fail("StartTransaction", 2);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(transactionMessages()).containsExactly("StartTransaction");
        harness.advance(Duration.ofSeconds(9));
        assertThat(transactionMessages()).containsExactly("StartTransaction");
        harness.advance(Duration.ofSeconds(1)); // 10 s after the first failure
        assertThat(transactionMessages()).containsExactly("StartTransaction", "StartTransaction");
        harness.advance(Duration.ofSeconds(19));
        assertThat(transactionMessages()).containsExactly("StartTransaction", "StartTransaction");
        harness.advance(Duration.ofSeconds(1)); // 20 s after the second
        assertThat(transactionMessages()).containsExactly("StartTransaction", "StartTransaction", "StartTransaction");
        assertThat(harness.station().connector(1).transactionId()).isEqualTo(1000);
        harness.advance(Duration.ofSeconds(30)); // the sample due at 60 s
        assertThat(transactionMessages()).endsWith("MeterValues");
        assertThat(harness.csms().received(MeterValuesRequest.class).get(0).getTransactionId()).isEqualTo(1000);
    }

    @Test
    void afterTheLastAttemptAMessageIsDroppedAndTheQueueGoesOn() {
        boot(builder -> {
        });
        harness.csms().fail("StopTransaction", 3);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.present(1, "TAG-1");
        harness.plugIn(2);
        harness.present(2, "TAG-2");
        harness.advance(Duration.ofSeconds(30)); // attempts at 0, 10 and 30 s
        assertThat(transactionMessages()).containsExactly("StartTransaction", "StopTransaction", "StopTransaction",
                "StopTransaction", "StartTransaction"); // the third failure drops the stop; connector 2's start follows
        assertThat(harness.station().queuedTransactionMessages()).isZero();
        assertThat(harness.station().connector(2).transactionId()).isEqualTo(1001);
    }

    @Test
    void aTransactionWhoseStartIsDroppedHasItsLaterMessagesDroppedToo() {
        boot(builder -> builder.configure(ConfigurationKeys.TRANSACTION_MESSAGE_ATTEMPTS, "1"));
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.advance(Duration.ofSeconds(60));
        harness.present(1, "TAG-1");
        harness.csms().fail("StartTransaction", 1);
        harness.connect();
        assertThat(transactionMessages()).containsExactly("StartTransaction");
        assertThat(harness.station().queuedTransactionMessages()).isZero();
    }

    @Test
    void interleavedTransactionsOfTwoConnectorsKeepTheirOrderAndIds() {
        boot(builder -> {
        });
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "A");
        harness.advance(Duration.ofSeconds(30));
        harness.plugIn(2);
        harness.present(2, "B");
        harness.advance(Duration.ofSeconds(60)); // connector 1 samples at 60, connector 2 at 90
        harness.present(1, "A");
        harness.advance(Duration.ofSeconds(30));
        harness.present(2, "B");
        harness.connect();
        assertThat(transactionMessages()).containsExactly("StartTransaction", "StartTransaction", "MeterValues",
                "MeterValues", "StopTransaction", "StopTransaction");
        List<StartTransactionRequest> starts = harness.csms().received(StartTransactionRequest.class);
        assertThat(starts).extracting(StartTransactionRequest::getIdTag).containsExactly("A", "B");
        assertThat(harness.csms().received(MeterValuesRequest.class))
                .extracting(MeterValuesRequest::getConnectorId, MeterValuesRequest::getTransactionId)
                .containsExactly(tuple(1, 1000), tuple(2, 1001));
        assertThat(harness.csms().received(StopTransactionRequest.class)).extracting(StopTransactionRequest::getTransactionId)
                .containsExactly(1000, 1001);
    }

    @Test
    void queuedMeterValuesAreBounded() {
        boot(builder -> builder.maxQueuedMeterValues(2));
        harness.disconnect();
        harness.plugIn(1);
        harness.present(1, "A");
        harness.advance(Duration.ofMinutes(5));
        harness.present(1, "A");
        assertThat(harness.station().queuedTransactionMessages()).isEqualTo(4);
        harness.connect();
        assertThat(transactionMessages()).containsExactly("StartTransaction", "MeterValues", "MeterValues", "StopTransaction");
    }

    @Test
    void aDroppedConnectionResendsTheMessageInFlight() {
        boot(builder -> {
        });
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.csms().clear();
        harness.advance(Duration.ofSeconds(60));
        assertThat(transactionMessages()).containsExactly("MeterValues");
        harness.disconnect();
        harness.present(1, "TAG-1");
        harness.connect();
        harness.connect(); // a second reconnect while already online changes nothing
        assertThat(transactionMessages()).containsExactly("MeterValues", "StopTransaction");
    }
}

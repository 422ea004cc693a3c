package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MeterValue;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.SampledValue;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.UnitOfMeasure;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.9 Meter values. */
class MeterValuesTest {

    private final StationHarness harness = new StationHarness(2, false);

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot(Consumer<StationRuntime.Builder> options) {
        harness.csms().accept("TAG-1");
        harness.start(options);
        harness.connect();
    }

    private void startCharging() {
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.csms().clear();
    }

    private static SampledValue value(MeterValue meterValue, Measurand measurand) {
        return meterValue.getSampledValue().stream().filter(v -> v.getMeasurand() == measurand).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("TC_070_CS Sampled Meter Values")
    void TC_070_CS_SampledMeterValues() {
        boot(builder -> builder.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60")
                .configure(ConfigurationKeys.METER_VALUES_SAMPLED_DATA, "Energy.Active.Import.Register,Power.Active.Import,Voltage"));
        startCharging();
        harness.advance(Duration.ofSeconds(180));
        List<MeterValuesRequest> sent = harness.csms().received(MeterValuesRequest.class);
        assertThat(sent).hasSize(3);
        assertThat(sent).allSatisfy(request -> {
            assertThat(request.getConnectorId()).isEqualTo(1);
            assertThat(request.getTransactionId()).isEqualTo(1000);
            assertThat(request.getMeterValue()).hasSize(1);
            assertThat(request.getMeterValue().get(0).getSampledValue())
                    .extracting(SampledValue::getMeasurand)
                    .containsExactly(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, Measurand.POWER_ACTIVE_IMPORT, Measurand.VOLTAGE);
            assertThat(request.getMeterValue().get(0).getSampledValue())
                    .extracting(SampledValue::getContext).containsOnly(ReadingContext.SAMPLE_PERIODIC);
        });
        MeterValue first = sent.get(0).getMeterValue().get(0);
        assertThat(first.getTimestamp().toInstant()).isEqualTo(StationHarness.START.plusSeconds(60));
        assertThat(value(first, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER).getValue()).isEqualTo("183");
        assertThat(value(first, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER).getUnit()).isEqualTo(UnitOfMeasure.WH);
        assertThat(value(first, Measurand.POWER_ACTIVE_IMPORT).getValue()).isEqualTo("11000");
        assertThat(value(first, Measurand.POWER_ACTIVE_IMPORT).getUnit()).isEqualTo(UnitOfMeasure.W);

        harness.present(1, "TAG-1");
        harness.advance(Duration.ofSeconds(180)); // no transaction: no more sampled values
        assertThat(harness.csms().received(MeterValuesRequest.class)).hasSize(3);
    }

    @Test
    @DisplayName("TC_071_CS Clock-aligned Meter Values")
    void TC_071_CS_ClockAlignedMeterValues() {
        boot(builder -> builder.configure(ConfigurationKeys.CLOCK_ALIGNED_DATA_INTERVAL, "900")
                .configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "0")
                .configure(ConfigurationKeys.METER_VALUES_ALIGNED_DATA, "Energy.Active.Import.Register"));
        harness.advance(Duration.ofMinutes(7)); // 08:07
        startCharging();
        harness.advance(Duration.ofMinutes(8)); // 08:15: an aligned reading of both connectors
        List<MeterValuesRequest> sent = harness.csms().received(MeterValuesRequest.class);
        assertThat(sent).hasSize(2);
        MeterValuesRequest withTransaction = sent.stream().filter(r -> r.getConnectorId() == 1).findFirst().orElseThrow();
        MeterValuesRequest idle = sent.stream().filter(r -> r.getConnectorId() == 2).findFirst().orElseThrow();
        assertThat(withTransaction.getTransactionId()).isEqualTo(1000);
        assertThat(idle.getTransactionId()).isNull();
        for (MeterValuesRequest request : sent) {
            MeterValue value = request.getMeterValue().get(0);
            assertThat(value.getTimestamp().toInstant()).isEqualTo(Instant.parse("2025-01-06T08:15:00Z"));
            assertThat(value.getSampledValue()).extracting(SampledValue::getContext).containsOnly(ReadingContext.SAMPLE_CLOCK);
        }
        assertThat(value(withTransaction.getMeterValue().get(0), Measurand.ENERGY_ACTIVE_IMPORT_REGISTER).getValue())
                .isEqualTo("1466"); // 8 minutes at 11 kW
        harness.advance(Duration.ofMinutes(15));
        assertThat(harness.csms().received(MeterValuesRequest.class)).hasSize(4);
    }

    @Test
    void stopTransactionCarriesTheStopTxnData() {
        boot(builder -> builder.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "60")
                .configure(ConfigurationKeys.CLOCK_ALIGNED_DATA_INTERVAL, "3600")
                .configure(ConfigurationKeys.STOP_TXN_SAMPLED_DATA, "Energy.Active.Import.Register")
                .configure(ConfigurationKeys.STOP_TXN_ALIGNED_DATA, "Power.Active.Import")
                .maxStopTransactionMeterValues(10));
        harness.advance(Duration.ofMinutes(58)); // 08:58
        startCharging();
        harness.advance(Duration.ofMinutes(15)); // 15 samples and the 09:00 alignment
        harness.present(1, "TAG-1");
        StopTransactionRequest stop = harness.csms().received(StopTransactionRequest.class).get(0);
        List<MeterValue> data = stop.getTransactionData();
        assertThat(data).hasSize(10); // begin + samples and the aligned value, bounded, and the end
        assertThat(data.get(0).getSampledValue().get(0).getContext()).isEqualTo(ReadingContext.TRANSACTION_BEGIN);
        assertThat(data.get(9).getSampledValue().get(0).getContext()).isEqualTo(ReadingContext.TRANSACTION_END);
        assertThat(data).flatExtracting(MeterValue::getSampledValue)
                .filteredOn(v -> v.getContext() == ReadingContext.SAMPLE_CLOCK)
                .extracting(SampledValue::getMeasurand).containsExactly(Measurand.POWER_ACTIVE_IMPORT);
        assertThat(data.get(9).getSampledValue().get(0).getValue()).isEqualTo(Integer.toString(stop.getMeterStop()));
    }

    @Test
    void aChangedSampleIntervalTakesEffectAtOnce() {
        boot(builder -> builder.configure(ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, "600"));
        startCharging();
        harness.result(harness.chargePoint().changeConfiguration(new ChangeConfigurationRequest()
                .withKey("MeterValueSampleInterval").withValue("10")));
        harness.advance(Duration.ofSeconds(30));
        assertThat(harness.csms().received(MeterValuesRequest.class)).hasSize(3);
    }
}

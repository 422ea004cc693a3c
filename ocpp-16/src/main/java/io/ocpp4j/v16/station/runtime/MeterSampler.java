package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.Location;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MeterValue;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.SampledValue;
import io.ocpp4j.v16.model.UnitOfMeasure;
import io.ocpp4j.v16.model.ValueFormat;
import io.ocpp4j.v16.station.runtime.hardware.MeterReading;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns meter readings into OCPP meter values: the configured measurands, with context and unit. */
final class MeterSampler {

    private MeterSampler() {
    }

    /**
     * @param reading the reading
     * @param measurands the measurand names to report (a configuration key's members)
     * @param context why the values were taken
     * @param time when
     * @return the meter value, or empty if none of the measurands was read
     */
    static Optional<MeterValue> sample(MeterReading reading, List<String> measurands, ReadingContext context,
                                       OffsetDateTime time) {
        List<SampledValue> values = new ArrayList<>();
        for (String name : measurands) {
            Measurand measurand = Measurand.fromValue(name);
            Optional<BigDecimal> value = reading.value(measurand);
            if (value.isEmpty()) {
                continue;
            }
            SampledValue sampled = new SampledValue()
                    .withValue(value.get().toPlainString())
                    .withContext(context)
                    .withFormat(ValueFormat.RAW)
                    .withMeasurand(measurand)
                    .withUnit(unit(measurand));
            if (measurand == Measurand.SO_C) {
                sampled.setLocation(Location.EV);
            } else {
                sampled.setLocation(Location.OUTLET);
            }
            values.add(sampled);
        }
        return values.isEmpty() ? Optional.empty()
                : Optional.of(new MeterValue().withTimestamp(time).withSampledValue(values));
    }

    /** @return the unit a measurand's base value is in */
    static UnitOfMeasure unit(Measurand measurand) {
        return switch (measurand) {
            case ENERGY_ACTIVE_EXPORT_REGISTER, ENERGY_ACTIVE_IMPORT_REGISTER, ENERGY_ACTIVE_EXPORT_INTERVAL,
                    ENERGY_ACTIVE_IMPORT_INTERVAL -> UnitOfMeasure.WH;
            case ENERGY_REACTIVE_EXPORT_REGISTER, ENERGY_REACTIVE_IMPORT_REGISTER, ENERGY_REACTIVE_EXPORT_INTERVAL,
                    ENERGY_REACTIVE_IMPORT_INTERVAL -> UnitOfMeasure.VARH;
            case POWER_ACTIVE_EXPORT, POWER_ACTIVE_IMPORT, POWER_OFFERED -> UnitOfMeasure.W;
            case POWER_REACTIVE_EXPORT, POWER_REACTIVE_IMPORT -> UnitOfMeasure.VAR;
            case CURRENT_IMPORT, CURRENT_EXPORT, CURRENT_OFFERED -> UnitOfMeasure.A;
            case VOLTAGE -> UnitOfMeasure.V;
            case TEMPERATURE -> UnitOfMeasure.CELSIUS;
            case SO_C -> UnitOfMeasure.PERCENT;
            case FREQUENCY, POWER_FACTOR, RPM -> null;
        };
    }
}

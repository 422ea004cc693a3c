package io.ocpp4j.v16.station.runtime.hardware;

import io.ocpp4j.v16.model.Measurand;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One reading of a connector's meter: a value per measurand, in the measurand's base unit
 * ({@code Wh}, {@code varh}, {@code W}, {@code var}, {@code A}, {@code V}, {@code Hz}, {@code Celsius},
 * {@code Percent}).
 *
 * @param values the values, including {@link Measurand#ENERGY_ACTIVE_IMPORT_REGISTER}
 */
public record MeterReading(Map<Measurand, BigDecimal> values) {

    /**
     * Copies the values and checks that the imported energy is present.
     *
     * @param values the values, including {@link Measurand#ENERGY_ACTIVE_IMPORT_REGISTER}
     */
    public MeterReading {
        Objects.requireNonNull(values, "values");
        if (!values.containsKey(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER)) {
            throw new IllegalArgumentException("a reading needs Energy.Active.Import.Register");
        }
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /**
     * A reading of the imported energy only.
     *
     * @param energyWh the register, in Wh
     * @return the reading
     */
    public static MeterReading ofEnergy(long energyWh) {
        return new MeterReading(Map.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, BigDecimal.valueOf(energyWh)));
    }

    /** @return the imported active energy register, in whole Wh */
    public long energyWh() {
        return values.get(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER).longValue();
    }

    /**
     * @param measurand a measurand
     * @return its value, if the meter read it
     */
    public Optional<BigDecimal> value(Measurand measurand) {
        return Optional.ofNullable(values.get(measurand));
    }
}

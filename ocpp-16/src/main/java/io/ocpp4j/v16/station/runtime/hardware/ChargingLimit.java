package io.ocpp4j.v16.station.runtime.hardware;

import java.math.BigDecimal;

/**
 * The limit that smart charging puts on one connector now, in both units.
 *
 * @param amps the current per phase, in A (0.1 A resolution, rounded down)
 * @param watts the power, in W
 * @param phases the phases to charge on
 */
public record ChargingLimit(BigDecimal amps, BigDecimal watts, int phases) {
}

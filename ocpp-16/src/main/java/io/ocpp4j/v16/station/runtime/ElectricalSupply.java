package io.ocpp4j.v16.station.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a connector's supply can deliver, for smart charging: the phase-to-neutral voltage used to
 * convert between amperes and watts ({@code W = A × voltage × phases}), the number of phases used when a
 * schedule period does not say, and the most current per phase a connector draws when no charging
 * profile limits it.
 *
 * @param voltage phase-to-neutral voltage in V, e.g. 230
 * @param phases phases connected, 1 to 3
 * @param maxCurrent the hardware's limit per phase in A, e.g. 32
 */
public record ElectricalSupply(int voltage, int phases, BigDecimal maxCurrent) {

    /** A three-phase 230 V supply, 32 A per phase. */
    public static final ElectricalSupply THREE_PHASE_230V_32A = new ElectricalSupply(230, 3, BigDecimal.valueOf(32));

    public ElectricalSupply {
        if (voltage < 1) {
            throw new IllegalArgumentException("voltage must be positive: " + voltage);
        }
        if (phases < 1 || phases > 3) {
            throw new IllegalArgumentException("phases must be 1 to 3: " + phases);
        }
        Objects.requireNonNull(maxCurrent, "maxCurrent");
        if (maxCurrent.signum() <= 0) {
            throw new IllegalArgumentException("maxCurrent must be positive: " + maxCurrent);
        }
    }

    /**
     * @param amps current per phase
     * @param phases phases
     * @return the power, in W
     */
    public BigDecimal watts(BigDecimal amps, int phases) {
        return amps.multiply(BigDecimal.valueOf((long) voltage * phases));
    }

    /**
     * @param watts power
     * @param phases phases
     * @return the current per phase, in A, rounded down to 0.1 A (never above the power)
     */
    public BigDecimal amps(BigDecimal watts, int phases) {
        return watts.divide(BigDecimal.valueOf((long) voltage * phases), 1, RoundingMode.FLOOR);
    }
}

package io.ocpp4j.v16.station.runtime.hardware;

/**
 * Applies smart charging's limit to a connector's power electronics (e.g. the PWM duty cycle of
 * an AC charger, the setpoint of a DC module). The runtime calls it on its state thread whenever a
 * connector's effective limit changes: when profiles are set or cleared, transactions start or
 * stop, or a schedule moves to its next period. Must return quickly.
 */
@FunctionalInterface
public interface ChargingLimiter {

    /**
     * @param connectorId the connector, from 1
     * @param limit the limit in effect from now on
     */
    void limit(int connectorId, ChargingLimit limit);
}

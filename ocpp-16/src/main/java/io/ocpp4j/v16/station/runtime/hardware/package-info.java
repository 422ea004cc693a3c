/**
 * The hardware hooks of the OCPP 1.6 station runtime: what the runtime asks of the hardware
 * ({@link io.ocpp4j.v16.station.runtime.hardware.Meter}, {@link io.ocpp4j.v16.station.runtime.hardware.Contactor},
 * {@link io.ocpp4j.v16.station.runtime.hardware.ConnectorLock}, {@link io.ocpp4j.v16.station.runtime.hardware.Rebooter}),
 * what the hardware tells the runtime ({@link io.ocpp4j.v16.station.runtime.hardware.HardwareEvents}),
 * and a simulated implementation of all of them
 * ({@link io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware}).
 */
package io.ocpp4j.v16.station.runtime.hardware;

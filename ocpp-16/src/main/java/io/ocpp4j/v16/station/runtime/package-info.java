/**
 * The OCPP 1.6 station runtime: {@link io.ocpp4j.v16.station.runtime.StationRuntime} gives firmware
 * the behaviour of a certifiable charge point (boot, configuration, authorization, durable
 * transactions, availability, reset, unlock, remote control, data transfer) on top of the
 * {@link io.ocpp4j.v16.station.Station16} facade, behind the hardware hooks of
 * {@code io.ocpp4j.v16.station.runtime.hardware} and the {@code Store} of
 * {@code io.ocpp4j.v16.station.runtime.store}.
 */
package io.ocpp4j.v16.station.runtime;

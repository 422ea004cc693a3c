/**
 * Persistence of the OCPP 1.6 station runtime: the small {@link io.ocpp4j.v16.station.runtime.store.Store}
 * interface, its durable implementation on H2's MVStore
 * ({@link io.ocpp4j.v16.station.runtime.store.MvStoreStore}) and an in-memory one for tests.
 */
package io.ocpp4j.v16.station.runtime.store;

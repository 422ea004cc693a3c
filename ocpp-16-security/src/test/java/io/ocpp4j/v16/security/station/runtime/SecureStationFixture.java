package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.v16.station.runtime.BootInfo;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.Store;
import java.time.Clock;
import java.time.Duration;

/** Builds the station under test: profile 1 with the test password, CpoName set, quick reconnects. */
final class SecureStationFixture {

    private SecureStationFixture() {
    }

    static SecureStationRuntime.Builder station(RpcRuntime rpc, ScriptedCsms csms, Store store) {
        return station(rpc, csms, store, new SimulatedHardware(1, Clock.systemUTC()));
    }

    /**
     * The same with the station's hardware, to drive transactions: bind it to the runtime's events
     * after {@code build()} ({@code hardware.bind(station.runtime().events())}).
     */
    static SecureStationRuntime.Builder station(RpcRuntime rpc, ScriptedCsms csms, Store store, SimulatedHardware hardware) {
        return station(rpc, csms, store, hardware, 1);
    }

    /** The same with several connectors (the hardware must have as many). */
    static SecureStationRuntime.Builder station(RpcRuntime rpc, ScriptedCsms csms, Store store, SimulatedHardware hardware,
                                                int connectors) {
        return base(rpc, store, hardware, connectors)
                .csmsUrl(1, csms.url(1))
                .csmsUrl(2, csms.url(2))
                .csmsUrl(3, csms.url(3));
    }

    /**
     * The same without CSMS URLs, for a caller that sets them (e.g. a {@link SecureStationProfile}, which
     * sets those of the security profiles its station supports).
     */
    static SecureStationRuntime.Builder base(RpcRuntime rpc, Store store, SimulatedHardware hardware, int connectors) {
        return SecureStationRuntime.builder(rpc)
                .identity(ScriptedCsms.IDENTITY)
                .store(store)
                .backoff(new BackoffPolicy(Duration.ofMillis(200), Duration.ZERO, 0))
                .fallbackAfterAttempts(2)
                .switchDelay(Duration.ofMillis(200))
                .station(runtime -> runtime
                        .bootInfo(BootInfo.builder("ACME", "Secure-1").firmwareVersion("1.0").build())
                        .connectors(connectors)
                        .meter(hardware).contactor(hardware).connectorLock(hardware)
                        .configure(SecurityConfigurationKeys.SECURITY_PROFILE, "1")
                        .configure(SecurityConfigurationKeys.AUTHORIZATION_KEY, ScriptedCsms.PASSWORD)
                        .configure(SecurityConfigurationKeys.CPO_NAME, "ACME CPO"));
    }
}

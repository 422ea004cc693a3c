package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Critical security events raised while the station cannot reach its CSMS are queued durably and
 * delivered after it reconnects, in order, none lost; non-critical ones stay in the security log.
 */
class SecurityEventDeliveryTest {

    private final RpcRuntime rpc = RpcRuntime.create();
    private final ScriptedCsms csms = new ScriptedCsms(rpc);
    private SecureStationRuntime station;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
        csms.close();
        rpc.close();
    }

    @Test
    void critical_events_raised_offline_are_delivered_in_order_after_reconnecting() {
        station = SecureStationFixture.station(rpc, csms, new InMemoryStore()).build();
        station.start();
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.events.stream().anyMatch(e -> e.getType().equals("StartupOfTheDevice")));

        csms.open.set(false);
        csms.chargePoint().disconnect();
        await().atMost(ScriptedCsms.WAIT).until(() -> !csms.connected());
        IntStream.range(0, 20).forEach(i -> station.securityEvent(SecurityEventType.TAMPER_DETECTION_ACTIVATED, "door " + i));
        station.securityEvent(SecurityEventType.INVALID_MESSAGES, "not critical");
        station.securityEvent(SecurityEventType.MEMORY_EXHAUSTION, "last");

        // the CSMS refuses the station's password meanwhile: logged, not sent (not critical)
        await().atMost(ScriptedCsms.WAIT).until(() -> station.securityLog().stream()
                .anyMatch(e -> e.type().equals("FailedToAuthenticateAtCentralSystem")));
        csms.open.set(true);
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.events.size() == 1 + 20 + 1);
        assertThat(csms.events).extracting(SecurityEventNotificationRequest::getTechInfo).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of((String) null),
                        java.util.stream.Stream.concat(IntStream.range(0, 20).mapToObj(i -> "door " + i),
                                java.util.stream.Stream.of("last"))).toList());
        assertThat(csms.events.get(21).getType()).isEqualTo("MemoryExhaustion");
        assertThat(station.securityLog()).extracting(SecurityEvent::type).contains("InvalidMessages", "FailedToAuthenticateAtCentralSystem");
        assertThat(station.securityLog()).filteredOn(SecurityEvent::notified).hasSize(22);
    }

    @Test
    void the_CSMS_time_moving_the_clock_beyond_the_threshold_is_a_SettingSystemTime_event() {
        csms.clockOffset = java.time.Duration.ofHours(1);
        station = SecureStationFixture.station(rpc, csms, new InMemoryStore()).build();
        station.start();

        await().atMost(ScriptedCsms.WAIT).until(() -> csms.events.stream().anyMatch(e -> e.getType().equals("SettingSystemTime")));
        assertThat(csms.events).extracting(SecurityEventNotificationRequest::getType)
                .containsSubsequence("StartupOfTheDevice", "SettingSystemTime");
        // the station's time is the CSMS's now: its later events carry it
        assertThat(java.time.Duration.between(java.time.Instant.now(), station.runtime().now()))
                .isGreaterThan(java.time.Duration.ofMinutes(59));
        assertThat(station.securityLog()).filteredOn(e -> e.type().equals("SettingSystemTime")).hasSize(1);
    }

    @Test
    void a_CSMS_time_within_the_threshold_raises_nothing() {
        station = SecureStationFixture.station(rpc, csms, new InMemoryStore()).build();
        station.start();
        await().atMost(ScriptedCsms.WAIT).until(() -> csms.actions.contains("BootNotification")
                && csms.events.stream().anyMatch(e -> e.getType().equals("StartupOfTheDevice")));
        // the boot's answer was applied before StartupOfTheDevice was delivered (both on the state thread)
        assertThat(station.securityLog()).extracting(SecurityEvent::type).doesNotContain("SettingSystemTime");
    }
}

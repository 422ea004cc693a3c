package io.ocpp4j.v16.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecurityEventTypeTest {

    @Test
    void everyWireNameReadsBackToItsType() {
        Arrays.stream(SecurityEventType.values())
                .forEach(type -> assertThat(SecurityEventType.fromValue(type.value())).contains(type));
        assertThat(SecurityEventType.fromValue("SomethingVendorSpecific")).isEmpty();
    }

    @Test
    void theAuthenticationSpellingsSomeStationsSendAreRead() {
        assertThat(SecurityEventType.fromValue("FailedToAuthenticationAtCentralSystem"))
                .contains(SecurityEventType.FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM);
        assertThat(SecurityEventType.fromValue("CentralSystemFailedToAuthentication"))
                .contains(SecurityEventType.CENTRAL_SYSTEM_FAILED_TO_AUTHENTICATE);
    }

    @Test
    void criticalEventsAndThoseTheirUseCaseRequiresAreNotified() {
        assertThat(SecurityEventType.TAMPER_DETECTION_ACTIVATED.isNotified()).isTrue();
        assertThat(SecurityEventType.INVALID_FIRMWARE_SIGNATURE.isCritical()).isFalse();
        assertThat(SecurityEventType.INVALID_FIRMWARE_SIGNATURE.isNotified()).isTrue();
        assertThat(SecurityEventType.INVALID_MESSAGES.isNotified()).isFalse();
        assertThat(SecurityEventType.FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM.isNotified()).isFalse();
    }
}

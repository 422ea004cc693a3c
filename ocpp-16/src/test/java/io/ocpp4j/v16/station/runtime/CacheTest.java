package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.ClearCacheRequest;
import io.ocpp4j.v16.model.ClearCacheStatus;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.4 Cache. */
class CacheTest {

    private final StationHarness harness = new StationHarness();

    @BeforeEach
    void boot() {
        harness.csms().accept("TAG-1");
        harness.start(builder -> builder.configure(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED, "true")
                .configure(ConfigurationKeys.LOCAL_PRE_AUTHORIZE, "true"));
        harness.connect();
        // A first session teaches the cache TAG-1.
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        harness.present(1, "TAG-1");
        harness.unplug(1);
        harness.csms().clear();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    @DisplayName("TC_007_CS Regular Start Charging Session – Cached Id")
    void TC_007_CS_RegularStartChargingSessionCachedId() {
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "StartTransaction", "StatusNotification");
    }

    @Test
    @DisplayName("TC_061_CS Clear Authorization Data in Authorization Cache")
    void TC_061_CS_ClearAuthorizationDataInAuthorizationCache() {
        var cleared = harness.result(harness.chargePoint().clearCache(new ClearCacheRequest()));
        assertThat(cleared.getStatus()).isEqualTo(ClearCacheStatus.ACCEPTED);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "Authorize", "StartTransaction",
                "StatusNotification");
    }

    @Test
    void aCachedIdPastItsExpiryDateIsAuthorizedAgain() {
        harness.csms().tag("TAG-2", new IdTagInfo().withStatus(AuthorizationStatus.ACCEPTED)
                .withExpiryDate(OffsetDateTime.ofInstant(StationHarness.START, ZoneOffset.UTC).plusHours(1)));
        harness.plugIn(1);
        harness.present(1, "TAG-2");
        harness.present(1, "TAG-2");
        harness.unplug(1);
        harness.csms().clear();

        harness.plugIn(1);
        harness.present(1, "TAG-2"); // cached and valid: no Authorize
        harness.present(1, "TAG-2");
        harness.unplug(1);
        assertThat(harness.csms().actions()).doesNotContain("Authorize");

        harness.advance(Duration.ofMinutes(61));
        harness.csms().clear();
        harness.csms().tag("TAG-2", AuthorizationStatus.BLOCKED, null);
        harness.plugIn(1);
        harness.present(1, "TAG-2"); // the cached entry expired: the CSMS is asked, and now refuses
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "Authorize");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
    }

    @Test
    void theCacheIsNotUsedWhenDisabled() {
        var change = harness.result(harness.chargePoint().changeConfiguration(new ChangeConfigurationRequest()
                .withKey(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED).withValue("false")));
        assertThat(change.getStatus()).isEqualTo(ConfigurationStatus.ACCEPTED);
        harness.plugIn(1);
        harness.present(1, "TAG-1");
        assertThat(harness.csms().actions()).contains("Authorize");
    }
}

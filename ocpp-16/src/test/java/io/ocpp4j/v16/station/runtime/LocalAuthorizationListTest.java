package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationData;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.model.UpdateType;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.17 Local Authorization List. */
class LocalAuthorizationListTest {

    private final StationHarness harness = new StationHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    private void boot(Consumer<StationRuntime.Builder> options) {
        harness.start(options);
        harness.connect();
        harness.csms().clear();
    }

    private int version() {
        return harness.result(harness.chargePoint().getLocalListVersion(new GetLocalListVersionRequest())).getListVersion();
    }

    private UpdateStatus send(UpdateType type, int version, AuthorizationData... entries) {
        return harness.result(harness.chargePoint().sendLocalList(new SendLocalListRequest()
                .withUpdateType(type).withListVersion(version).withLocalAuthorizationList(List.of(entries)))).getStatus();
    }

    private static AuthorizationData entry(String idTag, AuthorizationStatus status) {
        return new AuthorizationData().withIdTag(idTag)
                .withIdTagInfo(status == null ? null : new IdTagInfo().withStatus(status));
    }

    @Test
    @DisplayName("TC_042_1_CS Get Local List Version (not supported)")
    void TC_042_1_CS_GetLocalListVersionNotSupported() {
        boot(builder -> builder.localAuthListManagement(false));
        assertThat(version()).isEqualTo(-1);
        assertThat(harness.station().configuration(ConfigurationKeys.SUPPORTED_FEATURE_PROFILES)).contains("Core");
        assertThat(harness.station().configuration(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED)).isEmpty();
    }

    @Test
    @DisplayName("TC_042_2_CS Get Local List Version (empty)")
    void TC_042_2_CS_GetLocalListVersionEmpty() {
        boot(builder -> {
        });
        assertThat(version()).isZero();
        assertThat(send(UpdateType.FULL, 5)).isEqualTo(UpdateStatus.ACCEPTED); // an empty full list
        assertThat(version()).isZero();
    }

    @Test
    @DisplayName("TC_043_CS Send Local Authorization List")
    void TC_043_CS_SendLocalAuthorizationList() {
        boot(builder -> {
        });
        assertThat(send(UpdateType.FULL, 1, entry("A", AuthorizationStatus.ACCEPTED), entry("B", AuthorizationStatus.BLOCKED)))
                .isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(version()).isEqualTo(1);
        assertThat(send(UpdateType.DIFFERENTIAL, 2, entry("C", AuthorizationStatus.ACCEPTED), entry("B", null)))
                .isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(version()).isEqualTo(2);

        harness.restart(true); // the list is durable
        harness.connect();
        assertThat(version()).isEqualTo(2);
    }

    @Test
    @DisplayName("TC_043_1_CS Send Local Authorization List - NotSupported")
    void TC_043_1_CS_SendLocalAuthorizationListNotSupported() {
        boot(builder -> builder.localAuthListManagement(false));
        assertThat(send(UpdateType.FULL, 1, entry("A", AuthorizationStatus.ACCEPTED))).isEqualTo(UpdateStatus.NOT_SUPPORTED);
    }

    @Test
    void sendLocalListIsNotSupportedWhileTheListIsDisabled() {
        boot(builder -> builder.configure(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED, "false"));
        assertThat(send(UpdateType.FULL, 1, entry("A", AuthorizationStatus.ACCEPTED))).isEqualTo(UpdateStatus.NOT_SUPPORTED);
    }

    @Test
    @DisplayName("TC_043_2_CS Send Local Authorization List - VersionMismatch")
    void TC_043_2_CS_SendLocalAuthorizationListVersionMismatch() {
        boot(builder -> {
        });
        assertThat(send(UpdateType.FULL, 3, entry("A", AuthorizationStatus.ACCEPTED))).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(send(UpdateType.DIFFERENTIAL, 3, entry("B", AuthorizationStatus.ACCEPTED)))
                .isEqualTo(UpdateStatus.VERSION_MISMATCH);
        assertThat(send(UpdateType.DIFFERENTIAL, 2, entry("B", AuthorizationStatus.ACCEPTED)))
                .isEqualTo(UpdateStatus.VERSION_MISMATCH);
        assertThat(version()).isEqualTo(3);
    }

    @Test
    @DisplayName("TC_043_3_CS Send Local Authorization List - Failed")
    void TC_043_3_CS_SendLocalAuthorizationListFailed() {
        boot(builder -> builder.configure(ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH, "3")
                .configure(ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH, "3"));
        List<AuthorizationData> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(entry("T" + i, AuthorizationStatus.ACCEPTED));
        }
        assertThat(send(UpdateType.FULL, 1, four.toArray(AuthorizationData[]::new))).isEqualTo(UpdateStatus.FAILED);
        assertThat(send(UpdateType.FULL, 1, four.subList(0, 3).toArray(AuthorizationData[]::new))).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(send(UpdateType.DIFFERENTIAL, 2, four.get(3))).isEqualTo(UpdateStatus.FAILED); // the list would hold 4
        assertThat(version()).isEqualTo(1);
    }

    @Test
    @DisplayName("TC_008_CS Regular Start Charging Session – Id in Local Authorization List")
    void TC_008_CS_RegularStartChargingSessionIdInLocalAuthorizationList() {
        boot(builder -> builder.configure(ConfigurationKeys.LOCAL_PRE_AUTHORIZE, "true"));
        harness.csms().accept("LOCAL-1"); // the CSMS would accept it too; the station must not ask
        assertThat(send(UpdateType.FULL, 1, entry("LOCAL-1", AuthorizationStatus.ACCEPTED))).isEqualTo(UpdateStatus.ACCEPTED);
        harness.plugIn(1);
        harness.present(1, "LOCAL-1");
        assertThat(harness.csms().actions()).containsExactly("StatusNotification", "StartTransaction", "StatusNotification");
    }

    @Test
    void aBlockedEntryOfTheLocalListRefusesOfflineButTheCsmsDecidesOnline() {
        boot(builder -> builder.configure(ConfigurationKeys.LOCAL_PRE_AUTHORIZE, "true"));
        assertThat(send(UpdateType.FULL, 1, entry("B", AuthorizationStatus.BLOCKED))).isEqualTo(UpdateStatus.ACCEPTED);
        harness.plugIn(1);
        harness.disconnect();
        harness.present(1, "B");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
        harness.connect();
        harness.csms().clear();
        harness.present(1, "B");
        assertThat(harness.csms().actions()).containsExactly("Authorize");
        assertThat(harness.station().connector(1).transactionActive()).isFalse();
    }
}

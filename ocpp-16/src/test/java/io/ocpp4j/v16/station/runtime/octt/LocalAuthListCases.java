package io.ocpp4j.v16.station.runtime.octt;

import static io.ocpp4j.v16.FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.v16.model.AuthorizationData;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.model.UpdateType;
import io.ocpp4j.v16.station.runtime.ConfigurationKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OCTT {@code _CS} cases of Local Authorization List Management (section 2.17), sized by each
 * station's {@code LocalAuthListMaxLength} and {@code SendLocalListMaxLength}.
 */
final class LocalAuthListCases {

    private LocalAuthListCases() {
    }

    static List<OcttCase> all() {
        return List.of(
                OcttCase.notRun("TC_042_1_CS", "Get Local List Version (not supported)", LOCAL_AUTH_LIST_MANAGEMENT,
                        station -> Optional.of("not applicable: the station supports the local list")),
                OcttCase.of("TC_042_2_CS", "Get Local List Version (empty)", LOCAL_AUTH_LIST_MANAGEMENT, run -> {
                    run.boot();
                    assertThat(version(run)).isZero();
                }),
                OcttCase.of("TC_043_CS", "Send Local Authorization List", LOCAL_AUTH_LIST_MANAGEMENT,
                        LocalAuthListCases::sendLocalList),
                OcttCase.notRun("TC_043_1_CS", "Send Local Authorization List - NotSupported", LOCAL_AUTH_LIST_MANAGEMENT,
                        station -> Optional.of("not applicable: the station supports the local list")),
                OcttCase.of("TC_043_2_CS", "Send Local Authorization List - VersionMismatch", LOCAL_AUTH_LIST_MANAGEMENT,
                        LocalAuthListCases::versionMismatch),
                OcttCase.of("TC_043_3_CS", "Send Local Authorization List - Failed", LOCAL_AUTH_LIST_MANAGEMENT,
                        LocalAuthListCases::failed),
                OcttCase.of("TC_008_CS", "Regular Start Charging Session – Id in Local Authorization List",
                        LOCAL_AUTH_LIST_MANAGEMENT, LocalAuthListCases::idInLocalList));
    }

    private static int version(CaseRun run) {
        return run.result(run.chargePoint().getLocalListVersion(new GetLocalListVersionRequest())).getListVersion();
    }

    private static UpdateStatus send(CaseRun run, UpdateType type, int version, List<AuthorizationData> entries) {
        return run.result(run.chargePoint().sendLocalList(new SendLocalListRequest()
                .withUpdateType(type).withListVersion(version).withLocalAuthorizationList(entries))).getStatus();
    }

    private static AuthorizationData entry(String idTag, AuthorizationStatus status) {
        return new AuthorizationData().withIdTag(idTag).withIdTagInfo(status == null ? null : new IdTagInfo().withStatus(status));
    }

    private static int limit(CaseRun run, String key) {
        return Integer.parseInt(run.harness().station().configuration(key).orElseThrow());
    }

    private static void sendLocalList(CaseRun run) {
        run.boot().configure(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED, "true");
        int perMessage = Math.min(limit(run, ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH), 50);
        List<AuthorizationData> full = new ArrayList<>();
        for (int i = 0; i < perMessage; i++) {
            full.add(entry("LOCAL-" + i, AuthorizationStatus.ACCEPTED));
        }
        assertThat(send(run, UpdateType.FULL, 1, full)).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(version(run)).isEqualTo(1);
        assertThat(send(run, UpdateType.DIFFERENTIAL, 2, List.of(entry("LOCAL-0", null)))).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(version(run)).isEqualTo(2);
        assertThat(send(run, UpdateType.FULL, 3, List.of())).as("an empty full list clears it").isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(version(run)).as("version 0: the list is empty").isZero();
    }

    private static void versionMismatch(CaseRun run) {
        run.boot().configure(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED, "true");
        assertThat(send(run, UpdateType.FULL, 5, List.of(entry("A", AuthorizationStatus.ACCEPTED)))).isEqualTo(UpdateStatus.ACCEPTED);
        assertThat(send(run, UpdateType.DIFFERENTIAL, 4, List.of(entry("B", AuthorizationStatus.ACCEPTED))))
                .isEqualTo(UpdateStatus.VERSION_MISMATCH);
        assertThat(version(run)).isEqualTo(5);
    }

    private static void failed(CaseRun run) {
        run.boot().configure(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED, "true");
        int perMessage = limit(run, ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH);
        int listMax = limit(run, ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH);
        if (listMax <= perMessage) {
            // fill the list in one message, then one more entry does not fit
            List<AuthorizationData> all = new ArrayList<>();
            for (int i = 0; i < listMax; i++) {
                all.add(entry("T" + i, AuthorizationStatus.ACCEPTED));
            }
            assertThat(send(run, UpdateType.FULL, 1, all)).isEqualTo(UpdateStatus.ACCEPTED);
            assertThat(send(run, UpdateType.DIFFERENTIAL, 2, List.of(entry("ONE-TOO-MANY", AuthorizationStatus.ACCEPTED))))
                    .isEqualTo(UpdateStatus.FAILED);
            assertThat(version(run)).isEqualTo(1);
        } else {
            // a message longer than SendLocalListMaxLength cannot be taken
            List<AuthorizationData> tooMany = new ArrayList<>();
            for (int i = 0; i <= perMessage; i++) {
                tooMany.add(entry("T" + i, AuthorizationStatus.ACCEPTED));
            }
            assertThat(send(run, UpdateType.FULL, 1, tooMany)).isEqualTo(UpdateStatus.FAILED);
            assertThat(version(run)).isZero();
        }
    }

    private static void idInLocalList(CaseRun run) {
        run.boot().configure(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED, "true")
                .configure(ConfigurationKeys.LOCAL_PRE_AUTHORIZE, "true");
        run.csms().accept("LOCAL-1"); // the CSMS would accept it too: the station must not ask
        assertThat(send(run, UpdateType.FULL, 1, List.of(entry("LOCAL-1", AuthorizationStatus.ACCEPTED))))
                .isEqualTo(UpdateStatus.ACCEPTED);
        run.clear();
        run.plugIn(run.last());
        run.present(run.last(), "LOCAL-1");
        assertThat(run.actions()).containsExactly("StatusNotification", "StartTransaction", "StatusNotification");
        assertThat(run.statuses(run.last())).containsExactly(ChargePointStatus.PREPARING, ChargePointStatus.CHARGING);
    }
}

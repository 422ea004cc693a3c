package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.core.testing.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogAndHandlersTest {

    @Test
    void catalogFindsActionsByExactName() {
        assertThat(TestCatalog.CATALOG.find("Heartbeat")).contains(TestCatalog.HEARTBEAT);
        assertThat(TestCatalog.CATALOG.find("heartbeat")).isEmpty();
        assertThat(TestCatalog.CATALOG.actions()).hasSize(3);
    }

    @Test
    void catalogRefusesDuplicateNames() {
        assertThatThrownBy(() -> ActionCatalog.of(List.of(TestCatalog.HEARTBEAT, TestCatalog.HEARTBEAT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Heartbeat");
        assertThatThrownBy(() -> TestCatalog.CATALOG.plus(List.of(TestCatalog.HEARTBEAT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extendingACatalogKeepsTheVersion() {
        Action<TestCatalog.HeartbeatRequest, TestCatalog.HeartbeatResponse> extra = new Action<>("Ping",
                TestCatalog.HeartbeatRequest.class, TestCatalog.HeartbeatResponse.class, "a.json", "b.json",
                Direction.BOTH, "Extension");
        ProtocolVersion extended = TestCatalog.V16_STYLE.withCatalog(TestCatalog.CATALOG.plus(List.of(extra)));
        assertThat(extended.subprotocol()).isEqualTo(TestCatalog.V16_STYLE.subprotocol());
        assertThat(extended.catalog().find("Ping")).contains(extra);
        assertThat(extended.catalog().find("Heartbeat")).isPresent();
    }

    @Test
    void directionsTellWhoMaySend() {
        assertThat(Direction.TO_CSMS.allowsSender(Role.STATION)).isTrue();
        assertThat(Direction.TO_CSMS.allowsSender(Role.CSMS)).isFalse();
        assertThat(Direction.TO_STATION.allowsSender(Role.CSMS)).isTrue();
        assertThat(Direction.TO_STATION.allowsSender(Role.STATION)).isFalse();
        assertThat(Direction.BOTH.allowsSender(Role.STATION)).isTrue();
        assertThat(Direction.BOTH.allowsSender(Role.CSMS)).isTrue();
    }

    @Test
    void handlersRefuseASecondHandlerForAnAction() {
        Handlers.Builder builder = Handlers.builder().on(TestCatalog.HEARTBEAT, (request, context) -> null);
        assertThatThrownBy(() -> builder.on(TestCatalog.HEARTBEAT, (request, context) -> null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Heartbeat");
        Handlers first = Handlers.builder().on(TestCatalog.HEARTBEAT, (request, context) -> null).build();
        assertThatThrownBy(() -> Handlers.builder().addAll(first).addAll(first)).isInstanceOf(IllegalStateException.class);
        assertThat(Handlers.builder().addAll(first).build().find("Heartbeat")).isPresent();
        assertThat(Handlers.NONE.find("Heartbeat")).isEmpty();
    }
}

package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.testing.Link;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/** Whatever a peer sends, the session keeps serving: the next valid call is answered. */
class RpcSessionProperties {

    private static final RpcRuntime RUNTIME = RpcRuntime.builder().name("fuzz").build();

    @AfterContainer
    static void stop() {
        RUNTIME.close();
    }

    @Property(tries = 200)
    void anyInputLeavesTheSessionServing(@ForAll @Size(max = 5) List<String> garbage) {
        try (Link link = new Link(TestCatalog.V201_STYLE)) {
            RawPeer peer = new RawPeer(link.station());
            RpcSession csms = RpcSession.builder(link.csms(), TestCatalog.V201_STYLE, Role.CSMS).runtime(RUNTIME)
                    .handlers(Handlers.builder().on(TestCatalog.HEARTBEAT, (request, context) ->
                            new TestCatalog.HeartbeatResponse(java.time.OffsetDateTime.parse("2024-01-01T00:00:00Z"))).build())
                    .build();
            garbage.forEach(peer::send);
            peer.send("[2,\"probe\",\"Heartbeat\",{}]");
            JsonNode answer;
            do {
                answer = peer.next();
                assertThat(answer.get(0).asInt()).isIn(3, 4);
            } while (!"probe".equals(answer.get(1).asText()) || answer.get(0).asInt() != 3);
            assertThat(csms.isOpen()).isTrue();
        }
    }
}

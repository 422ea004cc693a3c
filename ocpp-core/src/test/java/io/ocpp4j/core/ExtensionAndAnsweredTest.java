package io.ocpp4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.testing.Link;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import io.ocpp4j.core.testing.TestCatalog.HeartbeatRequest;
import io.ocpp4j.core.testing.TestCatalog.HeartbeatResponse;
import io.ocpp4j.core.testing.TestCatalog.Limit;
import io.ocpp4j.core.testing.TestCatalog.SetLimitsRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link CallContext#answered()} and {@link EndpointExtension} on a facade builder. */
class ExtensionAndAnsweredTest {

    private static final RpcRuntime RUNTIME = RpcRuntime.builder().name("extension-test").build();
    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.UTC);
    /** An action only the extension defines; the station sends it. */
    private static final Action<HeartbeatRequest, HeartbeatResponse> PING = new Action<>("Ping",
            HeartbeatRequest.class, HeartbeatResponse.class, "schemas/test/HeartbeatRequest.json",
            "schemas/test/HeartbeatResponse.json", Direction.TO_CSMS, "Extension");

    private final Link link = new Link(TestCatalog.V16_STYLE);

    @AfterEach
    void unlink() {
        link.close();
    }

    @AfterAll
    static void stopRuntime() {
        RUNTIME.close();
    }

    /** A minimal CSMS facade builder over core's base class. */
    private static final class TestBuilder extends EndpointBuilder<TestBuilder, RpcSession> {
        TestBuilder() {
            super(RUNTIME, TestCatalog.V16_STYLE);
        }

        @Override
        protected TestBuilder self() {
            return this;
        }

        Function<Connection, RpcSession> build(Handlers.Builder handlers) {
            return sessions(Role.CSMS, handlers);
        }

        ProtocolVersion version() {
            return protocolVersion();
        }
    }

    private static EndpointExtension pingExtension(Handlers handlers) {
        return new EndpointExtension() {
            @Override
            public ProtocolVersion extend(ProtocolVersion base) {
                return base.withCatalog(base.catalog().plus(List.of(PING)));
            }

            @Override
            public Handlers handlers() {
                return handlers;
            }
        };
    }

    @Test
    void aFollowUpCallWaitsForTheAnswerOnTheWire() throws Exception {
        CompletableFuture<HeartbeatResponse> answer = new CompletableFuture<>();
        CompletableFuture<CallContext> context = new CompletableFuture<>();
        Handlers.Builder handlers = Handlers.builder().onAsync(TestCatalog.HEARTBEAT, (request, ctx) -> {
            context.complete(ctx);
            return answer;
        });
        RpcSession csms = new TestBuilder().build(handlers).apply(link.csms());
        RawPeer station = new RawPeer(link.station());

        station.send("[2,\"hb-1\",\"Heartbeat\",{}]");
        CallContext ctx = context.get(5, TimeUnit.SECONDS);
        // The follow-up is registered while the handler's answer is still pending.
        ctx.answered().thenRun(() -> csms.call(TestCatalog.SET_LIMITS, new SetLimitsRequest(1, List.of(new Limit(BigDecimal.TEN, "A")))));
        assertThat(ctx.answered().toCompletableFuture().isDone()).isFalse();

        answer.complete(new HeartbeatResponse(NOON));

        JsonNode first = station.next();
        JsonNode second = station.next();
        assertThat(first.get(0).asInt()).as("the answer first").isEqualTo(3);
        assertThat(first.get(1).asText()).isEqualTo("hb-1");
        assertThat(second.get(0).asInt()).as("then the follow-up call").isEqualTo(2);
        assertThat(second.get(2).asText()).isEqualTo("SetLimits");
        ctx.answered().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void answeredCompletesAfterACallErrorToo() throws Exception {
        CompletableFuture<CallContext> context = new CompletableFuture<>();
        Handlers.Builder handlers = Handlers.builder().onAsync(TestCatalog.HEARTBEAT, (request, ctx) -> {
            context.complete(ctx);
            throw new CallErrorException(ErrorCode.NOT_SUPPORTED, "no");
        });
        new TestBuilder().build(handlers).apply(link.csms());
        RawPeer station = new RawPeer(link.station());

        station.send("[2,\"hb-2\",\"Heartbeat\",{}]");

        assertThat(station.next().get(0).asInt()).isEqualTo(4);
        context.get(5, TimeUnit.SECONDS).answered().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void anExtensionAddsItsActionsAndHandlers() {
        TestBuilder builder = new TestBuilder().extension(pingExtension(Handlers.builder()
                .on(PING, (request, ctx) -> new HeartbeatResponse(NOON)).build()));
        assertThat(builder.version().subprotocol()).isEqualTo("test1.6");
        assertThat(builder.version().catalog().find("Ping")).contains(PING);
        new TestBuilder().extension(pingExtension(Handlers.builder()
                .on(PING, (request, ctx) -> new HeartbeatResponse(NOON)).build()))
                .build(Handlers.builder()).apply(link.csms());
        RawPeer station = new RawPeer(link.station());

        station.send("[2,\"p-1\",\"Ping\",{}]");

        JsonNode answer = station.next();
        assertThat(answer.get(0).asInt()).isEqualTo(3);
        assertThat(answer.get(2).get("currentTime").asText()).startsWith("2026-11-21T12:00");
    }

    @Test
    void aHandlerForAnActionTheVersionLacksIsRefusedAtBuild() {
        TestBuilder builder = new TestBuilder().extraHandlers(Handlers.builder()
                .on(PING, (request, ctx) -> new HeartbeatResponse(NOON)).build());
        assertThatThrownBy(() -> builder.build(Handlers.builder()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Ping")
                .hasMessageContaining("extension");
    }

    @Test
    void anExtensionMayNotChangeTheSubprotocol() {
        TestBuilder builder = new TestBuilder().extension(new EndpointExtension() {
            @Override
            public ProtocolVersion extend(ProtocolVersion base) {
                return TestCatalog.V201_STYLE;
            }

            @Override
            public Handlers handlers() {
                return Handlers.NONE;
            }
        });
        assertThatThrownBy(builder::version).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test2.0.1");
    }
}

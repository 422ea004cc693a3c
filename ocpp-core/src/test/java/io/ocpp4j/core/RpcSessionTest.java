package io.ocpp4j.core;

import static io.ocpp4j.core.testing.TestCatalog.BOOT_NOTIFICATION;
import static io.ocpp4j.core.testing.TestCatalog.HEARTBEAT;
import static io.ocpp4j.core.testing.TestCatalog.SET_LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.testing.CountingListener;
import io.ocpp4j.core.testing.Link;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationRequest;
import io.ocpp4j.core.testing.TestCatalog.BootNotificationResponse;
import io.ocpp4j.core.testing.TestCatalog.HeartbeatRequest;
import io.ocpp4j.core.testing.TestCatalog.Limit;
import io.ocpp4j.core.testing.TestCatalog.SetLimitsRequest;
import io.ocpp4j.core.testing.TestCatalog.SetLimitsResponse;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.ValidationConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RpcSessionTest {

    private static final RpcRuntime RUNTIME = RpcRuntime.builder().name("test").build();
    private static final OffsetDateTime NOON = OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private Link link;
    private final CountingListener stationCounts = new CountingListener();

    @BeforeEach
    void link() {
        link = new Link(TestCatalog.V201_STYLE);
    }

    @AfterEach
    void unlink() {
        link.close();
    }

    @AfterAll
    static void stopRuntime() {
        RUNTIME.close();
    }

    private RpcSession.Builder station(ProtocolVersion version) {
        return RpcSession.builder(link.station(), version, Role.STATION).runtime(RUNTIME).listener(stationCounts);
    }

    private RpcSession.Builder csms(ProtocolVersion version) {
        return RpcSession.builder(link.csms(), version, Role.CSMS).runtime(RUNTIME);
    }

    private static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the stage did not fail in time", e);
        }
        throw new AssertionError("the stage completed normally");
    }

    @Test
    void callsGoBothWaysTyped() throws Exception {
        RpcSession csms = csms(TestCatalog.V201_STYLE).handlers(Handlers.builder()
                .on(BOOT_NOTIFICATION, (request, context) -> new BootNotificationResponse(
                        request.chargePointVendor().equals("ACME") ? "Accepted" : "Rejected", NOON, 300))
                .build()).build();
        RpcSession station = station(TestCatalog.V201_STYLE).handlers(Handlers.builder()
                .on(SET_LIMITS, (request, context) -> new SetLimitsResponse(
                        request.limits().get(0).limit().compareTo(new BigDecimal("32")) <= 0 ? "Accepted" : "Rejected"))
                .build()).build();

        BootNotificationResponse boot = result(station.call(BOOT_NOTIFICATION, new BootNotificationRequest("ACME", "X1")));
        assertThat(boot).isEqualTo(new BootNotificationResponse("Accepted", NOON, 300));

        SetLimitsResponse limits = result(csms.call(SET_LIMITS,
                new SetLimitsRequest(1, List.of(new Limit(new BigDecimal("6.5"), "A")))));
        assertThat(limits.status()).isEqualTo("Accepted");
        assertThat(station.pendingCalls()).isZero();
        assertThat(stationCounts.sent.sum()).isEqualTo(1);
        assertThat(stationCounts.outcome(RpcListener.Outcome.RESULT)).isEqualTo(1);
    }

    @Test
    void handlersRunOffTheIoThreadAndSeeTheirContext() throws Exception {
        CompletableFuture<String> thread = new CompletableFuture<>();
        CompletableFuture<CallContext> seen = new CompletableFuture<>();
        csms(TestCatalog.V201_STYLE).handlers(Handlers.builder().on(HEARTBEAT, (request, context) -> {
            thread.complete(Thread.currentThread().getName());
            seen.complete(context);
            return new TestCatalog.HeartbeatResponse(NOON);
        }).build()).build();
        RpcSession station = station(TestCatalog.V201_STYLE).build();
        CompletableFuture<String> completionThread = station.call(HEARTBEAT, new HeartbeatRequest())
                .thenApply(response -> Thread.currentThread().getName()).toCompletableFuture();

        assertThat(thread.get(5, TimeUnit.SECONDS)).startsWith("test-handler").doesNotStartWith("io-");
        assertThat(completionThread.get(5, TimeUnit.SECONDS)).doesNotStartWith("io-");
        assertThat(seen.get().stationIdentity()).isEqualTo("CP-1");
        assertThat(seen.get().action()).isEqualTo("Heartbeat");
    }

    @Test
    void asyncHandlersAnswerWhenTheirStageCompletes() throws Exception {
        CompletableFuture<BootNotificationResponse> later = new CompletableFuture<>();
        csms(TestCatalog.V201_STYLE).handlers(Handlers.builder()
                .onAsync(BOOT_NOTIFICATION, (request, context) -> later).build()).build();
        RpcSession station = station(TestCatalog.V201_STYLE).build();
        CompletionStage<BootNotificationResponse> call = station.call(BOOT_NOTIFICATION, new BootNotificationRequest("A", "B"));
        assertThat(call.toCompletableFuture()).isNotDone();
        later.complete(new BootNotificationResponse("Pending", NOON, 10));
        assertThat(result(call).status()).isEqualTo("Pending");
    }

    @Test
    void aCallErrorAnswerFailsTheCallWithItsCode() {
        csms(TestCatalog.V201_STYLE).handlers(Handlers.builder().on(BOOT_NOTIFICATION, (request, context) -> {
            throw new CallErrorException(ErrorCode.SECURITY_ERROR, "not allowed");
        }).build()).build();
        RpcSession station = station(TestCatalog.V201_STYLE).build();
        Throwable failure = failure(station.call(BOOT_NOTIFICATION, new BootNotificationRequest("A", "B")));
        assertThat(failure).isInstanceOf(CallErrorException.class);
        CallErrorException error = (CallErrorException) failure;
        assertThat(error.code()).isEqualTo(ErrorCode.SECURITY_ERROR);
        assertThat(error.wireCode()).isEqualTo("SecurityError");
        assertThat(error.description()).isEqualTo("not allowed");
        assertThat(error.getMessage()).contains("BootNotification").contains("SecurityError");
    }

    @Test
    void anInvalidRequestIsRefusedBeforeSending() {
        RawPeer peer = new RawPeer(link.csms());
        RpcSession station = station(TestCatalog.V201_STYLE).build();
        Throwable failure = failure(station.call(BOOT_NOTIFICATION, new BootNotificationRequest("A".repeat(21), "B")));
        assertThat(failure).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) failure).violation().pointer()).isEqualTo("/chargePointVendor");
        peer.expectSilence(Duration.ofMillis(100));
        assertThat(station.pendingCalls()).isZero();
    }

    @Test
    void outgoingValidationCanBeSwitchedOff() {
        RawPeer peer = new RawPeer(link.csms());
        RpcSession station = station(TestCatalog.V201_STYLE)
                .validation(ValidationConfig.builder().validateOutgoing(false).build()).build();
        station.call(BOOT_NOTIFICATION, new BootNotificationRequest("A".repeat(21), "B"));
        assertThat(peer.next().get(2).asText()).isEqualTo("BootNotification");
    }

    @Test
    void aCallTheSideMayNotSendIsRefused() {
        RpcSession station = station(TestCatalog.V201_STYLE).build();
        assertThat(failure(station.call(SET_LIMITS, new SetLimitsRequest(1, List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SetLimits");
    }

    @Nested
    class AnsweringBadCalls {

        private RawPeer peer;

        private void start(ProtocolVersion version) {
            peer = new RawPeer(link.station());
            csms(version).handlers(Handlers.builder()
                    .on(BOOT_NOTIFICATION, (request, context) -> new BootNotificationResponse("Accepted", NOON, 300))
                    .on(HEARTBEAT, (request, context) -> {
                        throw new IllegalStateException("database down at db.internal:5432");
                    })
                    .build()).build();
        }

        private JsonNode exchange(String frame) {
            peer.send(frame);
            return peer.next();
        }

        private void assertError(JsonNode answer, String id, String code) {
            assertThat(answer.get(0).asInt()).as(answer.toString()).isEqualTo(4);
            assertThat(answer.get(1).asText()).as(answer.toString()).isEqualTo(id);
            assertThat(answer.get(2).asText()).as(answer.toString()).isEqualTo(code);
            assertThat(answer.get(4).isObject()).isTrue();
        }

        @Test
        void unknownActionIsNotImplemented() {
            start(TestCatalog.V201_STYLE);
            assertError(exchange("[2,\"m1\",\"FlyToTheMoon\",{}]"), "m1", "NotImplemented");
        }

        @Test
        void knownActionWithoutHandlerIsNotSupported() {
            peer = new RawPeer(link.station());
            csms(TestCatalog.V201_STYLE).build();
            assertError(exchange("[2,\"m1\",\"Heartbeat\",{}]"), "m1", "NotSupported");
        }

        @Test
        void actionFromTheWrongSideIsNotSupported() {
            start(TestCatalog.V201_STYLE);
            assertError(exchange("[2,\"m1\",\"SetLimits\",{\"connectorId\":1,\"limits\":[]}]"), "m1", "NotSupported");
        }

        @Test
        void handlerFailureIsInternalErrorWithoutInternals() {
            start(TestCatalog.V201_STYLE);
            JsonNode answer = exchange("[2,\"m1\",\"Heartbeat\",{}]");
            assertError(answer, "m1", "InternalError");
            assertThat(answer.get(3).asText()).doesNotContain("db.internal").doesNotContain("Exception").doesNotContain("at ");
        }

        @Test
        void schemaViolationsUseOcpp201Spelling() {
            start(TestCatalog.V201_STYLE);
            assertError(exchange("[2,\"a\",\"BootNotification\",{\"chargePointVendor\":\"V\"}]"), "a",
                    "OccurrenceConstraintViolation");
            assertError(exchange("[2,\"b\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"x\":1}]"),
                    "b", "FormatViolation");
            assertError(exchange("[2,\"c\",\"BootNotification\",{\"chargePointVendor\":1,\"chargePointModel\":\"M\"}]"),
                    "c", "TypeConstraintViolation");
            JsonNode tooLong = exchange("[2,\"d\",\"BootNotification\",{\"chargePointVendor\":\"123456789012345678901\",\"chargePointModel\":\"M\"}]");
            assertError(tooLong, "d", "PropertyConstraintViolation");
            assertThat(tooLong.get(3).asText()).contains("/chargePointVendor");
            assertError(exchange("[2,\"e\",\"BootNotification\",[]]"), "e", "FormatViolation");
        }

        @Test
        void schemaViolationsUseOcpp16Spelling() {
            start(TestCatalog.V16_STYLE);
            assertError(exchange("[2,\"a\",\"BootNotification\",{\"chargePointVendor\":\"V\"}]"), "a",
                    "OccurenceConstraintViolation");
            assertError(exchange("[2,\"b\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"x\":1}]"),
                    "b", "FormationViolation");
            assertError(exchange("[2,\"e\",\"BootNotification\",[]]"), "e", "FormationViolation");
        }

        @Test
        void malformedFramesAreAnsweredUnderTheirIdOrMinusOne() {
            start(TestCatalog.V201_STYLE);
            assertError(exchange("this is not json"), "-1", "RpcFrameworkError");
            assertError(exchange("[2,{\"id\":1},\"Heartbeat\",{}]"), "-1", "RpcFrameworkError");
            assertError(exchange("[2,\"m2\",\"Heartbeat\"]"), "m2", "RpcFrameworkError");
            assertError(exchange("[7,\"m3\",\"Heartbeat\",{}]"), "m3", "MessageTypeNotSupported");
            assertError(exchange("[2,\"m4\",\"BootNotification\",{\"chargePointVendor\":1e99999999999}]"), "m4", "FormatViolation");
        }

        @Test
        void malformedFramesUseOcpp16Spelling() {
            start(TestCatalog.V16_STYLE);
            assertError(exchange("[7,\"m3\",\"Heartbeat\",{}]"), "m3", "FormationViolation");
            assertError(exchange("nope"), "-1", "FormationViolation");
        }

        @Test
        void anIntegerTooLargeForItsFieldIsAPropertyViolation() {
            // valid per schema (an integer >= 0), but it does not fit the model's Integer
            peer = new RawPeer(link.csms());
            station(TestCatalog.V201_STYLE).handlers(Handlers.builder()
                    .on(SET_LIMITS, (request, context) -> new SetLimitsResponse("Accepted")).build()).build();
            JsonNode answer = exchange("[2,\"m1\",\"SetLimits\",{\"connectorId\":2147483648,\"limits\":[{\"limit\":1,\"unit\":\"A\"}]}]");
            assertError(answer, "m1", "PropertyConstraintViolation");
            assertThat(answer.get(3).asText()).contains("/connectorId");
        }

        @Test
        void badInputNeverStopsTheSession() {
            start(TestCatalog.V201_STYLE);
            for (String garbage : List.of("", "[", "]", "{}", "[3,\"x\",{}]", "[4,\"x\",\"A\",\"B\",{}]", "\u0000", "[2,\"z\",\"Heartbeat\",{}]]")) {
                peer.send(garbage);
            }
            peer.send("[2,\"ok\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]");
            JsonNode answer;
            do {
                answer = peer.next();
            } while (!answer.get(1).asText().equals("ok"));
            assertThat(answer.get(0).asInt()).isEqualTo(3);
            assertThat(answer.get(2).get("status").asText()).isEqualTo("Accepted");
        }

        @Test
        void answersAreNeverAnswered() {
            start(TestCatalog.V201_STYLE);
            peer.send("[3,\"unknown\",{}]");
            peer.send("[4,\"unknown\",\"GenericError\",\"\",{}]");
            peer.send("[3,\"unknown\",[]]");
            peer.expectSilence(Duration.ofMillis(200));
        }

        @Test
        void aDuplicateIdOfACallStillBeingHandledIsRefused() {
            peer = new RawPeer(link.station());
            CompletableFuture<BootNotificationResponse> later = new CompletableFuture<>();
            csms(TestCatalog.V201_STYLE).handlers(Handlers.builder()
                    .onAsync(BOOT_NOTIFICATION, (request, context) -> later).build()).build();
            String boot = "[2,\"same\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]";
            peer.send(boot);
            peer.send(boot);
            assertError(peer.next(), "same", "RpcFrameworkError");
            later.complete(new BootNotificationResponse("Accepted", NOON, 300));
            JsonNode result = peer.next();
            assertThat(result.get(0).asInt()).isEqualTo(3);
            assertThat(result.get(1).asText()).isEqualTo("same");
            // once answered, the id may be used again
            peer.send(boot);
            assertThat(peer.next().get(0).asInt()).isEqualTo(3);
        }

        @Test
        void incomingCallsAreHandledInArrivalOrder() {
            peer = new RawPeer(link.station());
            List<String> order = new CopyOnWriteArrayList<>();
            csms(TestCatalog.V201_STYLE).maxIncomingCalls(64).handlers(Handlers.builder()
                    .on(BOOT_NOTIFICATION, (request, context) -> {
                        order.add(request.chargePointModel());
                        return new BootNotificationResponse("Accepted", NOON, 300);
                    }).build()).build();
            for (int i = 0; i < 50; i++) {
                peer.send("[2,\"m" + i + "\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"" + i + "\"}]");
            }
            for (int i = 0; i < 50; i++) {
                peer.next();
            }
            assertThat(order).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).mapToObj(String::valueOf).toList());
        }

        @Test
        void tooManyConcurrentIncomingCallsAreRefused() {
            peer = new RawPeer(link.station());
            CompletableFuture<BootNotificationResponse> never = new CompletableFuture<>();
            csms(TestCatalog.V201_STYLE).maxIncomingCalls(2).handlers(Handlers.builder()
                    .onAsync(BOOT_NOTIFICATION, (request, context) -> never).build()).build();
            for (int i = 0; i < 3; i++) {
                peer.send("[2,\"m" + i + "\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]");
            }
            assertError(peer.next(), "m2", "GenericError");
        }

        @Test
        void anInvalidResponseOfOurOwnIsAnsweredAsInternalError() {
            peer = new RawPeer(link.station());
            csms(TestCatalog.V201_STYLE).handlers(Handlers.builder()
                    .on(BOOT_NOTIFICATION, (request, context) -> new BootNotificationResponse("Maybe", NOON, 300))
                    .build()).build();
            assertError(exchange("[2,\"m1\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]"),
                    "m1", "InternalError");
        }

        @Test
        void leniencyIsPerSessionAndAction() {
            peer = new RawPeer(link.station());
            CompletableFuture<BootNotificationRequest> seen = new CompletableFuture<>();
            csms(TestCatalog.V201_STYLE)
                    .validation(ValidationConfig.builder().leniency("BootNotification", new Leniency(true, true)).build())
                    .handlers(Handlers.builder().on(BOOT_NOTIFICATION, (request, context) -> {
                        seen.complete(request);
                        return new BootNotificationResponse("Accepted", NOON, 300);
                    }).build()).build();
            JsonNode answer = exchange("[2,\"m1\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\","
                    + "\"bootTime\":\"2024-01-01T12:00:00\",\"vendorExtra\":true}]");
            assertThat(answer.get(0).asInt()).isEqualTo(3);
            assertThat(seen.join().bootTime()).isEqualTo(NOON);
        }
    }

    @Nested
    class OutgoingCalls {

        private RawPeer peer;
        private RpcSession station;

        @BeforeEach
        void start() {
            peer = new RawPeer(link.csms());
            station = station(TestCatalog.V201_STYLE).callTimeout(Duration.ofMillis(300)).maxQueuedCalls(2).build();
        }

        private CompletionStage<BootNotificationResponse> boot(String model) {
            return station.call(BOOT_NOTIFICATION, new BootNotificationRequest("V", model));
        }

        @Test
        void onlyOneCallIsInFlightAndTheRestWaitInOrder() {
            CompletionStage<BootNotificationResponse> first = boot("1");
            CompletionStage<BootNotificationResponse> second = boot("2");
            CompletionStage<BootNotificationResponse> third = boot("3");
            JsonNode call1 = peer.next();
            assertThat(call1.get(3).get("chargePointModel").asText()).isEqualTo("1");
            peer.expectSilence(Duration.ofMillis(100));
            assertThat(station.pendingCalls()).isEqualTo(3);

            peer.send("[3,\"" + call1.get(1).asText() + "\",{\"status\":\"Accepted\",\"currentTime\":\"2024-01-01T12:00:00Z\",\"interval\":1}]");
            JsonNode call2 = peer.next();
            assertThat(call2.get(3).get("chargePointModel").asText()).isEqualTo("2");
            assertThat(first.toCompletableFuture().join().status()).isEqualTo("Accepted");
            assertThat(second.toCompletableFuture()).isNotDone();
            assertThat(third.toCompletableFuture()).isNotDone();
        }

        @Test
        void aFullQueueRefusesMoreCalls() {
            boot("1");
            boot("2");
            boot("3");
            assertThat(failure(boot("4"))).isInstanceOf(CallQueueFullException.class);
        }

        @Test
        void aTimeoutFailsTheCallFreesTheSlotAndDropsTheLateAnswer() {
            CompletionStage<BootNotificationResponse> first = boot("1");
            CompletionStage<BootNotificationResponse> second = boot("2");
            JsonNode call1 = peer.next();
            Throwable failure = failure(first);
            assertThat(failure).isInstanceOf(CallTimeoutException.class);
            assertThat(((CallTimeoutException) failure).messageId()).isEqualTo(call1.get(1).asText());

            JsonNode call2 = peer.next(); // the slot was freed
            assertThat(call2.get(3).get("chargePointModel").asText()).isEqualTo("2");

            // the late answer to call 1 is dropped and never answered; call 2 still waits for its own
            peer.send("[3,\"" + call1.get(1).asText() + "\",{\"status\":\"Accepted\",\"currentTime\":\"2024-01-01T12:00:00Z\",\"interval\":1}]");
            await().atMost(Duration.ofSeconds(5)).until(() -> stationCounts.dropped(RpcListener.DropReason.LATE_REPLY) == 1);
            assertThat(second.toCompletableFuture()).isNotDone();
            peer.send("[3,\"" + call2.get(1).asText() + "\",{\"status\":\"Pending\",\"currentTime\":\"2024-01-01T12:00:00Z\",\"interval\":1}]");
            assertThat(second.toCompletableFuture().join().status()).isEqualTo("Pending");
            peer.expectSilence(Duration.ofMillis(100));
            assertThat(stationCounts.outcome(RpcListener.Outcome.TIMEOUT)).isEqualTo(1);
        }

        @Test
        void answersWithUnknownIdsAreDroppedAndCounted() {
            CompletionStage<BootNotificationResponse> first = boot("1");
            peer.next();
            peer.send("[3,\"nobody\",{}]");
            peer.send("[4,\"nobody\",\"GenericError\",\"\",{}]");
            await().atMost(Duration.ofSeconds(5)).until(() -> stationCounts.dropped(RpcListener.DropReason.UNMATCHED_REPLY) == 2);
            assertThat(first.toCompletableFuture()).isNotDone();
            peer.expectSilence(Duration.ofMillis(100));
        }

        @Test
        void aCallErrorIsReadInEitherSpellingOrAnUnknownCode() {
            CompletionStage<BootNotificationResponse> a = boot("a");
            peer.send("[4,\"" + peer.next().get(1).asText() + "\",\"OccurenceConstraintViolation\",\"1.6 spelling\",{}]");
            assertThat(((CallErrorException) failure(a)).code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
            CompletionStage<BootNotificationResponse> b = boot("b");
            peer.send("[4,\"" + peer.next().get(1).asText() + "\",\"FormatViolation\",\"2.0.1 spelling\",{}]");
            assertThat(((CallErrorException) failure(b)).code()).isEqualTo(ErrorCode.FORMAT_VIOLATION);
            CompletionStage<BootNotificationResponse> c = boot("c");
            peer.send("[4,\"" + peer.next().get(1).asText() + "\",\"VendorSpecialError\",\"?\",{\"k\":\"v\"}]");
            CallErrorException unknown = (CallErrorException) failure(c);
            assertThat(unknown.code()).isEqualTo(ErrorCode.GENERIC_ERROR);
            assertThat(unknown.wireCode()).isEqualTo("VendorSpecialError");
            assertThat(unknown.details().get("k").asText()).isEqualTo("v");
        }

        @Test
        void anInvalidResponseFailsTheCall() {
            CompletionStage<BootNotificationResponse> call = boot("1");
            peer.send("[3,\"" + peer.next().get(1).asText() + "\",{\"status\":\"Maybe\",\"currentTime\":\"2024-01-01T12:00:00Z\",\"interval\":1}]");
            ValidationException failure = (ValidationException) failure(call);
            assertThat(failure.violation().code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(failure.violation().pointer()).isEqualTo("/status");
        }

        @Test
        void aMalformedAnswerToTheCallInFlightFailsItAtOnce() {
            CompletionStage<BootNotificationResponse> call = boot("1");
            peer.send("[3,\"" + peer.next().get(1).asText() + "\",[1,2]]");
            assertThat(failure(call)).isInstanceOf(ValidationException.class);
            peer.expectSilence(Duration.ofMillis(100));
        }

        @Test
        void closingFailsEveryPendingAndQueuedCall() {
            CompletionStage<BootNotificationResponse> first = boot("1");
            CompletionStage<BootNotificationResponse> second = boot("2");
            peer.next();
            peer.connection().close(Connection.CLOSE_GOING_AWAY, "restart");
            assertThat(failure(first)).isInstanceOf(ConnectionClosedException.class).hasMessageContaining("1001");
            assertThat(failure(second)).isInstanceOf(ConnectionClosedException.class);
            assertThat(failure(boot("3"))).isInstanceOf(ConnectionClosedException.class);
            assertThat(station.pendingCalls()).isZero();
            assertThat(station.isOpen()).isFalse();
            assertThat(station.closeFuture().toCompletableFuture()).succeedsWithin(Duration.ofSeconds(5));
        }

        @Test
        void closingTheSessionClosesTheConnection() {
            CompletionStage<BootNotificationResponse> first = boot("1");
            station.close();
            assertThat(failure(first)).isInstanceOf(ConnectionClosedException.class);
            await().atMost(Duration.ofSeconds(5)).until(peer::isClosed);
        }
    }
}

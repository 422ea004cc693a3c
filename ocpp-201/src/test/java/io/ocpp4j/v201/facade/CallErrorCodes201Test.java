package io.ocpp4j.v201.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.v201.Ocpp201;
import io.ocpp4j.v201.csms.Csms201;
import io.ocpp4j.v201.model.AuthorizeRequest;
import io.ocpp4j.v201.model.AuthorizeResponse;
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.HeartbeatResponse;
import io.ocpp4j.v201.model.StatusNotificationRequest;
import io.ocpp4j.v201.model.StatusNotificationResponse;
import io.ocpp4j.v201.model.TransactionEventRequest;
import io.ocpp4j.v201.model.TransactionEventResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every CALLERROR code a 2.0.1 CSMS built on ocpp4j sends for bad input, spelled as OCPP-J 2.0.1 spells it. */
class CallErrorCodes201Test {

    private static final String STATUS = "{\"timestamp\":\"2024-01-01T00:00:00Z\",\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}";

    private final RpcRuntime runtime = RpcRuntime.builder().name("codes201").build();
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private RawPeer station;

    @BeforeEach
    void start() {
        Csms201 csms = Csms201.builder(runtime)
                .sessionOptions(session -> session.maxIncomingCalls(1))
                .authorization(new io.ocpp4j.v201.csms.AuthorizationHandler() {
                    @Override
                    public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
                        throw new IllegalStateException("token database offline");
                    }
                })
                .availability(new io.ocpp4j.v201.csms.AvailabilityHandler() {
                    @Override
                    public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
                        return new CompletableFuture<>(); // never answers: keeps the one incoming slot busy
                    }

                    @Override
                    public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request,
                                                                                            CallContext context) {
                        return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.PROTOCOL_ERROR, "incomplete"));
                    }
                })
                .transactions(new io.ocpp4j.v201.csms.TransactionsHandler() {
                    @Override
                    public CompletionStage<TransactionEventResponse> onTransactionEvent(TransactionEventRequest request,
                                                                                        CallContext context) {
                        throw new CallErrorException(ErrorCode.SECURITY_ERROR, "not allowed");
                    }
                })
                .build();
        InMemoryConnection.Pair pair = InMemoryConnection.pair(Ocpp201.VERSION.subprotocol(), "CS-1", io, io, 100);
        csms.accept(pair.csms());
        station = new RawPeer(pair.station());
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
        runtime.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`not JSON at all`                                                                  | RpcFrameworkError             | -1",
        "`[2,{\"id\":1},\"Authorize\",{}]`                                                 | RpcFrameworkError             | -1",
        "`[2,\"m1\",\"Authorize\"]`                                                        | RpcFrameworkError             | m1",
        "`[2,\"m1\",7,{}]`                                                                 | RpcFrameworkError             | m1",
        "`[6,\"m1\",\"Authorize\",{}]`                                                     | MessageTypeNotSupported       | m1",
        "`[2,\"m1\",\"Authorize\",[]]`                                                     | FormatViolation               | m1",
        "`[2,\"m1\",\"Authorize\",{\"idToken\":{\"idToken\":\"A\",\"type\":\"ISO14443\"},\"colour\":1}]` | FormatViolation | m1",
        "`[2,\"m1\",\"Authorize\",{}]`                                                     | OccurrenceConstraintViolation | m1",
        "`[2,\"m1\",\"Authorize\",{\"idToken\":{\"idToken\":\"A\",\"type\":\"ISO14443\"},\"iso15118CertificateHashData\":[]}]` | OccurrenceConstraintViolation | m1",
        "`[2,\"m1\",\"Authorize\",{\"idToken\":{\"idToken\":7,\"type\":\"ISO14443\"}}]`   | TypeConstraintViolation       | m1",
        "`[2,\"m1\",\"Authorize\",{\"idToken\":{\"idToken\":\"1234567890123456789012345678901234567\",\"type\":\"ISO14443\"}}]` | PropertyConstraintViolation | m1",
        "`[2,\"m1\",\"Authorize\",{\"idToken\":{\"idToken\":\"A\",\"type\":\"Badge\"}}]`  | PropertyConstraintViolation   | m1",
        "`[2,\"m1\",\"Teleport\",{}]`                                                      | NotImplemented                | m1",
        "`[2,\"m1\",\"Reset\",{\"type\":\"Immediate\"}]`                                   | NotSupported                  | m1",
        "`[2,\"m1\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"M\",\"vendorName\":\"V\"}}]` | NotSupported | m1",
        "`[2,\"m1\",\"Authorize\",{\"idToken\":{\"idToken\":\"A\",\"type\":\"ISO14443\"}}]` | InternalError               | m1",
        "`[2,\"m1\",\"TransactionEvent\",{\"eventType\":\"Started\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"triggerReason\":\"Authorized\",\"seqNo\":0,\"transactionInfo\":{\"transactionId\":\"T1\"}}]` | SecurityError | m1",
        "`[2,\"m1\",\"StatusNotification\"," + "{\"timestamp\":\"2024-01-01T00:00:00Z\",\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}]` | ProtocolError | m1",
    })
    void badInputIsAnsweredWithThe201Code(String frame, String code, String messageId) throws Exception {
        station.send(frame);
        JsonNode answer = next();
        assertThat(answer.get(0).asInt()).isEqualTo(4);
        assertThat(answer.get(1).asText()).isEqualTo(messageId);
        assertThat(answer.get(2).asText()).isEqualTo(code);
        assertThat(answer.get(3).asText()).hasSizeLessThanOrEqualTo(255).doesNotContain("offline").doesNotContain("Exception");
        assertThat(station.connection().isOpen()).as("the connection is kept").isTrue();
    }

    @Test
    void tooManyConcurrentCallsIsAGenericError() throws Exception {
        station.send("[2,\"h1\",\"Heartbeat\",{}]");
        station.send("[2,\"h2\",\"Heartbeat\",{}]");
        JsonNode answer = next();
        assertThat(answer.get(1).asText()).isEqualTo("h2");
        assertThat(answer.get(2).asText()).isEqualTo("GenericError");
    }

    @Test
    void customDataIsAcceptedOnEveryObject() throws Exception {
        station.send("[2,\"c1\",\"StatusNotification\",{\"customData\":{\"vendorId\":\"ACME\",\"anything\":[1,{\"x\":true}]},"
                + STATUS.substring(1) + "]");
        JsonNode answer = next();
        assertThat(answer.get(2).asText()).as("validation passed; the handler chose ProtocolError").isEqualTo("ProtocolError");
    }

    private JsonNode next() {
        return station.next();
    }
}

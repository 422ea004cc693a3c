package io.ocpp4j.v16.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every CALLERROR code a 1.6 CSMS built on ocpp4j sends for bad input, spelled as OCPP-J 1.6 spells it. */
class CallErrorCodes16Test {

    private final RpcRuntime runtime = RpcRuntime.builder().name("codes16").build();
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private RawPeer station;

    @BeforeEach
    void start() {
        Csms16 csms = Csms16.builder(runtime)
                .sessionOptions(session -> session.maxIncomingCalls(1))
                .core(new io.ocpp4j.v16.csms.CoreHandler() {
                    @Override
                    public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
                        throw new IllegalStateException("card reader database offline");
                    }

                    @Override
                    public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
                        return new CompletableFuture<>(); // never answers: keeps the one incoming slot busy
                    }

                    @Override
                    public CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest request,
                                                                                        CallContext context) {
                        throw new CallErrorException(ErrorCode.SECURITY_ERROR, "idTag blocked by policy");
                    }

                    @Override
                    public CompletionStage<StatusNotificationResponse> onStatusNotification(
                            StatusNotificationRequest request, CallContext context) {
                        return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.PROTOCOL_ERROR, "incomplete"));
                    }
                })
                .build();
        InMemoryConnection.Pair pair = InMemoryConnection.pair(Ocpp16.VERSION.subprotocol(), "CP-1", io, io, 100);
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
        "`not JSON at all`                                                                                    | FormationViolation           | -1",
        "`[2,\"m1\",\"Authorize\"]`                                                                          | FormationViolation           | m1",
        "`[9,\"m1\",\"Authorize\",{}]`                                                                       | FormationViolation           | m1",
        "`[2,\"m1\",\"Authorize\",[]]`                                                                       | FormationViolation           | m1",
        "`[2,\"m1\",\"Authorize\",{\"idTag\":\"A\",\"colour\":\"red\"}]`                                   | FormationViolation           | m1",
        "`[2,\"m1\",\"Authorize\",{}]`                                                                       | OccurenceConstraintViolation | m1",
        "`[2,\"m1\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[]}]`                                 | OccurenceConstraintViolation | m1",
        "`[2,\"m1\",\"Authorize\",{\"idTag\":42}]`                                                           | TypeConstraintViolation      | m1",
        "`[2,\"m1\",\"StartTransaction\",{\"connectorId\":1.5,\"idTag\":\"A\",\"meterStart\":0,\"timestamp\":\"2024-01-01T00:00:00Z\"}]` | TypeConstraintViolation | m1",
        "`[2,\"m1\",\"Authorize\",{\"idTag\":\"123456789012345678901\"}]`                                   | PropertyConstraintViolation  | m1",
        "`[2,\"m1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"Melted\",\"status\":\"Available\"}]` | PropertyConstraintViolation | m1",
        "`[2,\"m1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"A\",\"meterStart\":0,\"timestamp\":\"yesterday\"}]` | PropertyConstraintViolation | m1",
        "`[2,\"m1\",\"StartTransaction\",{\"connectorId\":99999999999,\"idTag\":\"A\",\"meterStart\":0,\"timestamp\":\"2024-01-01T00:00:00Z\"}]` | PropertyConstraintViolation | m1",
        "`[2,\"m1\",\"Teleport\",{}]`                                                                        | NotImplemented               | m1",
        "`[2,\"m1\",\"Reset\",{\"type\":\"Soft\"}]`                                                          | NotSupported                 | m1",
        "`[2,\"m1\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]`        | NotSupported                 | m1",
        "`[2,\"m1\",\"Authorize\",{\"idTag\":\"A\"}]`                                                        | InternalError                | m1",
        "`[2,\"m1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"A\",\"meterStart\":0,\"timestamp\":\"2024-01-01T00:00:00Z\"}]` | SecurityError | m1",
        "`[2,\"m1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}]` | ProtocolError | m1",
    })
    void badInputIsAnsweredWithThe16Code(String frame, String code, String messageId) throws Exception {
        station.send(frame);
        JsonNode answer = next();
        assertThat(answer.get(0).asInt()).isEqualTo(4);
        assertThat(answer.get(1).asText()).isEqualTo(messageId);
        assertThat(answer.get(2).asText()).isEqualTo(code);
        assertThat(answer.get(3).asText()).doesNotContain("offline").doesNotContain("Exception");
        assertThat(station.connection().isOpen()).as("the connection is kept").isTrue();
    }

    @org.junit.jupiter.api.Test
    void tooManyConcurrentCallsIsAGenericError() throws Exception {
        station.send("[2,\"h1\",\"Heartbeat\",{}]"); // never answered, holds the only slot
        station.send("[2,\"h2\",\"Heartbeat\",{}]");
        JsonNode answer = next();
        assertThat(answer.get(1).asText()).isEqualTo("h2");
        assertThat(answer.get(2).asText()).isEqualTo("GenericError");
    }

    private JsonNode next() {
        return station.next();
    }
}

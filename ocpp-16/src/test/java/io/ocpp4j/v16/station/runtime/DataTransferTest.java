package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.station.runtime.testing.StationHarness;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OCTT 2.23 DataTransfer. */
class DataTransferTest {

    private final StationHarness harness = new StationHarness();

    @BeforeEach
    void boot() {
        harness.start(builder -> builder.dataTransfer("com.acme", request -> switch (request.getMessageId() == null ? "" : request.getMessageId()) {
            case "echo" -> new DataTransferResponse().withStatus(DataTransferStatus.ACCEPTED).withData(request.getData());
            case "refuse" -> new DataTransferResponse().withStatus(DataTransferStatus.REJECTED);
            default -> new DataTransferResponse().withStatus(DataTransferStatus.UNKNOWN_MESSAGE_ID);
        }));
        harness.connect();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private DataTransferResponse send(String vendorId, String messageId, String data) {
        return harness.result(harness.chargePoint().dataTransfer(new DataTransferRequest()
                .withVendorId(vendorId).withMessageId(messageId).withData(data)));
    }

    @Test
    @DisplayName("TC_062_CS Data Transfer to a Charge Point")
    void TC_062_CS_DataTransferToAChargePoint() {
        assertThat(send("com.other", "echo", "x").getStatus()).isEqualTo(DataTransferStatus.UNKNOWN_VENDOR_ID);
        DataTransferResponse echo = send("com.acme", "echo", "{\"a\":1}");
        assertThat(echo.getStatus()).isEqualTo(DataTransferStatus.ACCEPTED);
        assertThat(echo.getData()).isEqualTo("{\"a\":1}");
        assertThat(send("com.acme", "refuse", null).getStatus()).isEqualTo(DataTransferStatus.REJECTED);
        assertThat(send("com.acme", "what", null).getStatus()).isEqualTo(DataTransferStatus.UNKNOWN_MESSAGE_ID);
    }

    @Test
    void theStationSendsDataTransferOnlyWhenRegistered() throws Exception {
        DataTransferResponse answer = harness.station().dataTransfer(new DataTransferRequest().withVendorId("com.acme"))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(answer.getStatus()).isEqualTo(DataTransferStatus.ACCEPTED);
        harness.disconnect();
        Assertions.assertThatThrownBy(() -> harness.station().dataTransfer(new DataTransferRequest().withVendorId("com.acme"))
                        .toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ConnectionClosedException.class);
    }
}

package io.ocpp4j.v16.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetResponse;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.station.Station16;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's example, kept compiling and working. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleWorks() throws Exception {
        ExecutorService io = Executors.newSingleThreadExecutor();
        try (RpcRuntime runtime = RpcRuntime.create()) {
            // --- as in README.md
            Csms16 csms = Csms16.builder(runtime)
                    .core(new io.ocpp4j.v16.csms.CoreHandler() {
                        @Override
                        public CompletionStage<BootNotificationResponse> onBootNotification(
                                BootNotificationRequest request, CallContext context) {
                            return CompletableFuture.completedFuture(new BootNotificationResponse()
                                    .withStatus(RegistrationStatus.ACCEPTED)
                                    .withCurrentTime(OffsetDateTime.now(ZoneOffset.UTC))
                                    .withInterval(300));
                        }
                    })
                    .build();
            // ---
            Station16 station = Station16.builder(runtime)
                    .core(new io.ocpp4j.v16.station.CoreHandler() {
                        @Override
                        public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
                            return CompletableFuture.completedFuture(new ResetResponse().withStatus(ResetStatus.ACCEPTED));
                        }
                    })
                    .build();
            InMemoryConnection.Pair pair = InMemoryConnection.pair("ocpp1.6", "CP-1", io, io, 100);
            csms.accept(pair.csms());
            station.attach(pair.station());

            BootNotificationResponse boot = station.centralSystem().bootNotification(new BootNotificationRequest()
                    .withChargePointVendor("ACME").withChargePointModel("X1")).toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertThat(boot.getStatus()).isEqualTo(RegistrationStatus.ACCEPTED);

            ResetResponse reset = csms.chargePoint("CP-1").orElseThrow()
                    .reset(new ResetRequest().withType(ResetType.SOFT)).toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertThat(reset.getStatus()).isEqualTo(ResetStatus.ACCEPTED);
        } finally {
            io.shutdownNow();
        }
    }
}

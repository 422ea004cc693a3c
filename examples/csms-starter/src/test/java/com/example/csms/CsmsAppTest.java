package com.example.csms;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ConnectFailedException;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A station talks to the starter CSMS over a real WebSocket on 127.0.0.1. */
class CsmsAppTest {

    private final CsmsApp csms = new CsmsApp(0, Map.of("CP-1", "secret-0123456789"), Set.of("04A1B2C3"));
    private final RpcRuntime runtime = RpcRuntime.create();

    @AfterEach
    void stop() {
        csms.close();
        runtime.close();
    }

    private RpcSession connect(String password) throws Exception {
        ClientConfig config = ClientConfig.builder().csmsUrl(URI.create("ws://127.0.0.1:" + csms.port() + "/ocpp"))
                .stationIdentity("CP-1").subprotocols("ocpp1.6").securityProfile(SecurityProfile.BASIC_AUTH)
                .password(password).build();
        return RpcSession.builder(OcppWebSocketClient.connect(config).get(10, TimeUnit.SECONDS), Ocpp16.VERSION, Role.STATION)
                .runtime(runtime).build();
    }

    private static <T> T answer(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void acceptsAuthorizesAndRecordsATransaction() throws Exception {
        RpcSession station = connect("secret-0123456789");

        assertThat(answer(station.call(Actions16.BOOT_NOTIFICATION, new BootNotificationRequest()
                .withChargePointVendor("ACME").withChargePointModel("X1"))).getStatus()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(answer(station.call(Actions16.AUTHORIZE, new AuthorizeRequest().withIdTag("UNKNOWN")))
                .getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.INVALID);

        int id = answer(station.call(Actions16.START_TRANSACTION, new StartTransactionRequest().withConnectorId(1)
                .withIdTag("04A1B2C3").withMeterStart(1000).withTimestamp(OffsetDateTime.now()))).getTransactionId();
        answer(station.call(Actions16.STOP_TRANSACTION, new StopTransactionRequest().withTransactionId(id)
                .withMeterStop(8500).withTimestamp(OffsetDateTime.now())));

        assertThat(csms.backend().bootedStations()).containsEntry("CP-1", "ACME X1");
        assertThat(csms.backend().transactions()).singleElement()
                .satisfies(t -> assertThat(t.energyWh()).isEqualTo(7500))
                .satisfies(t -> assertThat(t.station()).isEqualTo("CP-1"));
    }

    @Test
    void refusesAWrongPassword() {
        try {
            connect("wrong-password-0000");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ConnectFailedException.class);
            assertThat(((ConnectFailedException) e.getCause()).httpStatus()).hasValue(401);
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("connected with a wrong password");
    }
}

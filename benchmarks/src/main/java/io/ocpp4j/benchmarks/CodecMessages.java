package io.ocpp4j.benchmarks;

import io.ocpp4j.core.Action;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.MeterValuesResponse;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.HeartbeatRequest;
import eu.chargetime.ocpp.model.core.MeterValuesConfirmation;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationConfirmation;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * The OCPP 1.6 messages of {@link CodecBenchmark}: for each, the CALL frame a station sends (the same
 * text for every contender) and the answer a CSMS gives, as an ocpp4j response and as a ChargeTime
 * confirmation holding the same values. Field values are what real chargers send: vendor strings of
 * real length, UUID message ids, millisecond UTC timestamps, meter readings with decimals.
 */
public enum CodecMessages {

    /** A Heartbeat: empty request, answered with the current time. */
    Heartbeat("Heartbeat", "{}", CodecMessages::heartbeatResponse, CodecMessages::heartbeatConfirmation,
            HeartbeatRequest.class),

    /** A BootNotification with every identity field a real charger fills in. */
    BootNotification("BootNotification", "{"
            + "\"chargePointVendor\":\"ABB\","
            + "\"chargePointModel\":\"Terra AC W22-T-RD-M\","
            + "\"chargePointSerialNumber\":\"TACW2242321G1234\","
            + "\"chargeBoxSerialNumber\":\"TACW2242321G1234\","
            + "\"firmwareVersion\":\"1.6.9-rc3+build.5512\","
            + "\"iccid\":\"8931440400012345678\","
            + "\"imsi\":\"234150999999999\","
            + "\"meterType\":\"ABB B23 112-100\","
            + "\"meterSerialNumber\":\"21002345\"}",
            CodecMessages::bootResponse, CodecMessages::bootConfirmation, BootNotificationRequest.class),

    /** A StatusNotification: a connector starts charging. */
    StatusNotification("StatusNotification", "{"
            + "\"connectorId\":1,"
            + "\"errorCode\":\"NoError\","
            + "\"status\":\"Charging\","
            + "\"timestamp\":\"2024-05-14T09:21:37.512Z\"}",
            StatusNotificationResponse::new, StatusNotificationConfirmation::new, StatusNotificationRequest.class),

    /** A StartTransaction with an RFID tag and a meter start in Wh. */
    StartTransaction("StartTransaction", "{"
            + "\"connectorId\":1,"
            + "\"idTag\":\"04A2B3C4D5E6F7\","
            + "\"meterStart\":1234567,"
            + "\"timestamp\":\"2024-05-14T09:21:37.512Z\"}",
            CodecMessages::startResponse, CodecMessages::startConfirmation, StartTransactionRequest.class),

    /** MeterValues with one sampled value: the energy register, as most chargers send periodically. */
    MeterValues1("MeterValues", "{"
            + "\"connectorId\":1,"
            + "\"transactionId\":1842,"
            + "\"meterValue\":[{\"timestamp\":\"2024-05-14T09:36:37.512Z\",\"sampledValue\":["
            + sample("1236789.5", "Energy.Active.Import.Register", null, "Outlet", "Wh")
            + "]}]}",
            MeterValuesResponse::new, MeterValuesConfirmation::new, MeterValuesRequest.class),

    /** MeterValues with ten sampled values: energy, power, currents and voltages per phase, SoC, temperature. */
    MeterValues10("MeterValues", "{"
            + "\"connectorId\":1,"
            + "\"transactionId\":1842,"
            + "\"meterValue\":[{\"timestamp\":\"2024-05-14T09:36:37.512Z\",\"sampledValue\":["
            + sample("1236789.5", "Energy.Active.Import.Register", null, "Outlet", "Wh") + ","
            + sample("10987.3", "Power.Active.Import", null, "Outlet", "W") + ","
            + sample("15.92", "Current.Import", "L1", "Outlet", "A") + ","
            + sample("15.87", "Current.Import", "L2", "Outlet", "A") + ","
            + sample("15.95", "Current.Import", "L3", "Outlet", "A") + ","
            + sample("230.4", "Voltage", "L1-N", "Outlet", "V") + ","
            + sample("229.8", "Voltage", "L2-N", "Outlet", "V") + ","
            + sample("231.1", "Voltage", "L3-N", "Outlet", "V") + ","
            + sample("67", "SoC", null, "EV", "Percent") + ","
            + sample("38.5", "Temperature", null, "Body", "Celsius")
            + "]}]}",
            MeterValuesResponse::new, MeterValuesConfirmation::new, MeterValuesRequest.class);

    /** The message id of every frame: a UUID, as most stations send. */
    public static final String MESSAGE_ID = "7c1f0b52-3e1d-4a7e-9b8f-2d6a5c4e3f10";

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-05-14T09:21:37.512Z");

    private final String action;
    private final String payload;
    private final Supplier<Object> response;
    private final Supplier<Confirmation> confirmation;
    private final Class<? extends Request> chargetimeRequestType;

    CodecMessages(String action, String payload, Supplier<Object> response, Supplier<Confirmation> confirmation,
                  Class<? extends Request> chargetimeRequestType) {
        this.action = action;
        this.payload = payload;
        this.response = response;
        this.confirmation = confirmation;
        this.chargetimeRequestType = chargetimeRequestType;
    }

    /** @return the action name on the wire */
    public String action() {
        return action;
    }

    /** @return ocpp4j's descriptor of the action */
    public Action<?, ?> descriptor() {
        return Actions16.ALL.stream().filter(a -> a.name().equals(action)).findFirst().orElseThrow();
    }

    /** @return the request payload, exactly as it appears inside {@link #frame()} */
    public String payload() {
        return payload;
    }

    /** @return the CALL frame a station sends */
    public String frame() {
        return "[2,\"" + MESSAGE_ID + "\",\"" + action + "\"," + payload + "]";
    }

    /** @return a new ocpp4j response to the request (an instance of the action's response type) */
    public Object response() {
        return response.get();
    }

    /** @return a new ChargeTime confirmation with the same values as {@link #response()} */
    public Confirmation confirmation() {
        return confirmation.get();
    }

    /** @return the ChargeTime class the request binds to */
    public Class<? extends Request> chargetimeRequestType() {
        return chargetimeRequestType;
    }

    private static String sample(String value, String measurand, String phase, String location, String unit) {
        return "{\"value\":\"" + value + "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\","
                + "\"measurand\":\"" + measurand + "\"," + (phase == null ? "" : "\"phase\":\"" + phase + "\",")
                + "\"location\":\"" + location + "\",\"unit\":\"" + unit + "\"}";
    }

    private static Object heartbeatResponse() {
        return new HeartbeatResponse().withCurrentTime(NOW);
    }

    private static Confirmation heartbeatConfirmation() {
        return new HeartbeatConfirmation(ZonedDateTime.parse(NOW.toString()));
    }

    private static Object bootResponse() {
        return new BootNotificationResponse().withStatus(RegistrationStatus.ACCEPTED).withCurrentTime(NOW).withInterval(300);
    }

    private static Confirmation bootConfirmation() {
        return new BootNotificationConfirmation(ZonedDateTime.parse(NOW.toString()), 300,
                eu.chargetime.ocpp.model.core.RegistrationStatus.Accepted);
    }

    private static Object startResponse() {
        return new StartTransactionResponse()
                .withIdTagInfo(new IdTagInfo().withStatus(AuthorizationStatus.ACCEPTED)
                        .withExpiryDate(NOW.plusDays(30)).withParentIdTag("FLEET-0042"))
                .withTransactionId(1842);
    }

    private static Confirmation startConfirmation() {
        eu.chargetime.ocpp.model.core.IdTagInfo info =
                new eu.chargetime.ocpp.model.core.IdTagInfo(eu.chargetime.ocpp.model.core.AuthorizationStatus.Accepted);
        info.setExpiryDate(ZonedDateTime.parse(NOW.plusDays(30).toString()));
        info.setParentIdTag("FLEET-0042");
        return new StartTransactionConfirmation(info, 1842);
    }
}

package io.ocpp4j.core.testing;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.ActionCatalog;
import io.ocpp4j.core.Direction;
import io.ocpp4j.core.ErrorCodeSpelling;
import io.ocpp4j.core.OcppJson;
import io.ocpp4j.core.ProtocolVersion;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A tiny OCPP-like catalog of three actions, with schemas under {@code schemas/test/}. */
public final class TestCatalog {

    public record HeartbeatRequest() {
    }

    public record HeartbeatResponse(OffsetDateTime currentTime) {
    }

    public record BootNotificationRequest(String chargePointVendor, String chargePointModel,
                                          String firmwareVersion, OffsetDateTime bootTime) {
        public BootNotificationRequest(String vendor, String model) {
            this(vendor, model, null, null);
        }
    }

    public record BootNotificationResponse(String status, OffsetDateTime currentTime, Integer interval) {
    }

    public record Limit(BigDecimal limit, String unit) {
    }

    public record SetLimitsRequest(Integer connectorId, List<Limit> limits) {
    }

    public record SetLimitsResponse(String status) {
    }

    public static final Action<HeartbeatRequest, HeartbeatResponse> HEARTBEAT = action("Heartbeat",
            HeartbeatRequest.class, HeartbeatResponse.class, Direction.TO_CSMS);
    public static final Action<BootNotificationRequest, BootNotificationResponse> BOOT_NOTIFICATION = action(
            "BootNotification", BootNotificationRequest.class, BootNotificationResponse.class, Direction.TO_CSMS);
    public static final Action<SetLimitsRequest, SetLimitsResponse> SET_LIMITS = action("SetLimits",
            SetLimitsRequest.class, SetLimitsResponse.class, Direction.TO_STATION);

    public static final ActionCatalog CATALOG = ActionCatalog.of(List.of(HEARTBEAT, BOOT_NOTIFICATION, SET_LIMITS));

    /** The test protocol with OCPP 1.6 error-code spellings. */
    public static final ProtocolVersion V16_STYLE = new ProtocolVersion("test1.6", CATALOG,
            ErrorCodeSpelling.OCPP_16, OcppJson.newMapper());
    /** The test protocol with OCPP 2.0.1 error-code spellings. */
    public static final ProtocolVersion V201_STYLE = new ProtocolVersion("test2.0.1", CATALOG,
            ErrorCodeSpelling.OCPP_201, OcppJson.newMapper());

    private TestCatalog() {
    }

    private static <Q, R> Action<Q, R> action(String name, Class<Q> request, Class<R> response, Direction direction) {
        return new Action<>(name, request, response, "schemas/test/" + name + "Request.json",
                "schemas/test/" + name + "Response.json", direction, "Test");
    }
}

package io.ocpp4j.v201.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.ClearedChargingLimitRequest;
import io.ocpp4j.v201.model.ClearedChargingLimitResponse;
import io.ocpp4j.v201.model.NotifyChargingLimitRequest;
import io.ocpp4j.v201.model.NotifyChargingLimitResponse;
import io.ocpp4j.v201.model.NotifyEVChargingNeedsRequest;
import io.ocpp4j.v201.model.NotifyEVChargingNeedsResponse;
import io.ocpp4j.v201.model.NotifyEVChargingScheduleRequest;
import io.ocpp4j.v201.model.NotifyEVChargingScheduleResponse;
import io.ocpp4j.v201.model.ReportChargingProfilesRequest;
import io.ocpp4j.v201.model.ReportChargingProfilesResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 SmartCharging functional block that stations send to the CSMS. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface SmartChargingHandler {

    /**
     * Answers {@code ClearedChargingLimit}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ClearedChargingLimitResponse> onClearedChargingLimit(ClearedChargingLimitRequest request, CallContext context) {
        return CallErrorException.notSupported("ClearedChargingLimit");
    }

    /**
     * Answers {@code NotifyChargingLimit}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<NotifyChargingLimitResponse> onNotifyChargingLimit(NotifyChargingLimitRequest request, CallContext context) {
        return CallErrorException.notSupported("NotifyChargingLimit");
    }

    /**
     * Answers {@code NotifyEVChargingNeeds}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<NotifyEVChargingNeedsResponse> onNotifyEVChargingNeeds(NotifyEVChargingNeedsRequest request, CallContext context) {
        return CallErrorException.notSupported("NotifyEVChargingNeeds");
    }

    /**
     * Answers {@code NotifyEVChargingSchedule}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<NotifyEVChargingScheduleResponse> onNotifyEVChargingSchedule(NotifyEVChargingScheduleRequest request, CallContext context) {
        return CallErrorException.notSupported("NotifyEVChargingSchedule");
    }

    /**
     * Answers {@code ReportChargingProfiles}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ReportChargingProfilesResponse> onReportChargingProfiles(ReportChargingProfilesRequest request, CallContext context) {
        return CallErrorException.notSupported("ReportChargingProfiles");
    }
}

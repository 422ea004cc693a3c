package io.ocpp4j.v16.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.model.ClearChargingProfileRequest;
import io.ocpp4j.v16.model.ClearChargingProfileResponse;
import io.ocpp4j.v16.model.GetCompositeScheduleRequest;
import io.ocpp4j.v16.model.GetCompositeScheduleResponse;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v16.model.SetChargingProfileResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 1.6 SmartCharging feature profile that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface SmartChargingHandler {

    /**
     * Answers {@code ClearChargingProfile}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ClearChargingProfileResponse> onClearChargingProfile(ClearChargingProfileRequest request, CallContext context) {
        return CallErrorException.notSupported("ClearChargingProfile");
    }

    /**
     * Answers {@code GetCompositeSchedule}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetCompositeScheduleResponse> onGetCompositeSchedule(GetCompositeScheduleRequest request, CallContext context) {
        return CallErrorException.notSupported("GetCompositeSchedule");
    }

    /**
     * Answers {@code SetChargingProfile}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SetChargingProfileResponse> onSetChargingProfile(SetChargingProfileRequest request, CallContext context) {
        return CallErrorException.notSupported("SetChargingProfile");
    }
}

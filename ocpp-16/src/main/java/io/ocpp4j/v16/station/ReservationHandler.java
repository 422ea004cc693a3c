package io.ocpp4j.v16.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.model.CancelReservationRequest;
import io.ocpp4j.v16.model.CancelReservationResponse;
import io.ocpp4j.v16.model.ReserveNowRequest;
import io.ocpp4j.v16.model.ReserveNowResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 1.6 Reservation feature profile that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface ReservationHandler {

    /**
     * Answers {@code CancelReservation}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<CancelReservationResponse> onCancelReservation(CancelReservationRequest request, CallContext context) {
        return CallErrorException.notSupported("CancelReservation");
    }

    /**
     * Answers {@code ReserveNow}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ReserveNowResponse> onReserveNow(ReserveNowRequest request, CallContext context) {
        return CallErrorException.notSupported("ReserveNow");
    }
}

package io.ocpp4j.v16.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.model.GetDiagnosticsRequest;
import io.ocpp4j.v16.model.GetDiagnosticsResponse;
import io.ocpp4j.v16.model.UpdateFirmwareRequest;
import io.ocpp4j.v16.model.UpdateFirmwareResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 1.6 FirmwareManagement feature profile that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface FirmwareManagementHandler {

    /**
     * Answers {@code GetDiagnostics}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetDiagnosticsResponse> onGetDiagnostics(GetDiagnosticsRequest request, CallContext context) {
        return CallErrorException.notSupported("GetDiagnostics");
    }

    /**
     * Answers {@code UpdateFirmware}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<UpdateFirmwareResponse> onUpdateFirmware(UpdateFirmwareRequest request, CallContext context) {
        return CallErrorException.notSupported("UpdateFirmware");
    }
}

package io.ocpp4j.v201.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.DeleteCertificateRequest;
import io.ocpp4j.v201.model.DeleteCertificateResponse;
import io.ocpp4j.v201.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v201.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v201.model.InstallCertificateRequest;
import io.ocpp4j.v201.model.InstallCertificateResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 ISO15118CertificateManagement functional block that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface ISO15118CertificateManagementHandler {

    /**
     * Answers {@code DeleteCertificate}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<DeleteCertificateResponse> onDeleteCertificate(DeleteCertificateRequest request, CallContext context) {
        return CallErrorException.notSupported("DeleteCertificate");
    }

    /**
     * Answers {@code GetInstalledCertificateIds}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<GetInstalledCertificateIdsResponse> onGetInstalledCertificateIds(GetInstalledCertificateIdsRequest request, CallContext context) {
        return CallErrorException.notSupported("GetInstalledCertificateIds");
    }

    /**
     * Answers {@code InstallCertificate}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<InstallCertificateResponse> onInstallCertificate(InstallCertificateRequest request, CallContext context) {
        return CallErrorException.notSupported("InstallCertificate");
    }
}

package io.ocpp4j.v201.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.CertificateSignedRequest;
import io.ocpp4j.v201.model.CertificateSignedResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 Security functional block that the CSMS sends to the station. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface SecurityHandler {

    /**
     * Answers {@code CertificateSigned}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<CertificateSignedResponse> onCertificateSigned(CertificateSignedRequest request, CallContext context) {
        return CallErrorException.notSupported("CertificateSigned");
    }
}

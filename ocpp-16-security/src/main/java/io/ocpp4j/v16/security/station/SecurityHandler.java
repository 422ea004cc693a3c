package io.ocpp4j.v16.security.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateSignedResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the 1.6 Security Whitepaper's Security group ({@link io.ocpp4j.v16.security.SecurityFeatures#SECURITY})
 * that the Central System sends to the station. Override the actions you support; the others are
 * answered {@code NotSupported}. Methods run on the handler executor, never on an I/O thread; return a
 * completed stage to answer at once. Fail the stage (or throw) with a {@link CallErrorException} to
 * answer with a specific CALLERROR. Register with {@link SecurityStationHandlers}.
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

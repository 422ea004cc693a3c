package io.ocpp4j.v201.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v201.model.SecurityEventNotificationRequest;
import io.ocpp4j.v201.model.SecurityEventNotificationResponse;
import io.ocpp4j.v201.model.SignCertificateRequest;
import io.ocpp4j.v201.model.SignCertificateResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the OCPP 2.0.1 Security functional block that stations send to the CSMS. Override the actions you
 * support; the others are answered {@code NotSupported}. Methods run on the handler executor, never
 * on an I/O thread; return a completed stage to answer at once. Fail the stage (or throw) with a
 * {@link CallErrorException} to answer with a specific CALLERROR.
 */
public interface SecurityHandler {

    /**
     * Answers {@code SecurityEventNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SecurityEventNotificationResponse> onSecurityEventNotification(SecurityEventNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("SecurityEventNotification");
    }

    /**
     * Answers {@code SignCertificate}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SignCertificateResponse> onSignCertificate(SignCertificateRequest request, CallContext context) {
        return CallErrorException.notSupported("SignCertificate");
    }
}

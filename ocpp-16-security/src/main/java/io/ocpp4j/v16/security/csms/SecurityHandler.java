package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SecurityEventNotificationResponse;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the Security Whitepaper's security group ({@link
 * io.ocpp4j.v16.security.SecurityFeatures#SECURITY}) that stations send to the CSMS: security events
 * and requests to sign the station's certificate. Override the actions you support; the others are
 * answered {@code NotSupported}. Methods run on the handler executor, never on an I/O thread; return a
 * completed stage to answer at once. Fail the stage (or throw) with a {@link CallErrorException} to
 * answer with a specific CALLERROR.
 *
 * <p>{@link StandardSecurityHandler} implements it with certificate signing, logging and listeners.
 */
public interface SecurityHandler {

    /**
     * Answers {@code SecurityEventNotification} (a security event the station reports; see {@link SecurityEvent#of}).
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SecurityEventNotificationResponse> onSecurityEventNotification(
            SecurityEventNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("SecurityEventNotification");
    }

    /**
     * Answers {@code SignCertificate} (a CSR for the station's certificate; see {@link CertificateSigning}).
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SignCertificateResponse> onSignCertificate(
            SignCertificateRequest request, CallContext context) {
        return CallErrorException.notSupported("SignCertificate");
    }
}

package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationResponse;
import java.util.concurrent.CompletionStage;

/**
 * The call of the Security Whitepaper's secure firmware update group ({@link
 * io.ocpp4j.v16.security.SecurityFeatures#SECURE_FIRMWARE_UPDATE}) that stations send to the CSMS: the
 * progress of a SignedUpdateFirmware. Override the actions you support; the others are answered {@code
 * NotSupported}. Methods run on the handler executor, never on an I/O thread; return a completed stage
 * to answer at once. Fail the stage (or throw) with a {@link CallErrorException} to answer with a
 * specific CALLERROR.
 *
 * <p>{@link StandardSecurityHandler} implements it with certificate signing, logging and listeners.
 */
public interface SecureFirmwareUpdateHandler {

    /**
     * Answers {@code SignedFirmwareStatusNotification}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<SignedFirmwareStatusNotificationResponse> onSignedFirmwareStatusNotification(
            SignedFirmwareStatusNotificationRequest request, CallContext context) {
        return CallErrorException.notSupported("SignedFirmwareStatusNotification");
    }
}

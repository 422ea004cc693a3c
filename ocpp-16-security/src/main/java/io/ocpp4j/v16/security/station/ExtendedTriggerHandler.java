package io.ocpp4j.v16.security.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageRequest;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageResponse;
import java.util.concurrent.CompletionStage;

/**
 * The calls of the 1.6 Security Whitepaper's ExtendedTrigger group ({@link io.ocpp4j.v16.security.SecurityFeatures#EXTENDED_TRIGGER})
 * that the Central System sends to the station. Override the actions you support; the others are
 * answered {@code NotSupported}. Methods run on the handler executor, never on an I/O thread; return a
 * completed stage to answer at once. Fail the stage (or throw) with a {@link CallErrorException} to
 * answer with a specific CALLERROR. Register with {@link SecurityStationHandlers}.
 */
public interface ExtendedTriggerHandler {

    /**
     * Answers {@code ExtendedTriggerMessage}.
     *
     * @param request the validated request
     * @param context the session it arrived on (its station identity, message id)
     * @return the response, possibly later; by default the call is answered {@code NotSupported}
     */
    default CompletionStage<ExtendedTriggerMessageResponse> onExtendedTriggerMessage(ExtendedTriggerMessageRequest request, CallContext context) {
        return CallErrorException.notSupported("ExtendedTriggerMessage");
    }
}

package io.ocpp4j.cli;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v201.csms.AuthorizationHandler;
import io.ocpp4j.v201.csms.AvailabilityHandler;
import io.ocpp4j.v201.csms.DiagnosticsHandler;
import io.ocpp4j.v201.csms.FirmwareManagementHandler;
import io.ocpp4j.v201.csms.MeterValuesHandler;
import io.ocpp4j.v201.csms.ProvisioningHandler;
import io.ocpp4j.v201.csms.SecurityHandler;
import io.ocpp4j.v201.csms.TransactionsHandler;
import io.ocpp4j.v201.model.AuthorizationStatusEnum;
import io.ocpp4j.v201.model.AuthorizeRequest;
import io.ocpp4j.v201.model.AuthorizeResponse;
import io.ocpp4j.v201.model.BootNotificationRequest;
import io.ocpp4j.v201.model.BootNotificationResponse;
import io.ocpp4j.v201.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v201.model.FirmwareStatusNotificationResponse;
import io.ocpp4j.v201.model.GenericStatusEnum;
import io.ocpp4j.v201.model.HeartbeatRequest;
import io.ocpp4j.v201.model.HeartbeatResponse;
import io.ocpp4j.v201.model.IdTokenInfo;
import io.ocpp4j.v201.model.LogStatusNotificationRequest;
import io.ocpp4j.v201.model.LogStatusNotificationResponse;
import io.ocpp4j.v201.model.MeterValuesRequest;
import io.ocpp4j.v201.model.MeterValuesResponse;
import io.ocpp4j.v201.model.NotifyEventRequest;
import io.ocpp4j.v201.model.NotifyEventResponse;
import io.ocpp4j.v201.model.NotifyReportRequest;
import io.ocpp4j.v201.model.NotifyReportResponse;
import io.ocpp4j.v201.model.RegistrationStatusEnum;
import io.ocpp4j.v201.model.SecurityEventNotificationRequest;
import io.ocpp4j.v201.model.SecurityEventNotificationResponse;
import io.ocpp4j.v201.model.SignCertificateRequest;
import io.ocpp4j.v201.model.SignCertificateResponse;
import io.ocpp4j.v201.model.StatusNotificationRequest;
import io.ocpp4j.v201.model.StatusNotificationResponse;
import io.ocpp4j.v201.model.TransactionEventRequest;
import io.ocpp4j.v201.model.TransactionEventResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the command-line CSMS answers to OCPP 2.0.1 stations: the same boot policy and tag list as for
 * 1.6, in 2.0.1's messages; status, heartbeats, transaction events, meter values, reports and
 * notifications are acknowledged; certificate signing is refused (this CSMS runs no certificate
 * authority).
 */
final class CsmsBackend201 implements ProvisioningHandler, AvailabilityHandler, AuthorizationHandler,
        TransactionsHandler, MeterValuesHandler, SecurityHandler, FirmwareManagementHandler, DiagnosticsHandler {

    private final RegistrationStatusEnum bootStatus;
    private final int heartbeatInterval;
    private final Map<String, AuthorizationStatus> tags;
    private final AuthorizationStatus unknownTags;

    CsmsBackend201(RegistrationStatus bootStatus, int heartbeatInterval, Map<String, AuthorizationStatus> tags,
                   AuthorizationStatus unknownTags) {
        this.bootStatus = RegistrationStatusEnum.fromValue(bootStatus.value());
        this.heartbeatInterval = heartbeatInterval;
        this.tags = Map.copyOf(tags);
        this.unknownTags = unknownTags;
    }

    private IdTokenInfo tokenInfo(String idToken) {
        // 1.6's tag statuses all exist in 2.0.1 under the same names.
        return new IdTokenInfo().withStatus(AuthorizationStatusEnum.fromValue(tags.getOrDefault(idToken, unknownTags).value()));
    }

    @Override
    public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request, CallContext context) {
        return done(new BootNotificationResponse().withStatus(bootStatus).withCurrentTime(now()).withInterval(heartbeatInterval));
    }

    @Override
    public CompletionStage<NotifyReportResponse> onNotifyReport(NotifyReportRequest request, CallContext context) {
        return done(new NotifyReportResponse());
    }

    @Override
    public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
        return done(new HeartbeatResponse().withCurrentTime(now()));
    }

    @Override
    public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request,
                                                                            CallContext context) {
        return done(new StatusNotificationResponse());
    }

    @Override
    public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
        return done(new AuthorizeResponse().withIdTokenInfo(tokenInfo(request.getIdToken().getIdToken())));
    }

    @Override
    public CompletionStage<TransactionEventResponse> onTransactionEvent(TransactionEventRequest request, CallContext context) {
        TransactionEventResponse response = new TransactionEventResponse();
        if (request.getIdToken() != null) {
            response.setIdTokenInfo(tokenInfo(request.getIdToken().getIdToken()));
        }
        return done(response);
    }

    @Override
    public CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
        return done(new MeterValuesResponse());
    }

    @Override
    public CompletionStage<SecurityEventNotificationResponse> onSecurityEventNotification(
            SecurityEventNotificationRequest request, CallContext context) {
        return done(new SecurityEventNotificationResponse());
    }

    @Override
    public CompletionStage<SignCertificateResponse> onSignCertificate(SignCertificateRequest request, CallContext context) {
        return done(new SignCertificateResponse().withStatus(GenericStatusEnum.REJECTED));
    }

    @Override
    public CompletionStage<FirmwareStatusNotificationResponse> onFirmwareStatusNotification(
            FirmwareStatusNotificationRequest request, CallContext context) {
        return done(new FirmwareStatusNotificationResponse());
    }

    @Override
    public CompletionStage<LogStatusNotificationResponse> onLogStatusNotification(LogStatusNotificationRequest request,
                                                                                  CallContext context) {
        return done(new LogStatusNotificationResponse());
    }

    @Override
    public CompletionStage<NotifyEventResponse> onNotifyEvent(NotifyEventRequest request, CallContext context) {
        return done(new NotifyEventResponse());
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

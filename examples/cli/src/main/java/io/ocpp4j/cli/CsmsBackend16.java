package io.ocpp4j.cli;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.csms.CoreHandler;
import io.ocpp4j.v16.csms.FirmwareManagementHandler;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationRequest;
import io.ocpp4j.v16.model.DiagnosticsStatusNotificationResponse;
import io.ocpp4j.v16.model.FirmwareStatusNotificationRequest;
import io.ocpp4j.v16.model.FirmwareStatusNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MeterValuesResponse;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the command-line CSMS answers to OCPP 1.6 charge points: a boot policy, a list of known tags,
 * transactions numbered from 1, connector statuses and the last meter reading kept in memory. The
 * Security Whitepaper's calls are answered by the extension's {@code StandardSecurityHandler} (see
 * {@link CsmsServer}).
 */
final class CsmsBackend16 implements CoreHandler, FirmwareManagementHandler {

    /** An open or closed transaction, as the CSMS saw it. */
    record Transaction(int id, String station, int connector, String idTag, int meterStart, Integer meterStop) {
    }

    private final RegistrationStatus bootStatus;
    private final int heartbeatInterval;
    private final Map<String, AuthorizationStatus> tags;
    private final AuthorizationStatus unknownTags;
    private final AtomicInteger transactionIds = new AtomicInteger();
    private final Map<Integer, Transaction> transactions = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, ChargePointStatus>> statuses = new ConcurrentHashMap<>();

    /**
     * @param bootStatus how every BootNotification is answered
     * @param heartbeatInterval the interval sent with it, seconds
     * @param tags known tags and their status
     * @param unknownTags the status of every other tag
     */
    CsmsBackend16(RegistrationStatus bootStatus, int heartbeatInterval, Map<String, AuthorizationStatus> tags,
                  AuthorizationStatus unknownTags) {
        this.bootStatus = bootStatus;
        this.heartbeatInterval = heartbeatInterval;
        this.tags = Map.copyOf(tags);
        this.unknownTags = unknownTags;
    }

    /** @return the status of a tag */
    AuthorizationStatus statusOf(String idTag) {
        return tags.getOrDefault(idTag, unknownTags);
    }

    /** @return the open transaction on a station's connector */
    Optional<Transaction> openTransaction(String station, int connector) {
        return transactions.values().stream()
                .filter(t -> t.station().equals(station) && t.connector() == connector && t.meterStop() == null)
                .findFirst();
    }

    /** @return every transaction seen, in order */
    List<Transaction> transactions() {
        List<Transaction> all = new ArrayList<>(transactions.values());
        all.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return all;
    }

    /** @return the last status of a station's connector */
    Optional<ChargePointStatus> status(String station, int connector) {
        return Optional.ofNullable(statuses.getOrDefault(station, Map.of()).get(connector));
    }

    @Override
    public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request, CallContext context) {
        return done(new BootNotificationResponse().withStatus(bootStatus).withCurrentTime(now())
                .withInterval(heartbeatInterval));
    }

    @Override
    public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
        return done(new HeartbeatResponse().withCurrentTime(now()));
    }

    @Override
    public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
        return done(new AuthorizeResponse().withIdTagInfo(new IdTagInfo().withStatus(statusOf(request.getIdTag()))));
    }

    @Override
    public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request,
                                                                            CallContext context) {
        statuses.computeIfAbsent(context.stationIdentity(), s -> new ConcurrentHashMap<>())
                .put(request.getConnectorId(), request.getStatus());
        return done(new StatusNotificationResponse());
    }

    @Override
    public CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest request,
                                                                        CallContext context) {
        int id = transactionIds.incrementAndGet();
        transactions.put(id, new Transaction(id, context.stationIdentity(), request.getConnectorId(), request.getIdTag(),
                request.getMeterStart(), null));
        return done(new StartTransactionResponse().withTransactionId(id)
                .withIdTagInfo(new IdTagInfo().withStatus(statusOf(request.getIdTag()))));
    }

    @Override
    public CompletionStage<StopTransactionResponse> onStopTransaction(StopTransactionRequest request, CallContext context) {
        transactions.computeIfPresent(request.getTransactionId(), (id, t) -> new Transaction(id, t.station(),
                t.connector(), t.idTag(), t.meterStart(), request.getMeterStop()));
        StopTransactionResponse response = new StopTransactionResponse();
        if (request.getIdTag() != null) {
            response.setIdTagInfo(new IdTagInfo().withStatus(statusOf(request.getIdTag())));
        }
        return done(response);
    }

    @Override
    public CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
        return done(new MeterValuesResponse());
    }

    @Override
    public CompletionStage<DataTransferResponse> onDataTransfer(DataTransferRequest request, CallContext context) {
        return done(new DataTransferResponse().withStatus(DataTransferStatus.UNKNOWN_VENDOR_ID));
    }

    @Override
    public CompletionStage<DiagnosticsStatusNotificationResponse> onDiagnosticsStatusNotification(
            DiagnosticsStatusNotificationRequest request, CallContext context) {
        return done(new DiagnosticsStatusNotificationResponse());
    }

    @Override
    public CompletionStage<FirmwareStatusNotificationResponse> onFirmwareStatusNotification(
            FirmwareStatusNotificationRequest request, CallContext context) {
        return done(new FirmwareStatusNotificationResponse());
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

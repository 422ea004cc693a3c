package com.example.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.csms.CoreHandler;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the CSMS answers to stations (the Core profile): every station is accepted, tags are checked
 * against a set, transactions are numbered and recorded. Handlers run on ocpp4j's handler threads;
 * return a {@link CompletionStage} to answer after a database call without blocking.
 */
public final class ChargingBackend implements CoreHandler {

    /** One charging session as the CSMS recorded it; {@code meterStop} is null while it runs. */
    public record Transaction(int id, String station, int connector, String idTag, int meterStart, Integer meterStop) {

        /** @return the energy delivered, in Wh, or 0 while it runs */
        public int energyWh() {
            return meterStop == null ? 0 : meterStop - meterStart;
        }
    }

    private final Set<String> knownTags;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, Transaction> transactions = new ConcurrentHashMap<>();
    private final Map<String, String> bootedStations = new ConcurrentHashMap<>();

    ChargingBackend(Set<String> knownTags) {
        this.knownTags = Set.copyOf(knownTags);
    }

    /** @return the transactions, by id */
    public List<Transaction> transactions() {
        return transactions.values().stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).toList();
    }

    /** @return the vendor and model of every station that booted, by identity */
    public Map<String, String> bootedStations() {
        return Map.copyOf(bootedStations);
    }

    private IdTagInfo check(String idTag) {
        return new IdTagInfo().withStatus(knownTags.contains(idTag) ? AuthorizationStatus.ACCEPTED : AuthorizationStatus.INVALID);
    }

    @Override
    public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request, CallContext context) {
        bootedStations.put(context.stationIdentity(), request.getChargePointVendor() + " " + request.getChargePointModel());
        return CompletableFuture.completedFuture(new BootNotificationResponse()
                .withStatus(RegistrationStatus.ACCEPTED).withCurrentTime(now()).withInterval(300));
    }

    @Override
    public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
        return CompletableFuture.completedFuture(new HeartbeatResponse().withCurrentTime(now()));
    }

    @Override
    public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request,
                                                                            CallContext context) {
        return CompletableFuture.completedFuture(new StatusNotificationResponse());
    }

    @Override
    public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
        return CompletableFuture.completedFuture(new AuthorizeResponse().withIdTagInfo(check(request.getIdTag())));
    }

    @Override
    public CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest request, CallContext context) {
        int id = ids.incrementAndGet();
        transactions.put(id, new Transaction(id, context.stationIdentity(), request.getConnectorId(), request.getIdTag(),
                request.getMeterStart(), null));
        return CompletableFuture.completedFuture(new StartTransactionResponse()
                .withTransactionId(id).withIdTagInfo(check(request.getIdTag())));
    }

    @Override
    public CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
        return CompletableFuture.completedFuture(new MeterValuesResponse());
    }

    @Override
    public CompletionStage<StopTransactionResponse> onStopTransaction(StopTransactionRequest request, CallContext context) {
        transactions.computeIfPresent(request.getTransactionId(), (id, t) ->
                new Transaction(id, t.station(), t.connector(), t.idTag(), t.meterStart(), request.getMeterStop()));
        return CompletableFuture.completedFuture(new StopTransactionResponse());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

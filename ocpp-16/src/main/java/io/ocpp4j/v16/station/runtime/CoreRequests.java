package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.v16.model.ChangeAvailabilityRequest;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChangeAvailabilityResponse;
import io.ocpp4j.v16.model.ChangeConfigurationRequest;
import io.ocpp4j.v16.model.ChangeConfigurationResponse;
import io.ocpp4j.v16.model.ClearCacheRequest;
import io.ocpp4j.v16.model.ClearCacheResponse;
import io.ocpp4j.v16.model.ClearCacheStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.DataTransferRequest;
import io.ocpp4j.v16.model.DataTransferResponse;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.model.GetConfigurationRequest;
import io.ocpp4j.v16.model.GetConfigurationResponse;
import io.ocpp4j.v16.model.KeyValue;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStartTransactionResponse;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionResponse;
import io.ocpp4j.v16.model.ResetRequest;
import io.ocpp4j.v16.model.ResetResponse;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.UnlockConnectorRequest;
import io.ocpp4j.v16.model.UnlockConnectorResponse;
import io.ocpp4j.v16.station.CoreHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's answers to the Core profile's calls. Each call is handled on the state thread; an
 * action that follows the answer (starting or stopping a transaction, rebooting) is queued behind it,
 * so that the answer is normally on the wire before the messages the action sends.
 */
final class CoreRequests implements CoreHandler {

    private static final Logger log = LoggerFactory.getLogger(CoreRequests.class);

    private final Context ctx;
    private final ChargePointController controller;
    private final AuthorizationCache cache;
    private final Registration registration;
    private final Map<String, DataTransferHandler> dataTransfer;
    /** {@code null} without the Smart Charging profile. */
    private SmartCharging smartCharging;

    CoreRequests(Context ctx, ChargePointController controller, AuthorizationCache cache, Registration registration,
                 Map<String, DataTransferHandler> dataTransfer) {
        this.ctx = ctx;
        this.controller = controller;
        this.cache = cache;
        this.registration = registration;
        this.dataTransfer = Map.copyOf(dataTransfer);
    }

    /** Smart charging, when the profile is supported: takes RemoteStartTransaction's charging profile. */
    void smartCharging(SmartCharging value) {
        this.smartCharging = value;
    }

    @Override
    public CompletionStage<ChangeAvailabilityResponse> onChangeAvailability(ChangeAvailabilityRequest request,
                                                                           CallContext context) {
        return onState(() -> new ChangeAvailabilityResponse().withStatus(
                controller.changeAvailability(request.getConnectorId(), request.getType())));
    }

    @Override
    public CompletionStage<ChangeConfigurationResponse> onChangeConfiguration(ChangeConfigurationRequest request,
                                                                             CallContext context) {
        return onState(() -> {
            Configuration.Change change = ctx.config.change(request.getKey(), request.getValue(),
                    ctx.configurationGuard);
            if (change.value() != null) {
                ctx.commit();
                log.info("{}: configuration {} changed ({})", ctx.identity, request.getKey(), change.status());
                applied(request.getKey(), change);
            }
            return new ChangeConfigurationResponse().withStatus(change.status());
        });
    }

    @Override
    public CompletionStage<ClearCacheResponse> onClearCache(ClearCacheRequest request, CallContext context) {
        return onState(() -> {
            cache.clear();
            ctx.commit();
            return new ClearCacheResponse().withStatus(ClearCacheStatus.ACCEPTED);
        });
    }

    @Override
    public CompletionStage<DataTransferResponse> onDataTransfer(DataTransferRequest request, CallContext context) {
        DataTransferHandler handler = dataTransfer.get(request.getVendorId());
        if (handler == null) {
            return CompletableFuture.completedFuture(new DataTransferResponse().withStatus(DataTransferStatus.UNKNOWN_VENDOR_ID));
        }
        DataTransferResponse response = handler.onDataTransfer(request);
        if (response == null || response.getStatus() == null) {
            throw new IllegalStateException("the DataTransfer handler of " + request.getVendorId() + " gave no status");
        }
        return CompletableFuture.completedFuture(response);
    }

    @Override
    public CompletionStage<GetConfigurationResponse> onGetConfiguration(GetConfigurationRequest request,
                                                                       CallContext context) {
        List<String> keys = request.getKey() == null ? List.of() : request.getKey();
        int max = ctx.config.intValue(ConfigurationKeys.GET_CONFIGURATION_MAX_KEYS);
        if (keys.size() > max) {
            return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                    "at most " + max + " keys (GetConfigurationMaxKeys)"));
        }
        List<KeyValue> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        ctx.config.report(keys, known, unknown);
        return CompletableFuture.completedFuture(new GetConfigurationResponse()
                .withConfigurationKey(known.isEmpty() ? null : known)
                .withUnknownKey(unknown.isEmpty() ? null : unknown));
    }

    @Override
    public CompletionStage<RemoteStartTransactionResponse> onRemoteStartTransaction(RemoteStartTransactionRequest request,
                                                                                   CallContext context) {
        return answer(() -> {
                    ChargingProfile profile = smartCharging == null ? null : request.getChargingProfile();
                    if (profile != null && !smartCharging.acceptsRemoteStartProfile(profile)) {
                        return Answer.of(RemoteStartStopStatus.REJECTED);
                    }
                    Answer<RemoteStartStopStatus> started = controller.remoteStart(request.getConnectorId(), request.getIdTag());
                    if (profile != null && started.value() == RemoteStartStopStatus.ACCEPTED) {
                        smartCharging.remoteStartAccepted(request.getConnectorId(), profile);
                    }
                    return started;
                },
                status -> new RemoteStartTransactionResponse().withStatus(status));
    }

    @Override
    public CompletionStage<RemoteStopTransactionResponse> onRemoteStopTransaction(RemoteStopTransactionRequest request,
                                                                                 CallContext context) {
        return answer(() -> controller.remoteStop(request.getTransactionId()),
                status -> new RemoteStopTransactionResponse().withStatus(status));
    }

    @Override
    public CompletionStage<ResetResponse> onReset(ResetRequest request, CallContext context) {
        log.info("{}: {} reset requested", ctx.identity, request.getType());
        return answer(() -> controller.reset(request.getType()),
                accepted -> new ResetResponse().withStatus(accepted ? ResetStatus.ACCEPTED : ResetStatus.REJECTED));
    }

    @Override
    public CompletionStage<UnlockConnectorResponse> onUnlockConnector(UnlockConnectorRequest request, CallContext context) {
        return onState(() -> new UnlockConnectorResponse().withStatus(controller.unlock(request.getConnectorId())));
    }

    private void applied(String key, Configuration.Change change) {
        if (change.status() != ConfigurationStatus.ACCEPTED) {
            ctx.configurationListener.changed(key, change.value());
            return;
        }
        switch (key) {
            case ConfigurationKeys.HEARTBEAT_INTERVAL -> registration.heartbeatIntervalChanged();
            case ConfigurationKeys.METER_VALUE_SAMPLE_INTERVAL, ConfigurationKeys.CLOCK_ALIGNED_DATA_INTERVAL ->
                    controller.meterIntervalsChanged();
            default -> {
            }
        }
        ctx.configurationListener.changed(key, change.value());
    }

    private <T> CompletionStage<T> onState(Supplier<T> task) {
        return answer(() -> Answer.of(task.get()), Function.identity());
    }

    /** Computes the answer on the state thread, then queues its follow-up there. */
    private <T, R> CompletionStage<R> answer(Supplier<Answer<T>> task, Function<T, R> response) {
        CompletableFuture<R> answer = new CompletableFuture<>();
        try {
            ctx.state.execute(() -> {
                if (ctx.isClosed()) {
                    answer.completeExceptionally(new CallErrorException(ErrorCode.GENERIC_ERROR, "the station is restarting"));
                    return;
                }
                Answer<T> result;
                try {
                    result = task.get();
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                    return;
                }
                answer.complete(response.apply(result.value()));
                ctx.run(result.then());
            });
        } catch (RejectedExecutionException e) {
            answer.completeExceptionally(new CallErrorException(ErrorCode.INTERNAL_ERROR, "the station is overloaded"));
        }
        return answer;
    }
}

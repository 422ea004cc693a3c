package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.v16.model.AuthorizationData;
import io.ocpp4j.v16.model.GetLocalListVersionRequest;
import io.ocpp4j.v16.model.GetLocalListVersionResponse;
import io.ocpp4j.v16.model.SendLocalListRequest;
import io.ocpp4j.v16.model.SendLocalListResponse;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.station.LocalAuthListManagementHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's answers to the Local Auth List Management profile. Without that profile the station
 * reports version -1 and answers SendLocalList {@code NotSupported}; with it but
 * {@code LocalAuthListEnabled} false, SendLocalList is {@code NotSupported} too.
 */
final class LocalListRequests implements LocalAuthListManagementHandler {

    private static final Logger log = LoggerFactory.getLogger(LocalListRequests.class);

    private final Context ctx;
    private final LocalAuthList list;
    private final boolean supported;

    LocalListRequests(Context ctx, LocalAuthList list, boolean supported) {
        this.ctx = ctx;
        this.list = list;
        this.supported = supported;
    }

    @Override
    public CompletionStage<GetLocalListVersionResponse> onGetLocalListVersion(GetLocalListVersionRequest request,
                                                                             CallContext context) {
        if (!supported) {
            return CompletableFuture.completedFuture(new GetLocalListVersionResponse().withListVersion(-1));
        }
        return ctx.supply(() -> new GetLocalListVersionResponse().withListVersion(list.version()));
    }

    @Override
    public CompletionStage<SendLocalListResponse> onSendLocalList(SendLocalListRequest request, CallContext context) {
        if (!supported) {
            return CompletableFuture.completedFuture(new SendLocalListResponse().withStatus(UpdateStatus.NOT_SUPPORTED));
        }
        return ctx.supply(() -> {
            if (!ctx.config.isTrue(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED)) {
                return new SendLocalListResponse().withStatus(UpdateStatus.NOT_SUPPORTED);
            }
            List<AuthorizationData> entries = request.getLocalAuthorizationList() == null ? List.of()
                    : request.getLocalAuthorizationList();
            UpdateStatus status;
            if (entries.size() > ctx.config.intValue(ConfigurationKeys.SEND_LOCAL_LIST_MAX_LENGTH)) {
                status = UpdateStatus.FAILED;
            } else {
                status = list.apply(request.getUpdateType(), request.getListVersion(), entries,
                        ctx.config.intValue(ConfigurationKeys.LOCAL_AUTH_LIST_MAX_LENGTH));
            }
            if (status == UpdateStatus.ACCEPTED) {
                ctx.commit();
            }
            log.info("{}: SendLocalList {} version {} with {} entries: {}", ctx.identity, request.getUpdateType(),
                    request.getListVersion(), entries.size(), status);
            return new SendLocalListResponse().withStatus(status);
        });
    }
}

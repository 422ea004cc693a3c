package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.IdTagInfo;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether an id tag may charge, by OCPP 1.6's rules:
 * <ul>
 *   <li>online: a tag the Local Authorization List or the Authorization Cache knows as valid starts
 *       at once if {@code LocalPreAuthorize}; otherwise the CSMS is asked (Authorize) and the cache
 *       learns its answer. If the CSMS does not answer, the offline rules apply.</li>
 *   <li>offline: a known tag is judged by its local status if {@code LocalAuthorizeOffline} (and
 *       refused if not); an unknown tag is accepted only if {@code AllowOfflineTxForUnknownId}.</li>
 * </ul>
 * The local list wins over the cache; entries past their expiry date count as {@code Expired}.
 * State thread only; the returned stages complete on the state thread.
 */
final class Authorizer {

    private static final Logger log = LoggerFactory.getLogger(Authorizer.class);

    private final Context ctx;
    private final AuthorizationCache cache;
    private final LocalAuthList localList;
    private final boolean localListSupported;

    Authorizer(Context ctx, AuthorizationCache cache, LocalAuthList localList, boolean localListSupported) {
        this.ctx = ctx;
        this.cache = cache;
        this.localList = localList;
        this.localListSupported = localListSupported;
    }

    /** @return the tag's status, as the rules above decide it */
    CompletionStage<IdTagInfo> authorize(String idTag) {
        Optional<IdTagInfo> known = known(idTag);
        if (!ctx.online()) {
            return CompletableFuture.completedFuture(offline(idTag, known));
        }
        if (ctx.config.isTrue(ConfigurationKeys.LOCAL_PRE_AUTHORIZE) && known.filter(IdTags::isValid).isPresent()) {
            return CompletableFuture.completedFuture(known.get());
        }
        return ctx.central.authorize(new AuthorizeRequest().withIdTag(idTag)).handleAsync((response, failure) -> {
            if (failure != null) {
                log.info("{}: Authorize failed ({}); offline rules apply", ctx.identity, failure.getMessage());
                return offline(idTag, known(idTag));
            }
            IdTagInfo info = response.getIdTagInfo();
            learn(idTag, info);
            ctx.commit();
            return IdTags.asOf(info, ctx.clock.instant());
        }, ctx.state);
    }

    /** Records what the CSMS said about a tag in the cache (unless the local list holds it). The caller commits. */
    void learn(String idTag, IdTagInfo info) {
        if (info != null && idTag != null && ctx.config.isTrue(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED)
                && !(localListEnabled() && localList.contains(idTag))) {
            cache.put(idTag, info);
        }
    }

    private IdTagInfo offline(String idTag, Optional<IdTagInfo> known) {
        if (known.isPresent()) {
            if (ctx.config.isTrue(ConfigurationKeys.LOCAL_AUTHORIZE_OFFLINE)) {
                return known.get();
            }
            return IdTags.invalid();
        }
        if (ctx.config.isTrue(ConfigurationKeys.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID)) {
            log.info("{}: offline, unknown id tag accepted (AllowOfflineTxForUnknownId)", ctx.identity);
            return new IdTagInfo().withStatus(AuthorizationStatus.ACCEPTED);
        }
        return IdTags.invalid();
    }

    private Optional<IdTagInfo> known(String idTag) {
        Optional<IdTagInfo> info = Optional.empty();
        if (localListEnabled()) {
            info = localList.find(idTag);
        }
        if (info.isEmpty() && ctx.config.isTrue(ConfigurationKeys.AUTHORIZATION_CACHE_ENABLED)) {
            info = cache.find(idTag);
        }
        return info.map(found -> IdTags.asOf(found, ctx.clock.instant()));
    }

    private boolean localListEnabled() {
        return localListSupported && ctx.config.isTrue(ConfigurationKeys.LOCAL_AUTH_LIST_ENABLED);
    }
}

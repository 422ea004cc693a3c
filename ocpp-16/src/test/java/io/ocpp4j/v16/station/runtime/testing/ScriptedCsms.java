package io.ocpp4j.v16.station.runtime.testing;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.CoreHandler;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.csms.FirmwareManagementHandler;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Central System for scenario tests, built with ocpp4j's {@link Csms16}: it records every call a
 * station sends, in order, and answers as scripted: BootNotification with the next queued
 * registration status (then Accepted), id tags by a table (unknown tags Invalid), transactions
 * numbered from 1000, and CALLERRORs on demand.
 */
public final class ScriptedCsms {

    /**
     * One call the station sent.
     *
     * @param action its action
     * @param request its request
     */
    public record Received(String action, Object request) {
    }

    private final Csms16 csms;
    private final Clock clock;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, IdTagInfo> tags = new ConcurrentHashMap<>();
    private final Queue<RegistrationStatus> bootAnswers = new ArrayDeque<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicInteger nextTransactionId = new AtomicInteger(1000);
    private volatile int bootInterval = 300;
    private volatile int heartbeatInterval = 300;

    /**
     * @param runtime the threads and schemas
     * @param clock the CSMS's clock (its time goes to the station)
     */
    public ScriptedCsms(RpcRuntime runtime, Clock clock) {
        this.clock = clock;
        this.csms = Csms16.builder(runtime).core(new Handler()).firmwareManagement(new Firmware()).build();
    }

    /** @return the facade, to accept connections */
    public Csms16 csms() {
        return csms;
    }

    /**
     * @param identity the station
     * @return its typed view
     */
    public ChargePoint chargePoint(String identity) {
        return csms.chargePoint(identity).orElseThrow(() -> new AssertionError(identity + " is not connected"));
    }

    /**
     * Sets an id tag's status.
     *
     * @param idTag the tag
     * @param status its status
     * @param parentIdTag its parent, or {@code null}
     * @return this
     */
    public ScriptedCsms tag(String idTag, AuthorizationStatus status, String parentIdTag) {
        return tag(idTag, new IdTagInfo().withStatus(status).withParentIdTag(parentIdTag));
    }

    /**
     * Sets an id tag's full information (with an expiry date, for instance).
     *
     * @param idTag the tag
     * @param info what the CSMS says about it
     * @return this
     */
    public ScriptedCsms tag(String idTag, IdTagInfo info) {
        tags.put(idTag, info);
        return this;
    }

    /**
     * Accepts an id tag.
     *
     * @param idTag the tag
     * @return this
     */
    public ScriptedCsms accept(String idTag) {
        return tag(idTag, AuthorizationStatus.ACCEPTED, null);
    }

    /**
     * Queues answers for the next BootNotifications (after them: Accepted).
     *
     * @param interval the interval in each answer
     * @param statuses the statuses, in order
     * @return this
     */
    public synchronized ScriptedCsms bootAnswers(int interval, RegistrationStatus... statuses) {
        this.bootInterval = interval;
        bootAnswers.addAll(List.of(statuses));
        return this;
    }

    /**
     * @param seconds the interval given with Accepted
     * @return this
     */
    public ScriptedCsms heartbeatInterval(int seconds) {
        this.heartbeatInterval = seconds;
        return this;
    }

    /**
     * Answers the next calls of an action with a CALLERROR (InternalError).
     *
     * @param action the action
     * @param times how many
     * @return this
     */
    public ScriptedCsms fail(String action, int times) {
        failures.computeIfAbsent(action, a -> new AtomicInteger()).addAndGet(times);
        return this;
    }

    /** @return every call received, in order */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** @return the actions received, in order */
    public List<String> actions() {
        return received.stream().map(Received::action).toList();
    }

    /**
     * @param type a request class
     * @param <T> its type
     * @return the requests of that type received, in order
     */
    public <T> List<T> received(Class<T> type) {
        return received.stream().map(Received::request).filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets what was received. */
    public void clear() {
        received.clear();
    }

    private synchronized RegistrationStatus nextBootStatus() {
        RegistrationStatus next = bootAnswers.poll();
        return next == null ? RegistrationStatus.ACCEPTED : next;
    }

    private <T> CompletionStage<T> answer(String action, Object request, T response) {
        received.add(new Received(action, request));
        AtomicInteger failing = failures.get(action);
        if (failing != null && failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return CompletableFuture.failedFuture(new CallErrorException(ErrorCode.INTERNAL_ERROR, "scripted failure"));
        }
        return CompletableFuture.completedFuture(response);
    }

    private IdTagInfo info(String idTag) {
        IdTagInfo info = tags.get(idTag);
        return info == null ? new IdTagInfo().withStatus(AuthorizationStatus.INVALID)
                : new IdTagInfo().withStatus(info.getStatus()).withParentIdTag(info.getParentIdTag())
                        .withExpiryDate(info.getExpiryDate());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The Firmware Management profile's notifications, recorded. */
    private final class Firmware implements FirmwareManagementHandler {
        @Override
        public CompletionStage<DiagnosticsStatusNotificationResponse> onDiagnosticsStatusNotification(
                DiagnosticsStatusNotificationRequest request, CallContext context) {
            return answer("DiagnosticsStatusNotification", request, new DiagnosticsStatusNotificationResponse());
        }

        @Override
        public CompletionStage<FirmwareStatusNotificationResponse> onFirmwareStatusNotification(
                FirmwareStatusNotificationRequest request, CallContext context) {
            return answer("FirmwareStatusNotification", request, new FirmwareStatusNotificationResponse());
        }
    }

    /** The Core profile, scripted. */
    private final class Handler implements CoreHandler {
        @Override
        public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request, CallContext context) {
            RegistrationStatus status = nextBootStatus();
            int interval = status == RegistrationStatus.ACCEPTED ? heartbeatInterval : bootInterval;
            return answer("BootNotification", request, new BootNotificationResponse()
                    .withStatus(status).withCurrentTime(now()).withInterval(interval));
        }

        @Override
        public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
            return answer("Heartbeat", request, new HeartbeatResponse().withCurrentTime(now()));
        }

        @Override
        public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
            return answer("Authorize", request, new AuthorizeResponse().withIdTagInfo(info(request.getIdTag())));
        }

        @Override
        public CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest request, CallContext context) {
            AtomicInteger failing = failures.get("StartTransaction");
            boolean fails = failing != null && failing.get() > 0;
            return answer("StartTransaction", request, new StartTransactionResponse()
                    .withTransactionId(fails ? 0 : nextTransactionId.getAndIncrement())
                    .withIdTagInfo(info(request.getIdTag())));
        }

        @Override
        public CompletionStage<StopTransactionResponse> onStopTransaction(StopTransactionRequest request, CallContext context) {
            return answer("StopTransaction", request, new StopTransactionResponse()
                    .withIdTagInfo(request.getIdTag() == null ? null : info(request.getIdTag())));
        }

        @Override
        public CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
            return answer("MeterValues", request, new MeterValuesResponse());
        }

        @Override
        public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request,
                                                                               CallContext context) {
            return answer("StatusNotification", request, new StatusNotificationResponse());
        }

        @Override
        public CompletionStage<DataTransferResponse> onDataTransfer(DataTransferRequest request, CallContext context) {
            return answer("DataTransfer", request, new DataTransferResponse().withStatus(DataTransferStatus.ACCEPTED));
        }
    }
}

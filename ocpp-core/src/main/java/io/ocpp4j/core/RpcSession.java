package io.ocpp4j.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.frame.Call;
import io.ocpp4j.core.frame.CallError;
import io.ocpp4j.core.frame.CallResult;
import io.ocpp4j.core.frame.DecodeResult;
import io.ocpp4j.core.frame.FrameCodec;
import io.ocpp4j.core.frame.RpcFrame;
import io.ocpp4j.core.validation.PayloadValidator;
import io.ocpp4j.core.validation.ValidationConfig;
import io.ocpp4j.core.validation.Violation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The OCPP-J RPC layer of one connection: typed calls out, handlers for calls in.
 *
 * <p><b>Outgoing.</b> {@link #call} validates and encodes the request on the caller's thread and
 * returns at once. At most one call is in flight; the others wait, in order, in a bounded queue.
 * A call that is not answered within the call timeout (counted from sending) fails with
 * {@link CallTimeoutException} and frees the slot; its late answer is logged and dropped. Answers
 * are matched by message id; an answer that matches no call in flight is logged, counted and
 * dropped, never answered.
 *
 * <p><b>Incoming.</b> Calls are validated against their schema, bound to their request class and
 * handed to their {@link CallHandler} on the runtime's handler executor, one after another in
 * arrival order, never on the transport's I/O thread. An unknown action is answered with
 * {@code NotImplemented}, a known action without handler (or one the peer may not send) with
 * {@code NotSupported}, a payload that breaks its schema with the code of the violation, a failed
 * handler with {@code InternalError} (the exception is logged, never sent), a malformed frame with
 * the code of its {@linkplain io.ocpp4j.core.frame.FrameProblem problem}, under message id
 * {@code "-1"} when its own cannot be read. A call whose message id is still being handled is
 * refused. Nothing received ever throws out of the session or closes it.
 *
 * <p><b>Closing.</b> When the connection closes, every pending and queued call fails with
 * {@link ConnectionClosedException}.
 *
 * <p>Thread-safe. Create with {@link #builder}; the session starts listening at once.
 */
public final class RpcSession {

    private static final Logger log = LoggerFactory.getLogger(RpcSession.class);
    private static final String MDC_KEY = "stationIdentity";
    private static final int REMEMBERED_TIMEOUTS = 64;

    private final Connection connection;
    private final ProtocolVersion version;
    private final Role role;
    private final ObjectMapper mapper;
    private final FrameCodec codec;
    private final PayloadCodec payloads;
    private final RpcRuntime runtime;
    private final Handlers handlers;
    private final ValidationConfig validation;
    private final RpcListener listener;
    private final Duration callTimeout;
    private final int maxQueuedCalls;
    private final int maxIncomingCalls;
    private final Supplier<String> messageIds;
    private final SerialExecutor inbound;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    // Guarded by "this"; never held while sending, validating or running user code.
    private Outgoing<?> inFlight;
    private final ArrayDeque<Outgoing<?>> queue = new ArrayDeque<>();
    private final Set<String> incomingInProgress = new HashSet<>();
    private final Map<String, String> recentlyTimedOut = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_TIMEOUTS;
        }
    };
    private boolean isClosed;

    private RpcSession(Builder builder) {
        this.connection = builder.connection;
        this.version = builder.version;
        this.role = builder.role;
        this.mapper = version.mapper();
        this.codec = new FrameCodec(mapper);
        this.payloads = new PayloadCodec(mapper);
        this.runtime = Objects.requireNonNull(builder.runtime, "runtime");
        this.handlers = builder.handlers;
        this.validation = builder.validation;
        this.listener = builder.listener;
        this.callTimeout = builder.callTimeout;
        this.maxQueuedCalls = builder.maxQueuedCalls;
        this.maxIncomingCalls = builder.maxIncomingCalls;
        this.messageIds = builder.messageIds;
        this.inbound = new SerialExecutor(runtime.handlerExecutor());
    }

    /**
     * Starts building a session on an open connection.
     *
     * @param connection the connection; the session becomes its listener
     * @param version the OCPP version spoken on it
     * @param role which side of the link this session is
     * @return a builder
     */
    public static Builder builder(Connection connection, ProtocolVersion version, Role role) {
        return new Builder(connection, version, role);
    }

    /** @return the connection this session runs on */
    public Connection connection() {
        return connection;
    }

    /** @return the OCPP version spoken */
    public ProtocolVersion version() {
        return version;
    }

    /** @return which side of the link this session is */
    public Role role() {
        return role;
    }

    /**
     * Sends a call and returns its typed answer.
     *
     * <p>The stage fails with {@link ValidationException} if the request (nothing sent) or the
     * response breaks its schema, {@link CallErrorException} if the peer answers with a CALLERROR,
     * {@link CallTimeoutException}, {@link CallQueueFullException}, or
     * {@link ConnectionClosedException}. It completes on the handler executor, never on an I/O
     * thread.
     *
     * @param action the action
     * @param request the request
     * @param <Q> the request type
     * @param <R> the response type
     * @return the response, later
     */
    public <Q, R> CompletionStage<R> call(Action<Q, R> action, Q request) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(request, "request");
        CompletableFuture<R> result = new CompletableFuture<>();
        if (!action.direction().allowsSender(role)) {
            result.completeExceptionally(new IllegalArgumentException(
                    action.name() + " cannot be sent by the " + role + " side"));
            return result;
        }
        Outgoing<R> call;
        try {
            PayloadCodec.Encoded encoded = payloads.encode(request,
                    validation.validateOutgoing() ? runtime.validators().request(action) : null);
            if (encoded.payload() == null) {
                throw new IllegalArgumentException(action.name() + " request must serialise to a JSON object");
            }
            if (encoded.violation() != null) {
                result.completeExceptionally(new ValidationException(action.name(), "request", encoded.violation()));
                return result;
            }
            String messageId = messageIds.get();
            call = new Outgoing<>(action, messageId, codec.encode(new Call(messageId, action.name(), encoded.payload())), result);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return result;
        }
        boolean sendNow = false;
        int depth = -1;
        Throwable refusal = null;
        synchronized (this) {
            if (isClosed) {
                refusal = new ConnectionClosedException(action.name() + ": the connection of "
                        + connection.stationIdentity() + " is closed");
            } else if (inFlight == null) {
                inFlight = call;
                sendNow = true;
            } else if (queue.size() >= maxQueuedCalls) {
                refusal = new CallQueueFullException(action.name(), maxQueuedCalls);
            } else {
                queue.add(call);
                depth = queue.size();
            }
        }
        if (refusal != null) {
            result.completeExceptionally(refusal);
        } else if (sendNow) {
            transmit(call);
        } else {
            listener.queueDepth(depth);
        }
        return result;
    }

    /**
     * The calls this session holds: the one in flight and those queued behind it.
     *
     * @return the number of pending calls
     */
    public synchronized int pendingCalls() {
        return (inFlight == null ? 0 : 1) + queue.size();
    }

    /** @return the number of incoming calls being handled now */
    synchronized int incomingCalls() {
        return incomingInProgress.size();
    }

    /** @return whether the session can still send calls */
    public synchronized boolean isOpen() {
        return !isClosed;
    }

    /** @return completes when the connection has closed and every pending call has failed */
    public CompletionStage<Void> closeFuture() {
        return closed.copy();
    }

    /**
     * Closes the connection normally and fails every pending call at once.
     */
    public void close() {
        close(Connection.CLOSE_NORMAL, "");
    }

    /**
     * Closes the connection and fails every pending call at once.
     *
     * @param code the WebSocket close code
     * @param reason the close reason
     */
    public void close(int code, String reason) {
        connection.close(code, reason);
        shutDown("the session was closed");
    }

    // ---- outgoing -------------------------------------------------------------------------------

    /** Sends a call that holds the slot; on failure frees the slot and goes on with the next. */
    private void transmit(Outgoing<?> first) {
        Outgoing<?> call = first;
        while (call != null) {
            Outgoing<?> current = call;
            current.timeout = runtime.scheduler().schedule(() -> onTimeout(current),
                    callTimeout.toNanos(), TimeUnit.NANOSECONDS);
            current.sentNanos = System.nanoTime();
            try {
                log.trace("{} > {}", connection.stationIdentity(), current.text);
                connection.send(current.text);
                listener.callSent(current.action.name());
                return;
            } catch (RuntimeException e) {
                current.timeout.cancel(false);
                Next next;
                synchronized (this) {
                    next = advanceFrom(current);
                }
                if (next == null) {
                    return; // ended meanwhile by its timeout or the close
                }
                Throwable failure = e instanceof ConnectionClosedException ? e
                        : new ConnectionClosedException(current.action.name() + ": send failed: " + e.getMessage());
                finish(current, RpcListener.Outcome.CLOSED, failure);
                call = next.send(listener);
            }
        }
    }

    /**
     * Under the session's lock: if {@code call} holds the slot, hands it to the next queued call. A
     * call's slot is taken exactly once — by its answer, a malformed answer, its timeout or a failed
     * send (the close takes every slot at once) — so that each call ends exactly once.
     *
     * @return the next call (possibly none), or {@code null} if {@code call} no longer held the slot
     */
    private Next advanceFrom(Outgoing<?> call) {
        if (inFlight != call) {
            return null;
        }
        inFlight = isClosed ? null : queue.poll();
        return new Next(inFlight, queue.size());
    }

    /** The call that took the slot, and the queue depth behind it. */
    private record Next(Outgoing<?> call, int depth) {
        Outgoing<?> send(RpcListener listener) {
            if (call != null) {
                listener.queueDepth(depth);
            }
            return call;
        }
    }

    private void onTimeout(Outgoing<?> call) {
        Next next;
        synchronized (this) {
            next = advanceFrom(call);
            if (next == null) {
                return; // answered, failed or closed in the meantime
            }
            recentlyTimedOut.put(call.messageId, call.action.name());
        }
        log.warn("{}: {} (message {}) not answered within {} ms", connection.stationIdentity(),
                call.action.name(), call.messageId, callTimeout.toMillis());
        finish(call, RpcListener.Outcome.TIMEOUT,
                new CallTimeoutException(call.action.name(), call.messageId, callTimeout));
        transmit(next.send(listener));
    }

    private void onAnswer(RpcFrame answer) {
        Outgoing<?> call;
        String lateAction;
        Next next = null;
        synchronized (this) {
            call = inFlight != null && inFlight.messageId.equals(answer.messageId()) ? inFlight : null;
            lateAction = call == null ? recentlyTimedOut.remove(answer.messageId()) : null;
            if (call != null) {
                next = advanceFrom(call);
            }
        }
        if (call == null) {
            if (lateAction != null) {
                log.warn("{}: late answer to {} (message {}) dropped", connection.stationIdentity(),
                        lateAction, answer.messageId());
                listener.frameDropped(RpcListener.DropReason.LATE_REPLY);
            } else {
                log.warn("{}: answer with unknown message id {} dropped", connection.stationIdentity(),
                        answer.messageId());
                listener.frameDropped(RpcListener.DropReason.UNMATCHED_REPLY);
            }
            return;
        }
        call.timeout.cancel(false);
        transmit(next.send(listener));
        try {
            runtime.handlerExecutor().execute(() -> complete(call, answer));
        } catch (RejectedExecutionException e) {
            complete(call, answer);
        }
    }

    /** Completes a call with its answer: validates and binds a result, or fails with the error. */
    private <R> void complete(Outgoing<R> call, RpcFrame answer) {
        String action = call.action.name();
        if (answer instanceof CallError error) {
            listener.callErrorReceived(action, error.code());
            call.end(RpcListener.Outcome.CALL_ERROR, listener, new CallErrorException(error.code(),
                    error.errorCode(), error.errorDescription(), error.errorDetails(), action));
            return;
        }
        ObjectNode payload = ((CallResult) answer).payload();
        PayloadValidator validator = runtime.validators().response(call.action);
        PayloadCodec.Decoded<R> decoded = payloads.decode(validator, payload, validation.leniency(action),
                call.action.responseType());
        if (decoded instanceof PayloadCodec.Decoded.Refused<R> refused) {
            if (refused.bySchema()) {
                log.warn("{}: invalid {} response: {}", connection.stationIdentity(), action, refused.violation().message());
            }
            call.end(RpcListener.Outcome.INVALID_RESPONSE, listener,
                    new ValidationException(action, "response", refused.violation()));
            return;
        }
        call.succeed(((PayloadCodec.Decoded.Bound<R>) decoded).value(), listener);
    }

    private void finish(Outgoing<?> call, RpcListener.Outcome outcome, Throwable failure) {
        try {
            runtime.handlerExecutor().execute(() -> call.end(outcome, listener, failure));
        } catch (RejectedExecutionException e) {
            call.end(outcome, listener, failure);
        }
    }

    // ---- incoming -------------------------------------------------------------------------------

    private void onText(String text) {
        log.trace("{} < {}", connection.stationIdentity(), text);
        // A well-formed CALL with a valid payload is read, validated and bound in one pass; anything
        // else (answers too) takes the general path, which decides and reports as it always has.
        PayloadCodec.BoundCall bound = payloads.readCall(text, this::oneStepTarget);
        if (bound != null) {
            onCall(bound.messageId(), bound.action(), () -> handleBound(bound));
            return;
        }
        DecodeResult decoded = codec.decode(text);
        if (decoded instanceof DecodeResult.Malformed malformed) {
            onMalformed(malformed);
            return;
        }
        RpcFrame frame = ((DecodeResult.Valid) decoded).frame();
        if (frame instanceof Call call) {
            onCall(call.messageId(), call.action(), () -> handle(call));
        } else {
            onAnswer(frame);
        }
    }

    /**
     * What a CALL of this action is bound to in one pass: only an action that {@link #handle} would hand
     * to its handler (known, sent to this side, handled); {@code null} for the others.
     */
    private PayloadCodec.Target<?> oneStepTarget(String name) {
        Optional<Action<?, ?>> known = version.catalog().find(name);
        if (known.isEmpty() || !known.get().direction().allowsSender(role == Role.CSMS ? Role.STATION : Role.CSMS)) {
            return null;
        }
        Optional<Handlers.Registered<?, ?>> registered = handlers.find(name);
        if (registered.isEmpty()) {
            return null;
        }
        Action<?, ?> action = registered.get().action();
        return new PayloadCodec.Target<>(runtime.validators().request(action), action.requestType(),
                validation.leniency(name));
    }

    private void onMalformed(DecodeResult.Malformed malformed) {
        listener.malformedFrame(malformed.problem());
        log.warn("{}: malformed frame ({}): {}", connection.stationIdentity(), malformed.problem(), malformed.detail());
        if (malformed.answerable()) {
            sendError(malformed.answerMessageId(), malformed.problem().errorCode(), malformed.detail());
            return;
        }
        listener.frameDropped(RpcListener.DropReason.MALFORMED_REPLY);
        Outgoing<?> call = null;
        Next next = null;
        if (malformed.messageId() != null) {
            synchronized (this) {
                if (inFlight != null && inFlight.messageId.equals(malformed.messageId())) {
                    call = inFlight;
                    next = advanceFrom(call);
                }
            }
        }
        if (call != null) { // fail the call now rather than let it time out
            call.timeout.cancel(false);
            transmit(next.send(listener));
            finish(call, RpcListener.Outcome.INVALID_RESPONSE, new ValidationException(call.action.name(), "response",
                    new Violation(malformed.problem().errorCode(), "", malformed.detail())));
        }
    }

    private void onCall(String messageId, String actionName, Runnable handling) {
        listener.callReceived(actionName);
        String refusal = null;
        ErrorCode refusalCode = null;
        synchronized (this) {
            if (isClosed) {
                return;
            }
            if (incomingInProgress.contains(messageId)) {
                refusalCode = ErrorCode.RPC_FRAMEWORK_ERROR;
                refusal = "message id " + messageId + " is already in use by a call being handled";
            } else if (incomingInProgress.size() >= maxIncomingCalls) {
                refusalCode = ErrorCode.GENERIC_ERROR;
                refusal = "too many calls in progress";
            } else {
                incomingInProgress.add(messageId);
            }
        }
        if (refusal != null) {
            log.warn("{}: {} refused: {}", connection.stationIdentity(), actionName, refusal);
            sendError(messageId, refusalCode, refusal);
            return;
        }
        try {
            inbound.execute(() -> withMdc(handling));
        } catch (RejectedExecutionException e) {
            done(messageId);
            log.error("{}: handler executor refused {}", connection.stationIdentity(), actionName);
            sendError(messageId, ErrorCode.INTERNAL_ERROR, "overloaded");
        }
    }

    private void handle(Call call) {
        Optional<Action<?, ?>> action = version.catalog().find(call.action());
        if (action.isEmpty()) {
            answer(call.messageId(), ErrorCode.NOT_IMPLEMENTED, "unknown action " + call.action());
            return;
        }
        if (!action.get().direction().allowsSender(role == Role.CSMS ? Role.STATION : Role.CSMS)) {
            answer(call.messageId(), ErrorCode.NOT_SUPPORTED, call.action() + " is not sent to the " + role + " side");
            return;
        }
        Optional<Handlers.Registered<?, ?>> registered = handlers.find(call.action());
        if (registered.isEmpty()) {
            answer(call.messageId(), ErrorCode.NOT_SUPPORTED, call.action() + " is not supported");
            return;
        }
        invoke(call, registered.get());
    }

    private <Q, R> void invoke(Call call, Handlers.Registered<Q, R> registered) {
        Action<Q, R> action = registered.action();
        PayloadCodec.Decoded<Q> decoded = payloads.decode(runtime.validators().request(action), call.payload(),
                validation.leniency(action.name()), action.requestType());
        if (decoded instanceof PayloadCodec.Decoded.Refused<Q> refused) {
            Violation violation = refused.violation();
            if (refused.bySchema()) {
                log.warn("{}: invalid {} request: {}", connection.stationIdentity(), action.name(), violation.message());
            }
            answer(call.messageId(), violation.code(), violation.message());
            return;
        }
        dispatch(call.messageId(), registered, ((PayloadCodec.Decoded.Bound<Q>) decoded).value());
    }

    /** A call read in one pass: its request is already valid and bound ({@link #oneStepTarget}). */
    private void handleBound(PayloadCodec.BoundCall call) {
        Handlers.Registered<?, ?> registered = handlers.find(call.action()).orElseThrow();
        dispatchBound(call.messageId(), registered, call.request());
    }

    private <Q, R> void dispatchBound(String messageId, Handlers.Registered<Q, R> registered, Object request) {
        dispatch(messageId, registered, registered.action().requestType().cast(request));
    }

    /** Hands a valid request to its handler, and answers with what it returns. */
    private <Q, R> void dispatch(String messageId, Handlers.Registered<Q, R> registered, Q request) {
        Action<Q, R> action = registered.action();
        CompletableFuture<Void> answered = new CompletableFuture<>();
        CompletionStage<R> response;
        try {
            response = registered.handler().handle(request,
                    new CallContext(this, messageId, action.name(), answered.minimalCompletionStage()));
            if (response == null) {
                throw new IllegalStateException("handler returned null");
            }
        } catch (Exception e) {
            answerFailure(messageId, action.name(), e);
            answered.complete(null);
            return;
        }
        response.whenComplete((value, failure) -> withMdc(() -> {
            if (failure != null) {
                answerFailure(messageId, action.name(), failure);
            } else {
                answerResult(messageId, action, value);
            }
            answered.complete(null);
        }));
    }

    private <R> void answerResult(String messageId, Action<?, R> action, R value) {
        try {
            PayloadCodec.Encoded encoded = payloads.encode(value,
                    validation.validateOutgoing() ? runtime.validators().response(action) : null);
            if (encoded.payload() == null) {
                throw new IllegalStateException(action.name() + " handler returned " + value);
            }
            if (encoded.violation() != null) {
                log.error("{}: our {} response is invalid, answering InternalError: {}",
                        connection.stationIdentity(), action.name(), encoded.violation().message());
                answer(messageId, ErrorCode.INTERNAL_ERROR, "response could not be produced");
                return;
            }
            done(messageId);
            send(new CallResult(messageId, encoded.payload()));
        } catch (RuntimeException e) {
            answerFailure(messageId, action.name(), e);
        }
    }

    private void answerFailure(String messageId, String actionName, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CallErrorException error) {
            answer(messageId, error.code(), error.description());
        } else {
            log.error("{}: {} handler failed (message {})", connection.stationIdentity(), actionName, messageId, cause);
            answer(messageId, ErrorCode.INTERNAL_ERROR, "handler failed");
        }
    }

    private void answer(String messageId, ErrorCode code, String description) {
        done(messageId);
        sendError(messageId, code, description);
    }

    private synchronized void done(String messageId) {
        incomingInProgress.remove(messageId);
    }

    private void sendError(String messageId, ErrorCode code, String description) {
        listener.callErrorSent(code);
        send(CallError.of(messageId, code, version.spelling(), description));
    }

    private void send(RpcFrame frame) {
        String text = codec.encode(frame);
        try {
            log.trace("{} > {}", connection.stationIdentity(), text);
            connection.send(text);
        } catch (RuntimeException e) {
            log.debug("{}: answer {} not sent: {}", connection.stationIdentity(), frame.messageId(), e.getMessage());
        }
    }

    private void withMdc(Runnable task) {
        MDC.put(MDC_KEY, connection.stationIdentity());
        try {
            task.run();
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    // ---- closing --------------------------------------------------------------------------------

    private void onClose(int code, String reason, boolean byPeer) {
        log.info("{}: connection closed by {} ({} {})", connection.stationIdentity(), byPeer ? "peer" : "us", code, reason);
        shutDown("the connection closed (" + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
    }

    private void shutDown(String why) {
        List<Outgoing<?>> pending;
        synchronized (this) {
            if (isClosed) {
                return;
            }
            isClosed = true;
            pending = new ArrayList<>(queue.size() + 1);
            if (inFlight != null) {
                pending.add(inFlight);
                inFlight = null;
            }
            pending.addAll(queue);
            queue.clear();
            recentlyTimedOut.clear();
        }
        for (Outgoing<?> call : pending) {
            if (call.timeout != null) {
                call.timeout.cancel(false);
            }
            finish(call, RpcListener.Outcome.CLOSED, new ConnectionClosedException(
                    call.action.name() + " (message " + call.messageId + "): " + why));
        }
        closed.complete(null);
    }

    /** An outgoing call from {@link #call} to its end. */
    private static final class Outgoing<R> {
        final Action<?, R> action;
        final String messageId;
        final String text;
        final CompletableFuture<R> result;
        volatile ScheduledFuture<?> timeout;
        volatile long sentNanos;

        Outgoing(Action<?, R> action, String messageId, String text, CompletableFuture<R> result) {
            this.action = action;
            this.messageId = messageId;
            this.text = text;
            this.result = result;
        }

        void succeed(R response, RpcListener listener) {
            listener.callEnded(action.name(), RpcListener.Outcome.RESULT, System.nanoTime() - sentNanos);
            result.complete(response);
        }

        void end(RpcListener.Outcome outcome, RpcListener listener, Throwable failure) {
            listener.callEnded(action.name(), outcome, sentNanos == 0 ? 0 : System.nanoTime() - sentNanos);
            result.completeExceptionally(failure);
        }
    }

    /** Builds an {@link RpcSession}. */
    public static final class Builder {
        private final Connection connection;
        private final ProtocolVersion version;
        private final Role role;
        private RpcRuntime runtime;
        private Handlers handlers = Handlers.NONE;
        private ValidationConfig validation = ValidationConfig.STRICT;
        private RpcListener listener = RpcListener.NONE;
        private Duration callTimeout = Duration.ofSeconds(30);
        private int maxQueuedCalls = 1_000;
        private int maxIncomingCalls = 16;
        private Supplier<String> messageIds = Builder::randomMessageId;

        private Builder(Connection connection, ProtocolVersion version, Role role) {
            this.connection = Objects.requireNonNull(connection, "connection");
            this.version = Objects.requireNonNull(version, "version");
            this.role = Objects.requireNonNull(role, "role");
        }

        /**
         * The connection the session will run on, for options that depend on the station (for
         * example a leniency for one firmware).
         *
         * @return the connection
         */
        public Connection connection() {
            return connection;
        }

        /**
         * @param runtime the shared threads and validators (required)
         * @return this
         */
        public Builder runtime(RpcRuntime runtime) {
            this.runtime = Objects.requireNonNull(runtime, "runtime");
            return this;
        }

        /**
         * @param handlers the handlers of incoming calls (default: none, every call answered
         *                 {@code NotSupported})
         * @return this
         */
        public Builder handlers(Handlers handlers) {
            this.handlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /**
         * @param validation outgoing validation and incoming leniency (default strict)
         * @return this
         */
        public Builder validation(ValidationConfig validation) {
            this.validation = Objects.requireNonNull(validation, "validation");
            return this;
        }

        /**
         * @param listener receives the session's counters (default: none)
         * @return this
         */
        public Builder listener(RpcListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param timeout how long to wait for an answer, from sending (default 30 s)
         * @return this
         */
        public Builder callTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("call timeout must be positive");
            }
            this.callTimeout = timeout;
            return this;
        }

        /**
         * @param max calls that may wait behind the one in flight (default 1,000); more fail with
         *            {@link CallQueueFullException}
         * @return this
         */
        public Builder maxQueuedCalls(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxQueuedCalls must not be negative");
            }
            this.maxQueuedCalls = max;
            return this;
        }

        /**
         * @param max incoming calls handled at once (default 16); more are refused with a CALLERROR.
         *            OCPP peers send one at a time, so this only bounds a misbehaving peer.
         * @return this
         */
        public Builder maxIncomingCalls(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxIncomingCalls must be positive");
            }
            this.maxIncomingCalls = max;
            return this;
        }

        /**
         * @param messageIds makes the message ids of outgoing calls: unique on this connection, at
         *                   most 36 characters (default: random UUIDs)
         * @return this
         */
        public Builder messageIds(Supplier<String> messageIds) {
            this.messageIds = Objects.requireNonNull(messageIds, "messageIds");
            return this;
        }

        /**
         * Creates the session and makes it the connection's listener.
         *
         * @return the running session
         */
        public RpcSession build() {
            RpcSession session = new RpcSession(this);
            connection.listen(new ConnectionListener() {
                @Override
                public void onText(String text) {
                    try {
                        session.onText(text);
                    } catch (RuntimeException e) {
                        // Never let a bug of ours escape into the transport's I/O thread.
                        log.error("{}: frame processing failed", connection.stationIdentity(), e);
                    }
                }

                @Override
                public void onClose(int code, String reason, boolean byPeer) {
                    session.onClose(code, reason, byPeer);
                }
            });
            return session;
        }

        /** A random (version 4) UUID, from a fast non-cryptographic source: ids need uniqueness, not secrecy. */
        private static String randomMessageId() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long most = (random.nextLong() & ~0xF000L) | 0x4000L;
            long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
            return new UUID(most, least).toString();
        }
    }
}

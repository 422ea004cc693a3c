package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.CallTimeoutException;
import io.ocpp4j.core.ConnectionClosedException;
import io.ocpp4j.core.ValidationException;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import io.ocpp4j.v16.station.runtime.store.StoreMap;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable queue of transaction messages: StartTransaction, transaction MeterValues and
 * StopTransaction (and the messages an extension asks to deliver the same way, such as the security
 * extension's SecurityEventNotification, see {@link StationRuntime#enqueue}) are written to the store (in the same commit as the state change that caused
 * them) before they are sent, and sent one at a time, in order, whenever the station is online.
 *
 * <p>A message leaves the queue when the CSMS answers it. If the CSMS fails to process it (a
 * CALLERROR or an invalid answer), it is tried again after {@code TransactionMessageRetryInterval}
 * times the failed attempts, and dropped after {@code TransactionMessageAttempts}. A timeout or a
 * lost connection is not the CSMS's failure: the message is sent again, without limit. Messages are
 * queued with the station's own transaction number; the CSMS's transactionId, learnt from the
 * StartTransaction answer and stored, is filled in when they are sent.
 *
 * <p>Delivery is at least once: a message whose answer was lost (connection or process gone before
 * the answer was stored) is sent again. State thread only.
 */
final class TransactionQueue {

    private static final Logger log = LoggerFactory.getLogger(TransactionQueue.class);

    /** Hears what the CSMS answered. */
    interface Outcomes {
        void startTransactionAnswered(long localId, String idTag, StartTransactionResponse response);

        void stopTransactionAnswered(long localId, String idTag, StopTransactionResponse response);
    }

    private final Context ctx;
    private final StoreMap messages;
    private final StoreMap transactionIds;
    private final int maxMeterValues;
    private final Map<String, Action<?, ?>> extensionActions;
    private final int maxExtensionMessages;
    private final ArrayDeque<QueuedMessage> queue = new ArrayDeque<>();
    private final Map<Long, Integer> ids = new HashMap<>();
    private final List<Runnable> drainWaiters = new ArrayList<>();
    private Outcomes outcomes;
    private long nextSeq;
    private int meterValues;
    private int extensionMessages;
    private boolean inFlight;
    private StateTimer retry;
    private volatile int depth;

    TransactionQueue(Context ctx, StoreMap messages, StoreMap transactionIds, int maxMeterValues,
                     Map<String, Action<?, ?>> extensionActions, int maxExtensionMessages) {
        this.ctx = ctx;
        this.messages = messages;
        this.transactionIds = transactionIds;
        this.maxMeterValues = maxMeterValues;
        this.extensionActions = Map.copyOf(extensionActions);
        this.maxExtensionMessages = maxExtensionMessages;
        messages.snapshot().values().forEach(json -> {
            QueuedMessage message = StoreCodec.read(json, QueuedMessage.class);
            queue.add(message);
            nextSeq = Math.max(nextSeq, message.seq() + 1);
            if (message.action().equals(QueuedMessage.METER_VALUES)) {
                meterValues++;
            } else if (isExtension(message.action())) {
                extensionMessages++;
            }
        });
        transactionIds.snapshot().forEach((key, id) -> ids.put(Long.parseLong(key), Integer.parseInt(id)));
        depth = queue.size();
    }

    void outcomes(Outcomes value) {
        this.outcomes = value;
    }

    /** @return the messages waiting, the one in flight included; from any thread */
    int size() {
        return depth;
    }

    /**
     * Adds a message; durable at the caller's next commit, sent after it by {@link #pump()}.
     *
     * @return whether it was queued (MeterValues beyond the bound are dropped)
     */
    boolean add(String action, long localId, Object request) {
        if (action.equals(QueuedMessage.METER_VALUES)) {
            if (meterValues >= maxMeterValues) {
                log.warn("{}: {} queued meter values: dropping a new one", ctx.identity, meterValues);
                return false;
            }
            meterValues++;
        }
        QueuedMessage message = new QueuedMessage(nextSeq++, action, localId, StoreCodec.write(request), 0);
        messages.put(StoreCodec.key(message.seq()), StoreCodec.write(message));
        queue.add(message);
        depth = queue.size();
        return true;
    }

    /**
     * Adds an extension's message ({@link StationRuntime#enqueue}); durable at the caller's next
     * commit, sent in its turn like the transaction messages.
     *
     * @return whether it was queued (not beyond the bound of extension messages)
     */
    boolean addExtension(Action<?, ?> action, Object request) {
        if (!extensionActions.containsKey(action.name())) {
            throw new IllegalArgumentException(action.name() + " was not declared with StationRuntime.Builder.queuedAction");
        }
        if (extensionMessages >= maxExtensionMessages) {
            log.warn("{}: {} queued extension messages: dropping a new {}", ctx.identity, extensionMessages, action.name());
            return false;
        }
        extensionMessages++;
        QueuedMessage message = new QueuedMessage(nextSeq++, action.name(), 0, StoreCodec.write(request), 0);
        messages.put(StoreCodec.key(message.seq()), StoreCodec.write(message));
        queue.add(message);
        depth = queue.size();
        return true;
    }

    private boolean isExtension(String action) {
        return !action.equals(QueuedMessage.START_TRANSACTION) && !action.equals(QueuedMessage.METER_VALUES)
                && !action.equals(QueuedMessage.STOP_TRANSACTION);
    }

    /** Runs the task once the queue is empty (at once if it is). */
    void whenDrained(Runnable task) {
        if (queue.isEmpty()) {
            task.run();
        } else {
            drainWaiters.add(task);
        }
    }

    void close() {
        retry = StateTimer.cancel(retry);
        drainWaiters.clear();
    }

    /**
     * The station is online again: sends at once, unless the head waits out a retry interval after
     * the CSMS failed to process it.
     */
    void resume() {
        QueuedMessage head = queue.peek();
        if (retry != null && head != null && head.attempts() == 0) {
            retry = StateTimer.cancel(retry);
        }
        pump();
    }

    /** Sends the head of the queue, if the station is online and nothing is in flight. */
    void pump() {
        while (!inFlight && retry == null && !queue.isEmpty() && ctx.online()) {
            QueuedMessage head = queue.peek();
            Integer transactionId = ids.get(head.localId());
            CompletionStage<?> sent;
            switch (head.action()) {
                case QueuedMessage.START_TRANSACTION -> sent = ctx.central.startTransaction(
                        StoreCodec.read(head.payload(), StartTransactionRequest.class));
                case QueuedMessage.METER_VALUES -> {
                    if (transactionId == null) {
                        drop(head, "its transaction has no transactionId (StartTransaction was dropped)");
                        continue;
                    }
                    sent = ctx.central.meterValues(StoreCodec.read(head.payload(), MeterValuesRequest.class)
                            .withTransactionId(transactionId));
                }
                case QueuedMessage.STOP_TRANSACTION -> {
                    if (transactionId == null) {
                        drop(head, "its transaction has no transactionId (StartTransaction was dropped)");
                        continue;
                    }
                    sent = ctx.central.stopTransaction(StoreCodec.read(head.payload(), StopTransactionRequest.class)
                            .withTransactionId(transactionId));
                }
                default -> {
                    @SuppressWarnings("unchecked")
                    Action<Object, Object> action = (Action<Object, Object>) extensionActions.get(head.action());
                    if (action == null) {
                        drop(head, "no extension declares " + head.action() + " any more");
                        continue;
                    }
                    sent = ctx.link.call(action, StoreCodec.read(head.payload(), action.requestType()));
                }
            }
            inFlight = true;
            sent.whenCompleteAsync((response, failure) -> answered(head, response, failure), ctx.state);
        }
    }

    private void answered(QueuedMessage message, Object response, Throwable failure) {
        inFlight = false;
        if (ctx.isClosed()) {
            return;
        }
        if (failure == null) {
            delivered(message, response);
        } else {
            failed(message, failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
        }
        pump();
    }

    private void delivered(QueuedMessage message, Object response) {
        remove(message);
        switch (message.action()) {
            case QueuedMessage.START_TRANSACTION -> {
                StartTransactionResponse answer = (StartTransactionResponse) response;
                ids.put(message.localId(), answer.getTransactionId());
                transactionIds.put(Long.toString(message.localId()), Integer.toString(answer.getTransactionId()));
                StartTransactionRequest request = StoreCodec.read(message.payload(), StartTransactionRequest.class);
                outcomes.startTransactionAnswered(message.localId(), request.getIdTag(), answer);
            }
            case QueuedMessage.STOP_TRANSACTION -> {
                forget(message.localId());
                StopTransactionRequest request = StoreCodec.read(message.payload(), StopTransactionRequest.class);
                outcomes.stopTransactionAnswered(message.localId(), request.getIdTag(), (StopTransactionResponse) response);
            }
            default -> {
            }
        }
        ctx.commit();
        if (queue.isEmpty()) {
            List<Runnable> waiters = new ArrayList<>(drainWaiters);
            drainWaiters.clear();
            waiters.forEach(Runnable::run);
        }
    }

    private void failed(QueuedMessage message, Throwable failure) {
        if (failure instanceof ConnectionClosedException) {
            log.info("{}: {} not delivered, offline; will retry when back online", ctx.identity, message.action());
            return;
        }
        int interval = ctx.config.intValue(ConfigurationKeys.TRANSACTION_MESSAGE_RETRY_INTERVAL);
        if (failure instanceof CallErrorException || failure instanceof ValidationException) {
            int attempts = message.attempts() + 1;
            if (attempts >= ctx.config.intValue(ConfigurationKeys.TRANSACTION_MESSAGE_ATTEMPTS)) {
                drop(message, "the CSMS failed to process it " + attempts + " times (" + failure.getMessage() + ")");
                return;
            }
            QueuedMessage again = message.withAttempts(attempts);
            queue.poll();
            queue.addFirst(again);
            messages.put(StoreCodec.key(again.seq()), StoreCodec.write(again));
            ctx.commit();
            log.warn("{}: {} failed ({}), attempt {}; retrying in {} s", ctx.identity, message.action(),
                    failure.getMessage(), attempts, (long) interval * attempts);
            retryIn(Duration.ofSeconds((long) interval * attempts));
        } else if (failure instanceof CallTimeoutException) {
            log.warn("{}: {} not answered in time; sending again", ctx.identity, message.action());
            retryIn(Duration.ofSeconds(interval));
        } else {
            log.warn("{}: {} not sent ({}); retrying", ctx.identity, message.action(), failure.toString());
            retryIn(Duration.ofSeconds(Math.max(1, interval)));
        }
    }

    private void retryIn(Duration delay) {
        retry = StateTimer.cancel(retry);
        retry = ctx.schedule(delay, () -> {
            retry = null;
            pump();
        });
    }

    private void drop(QueuedMessage message, String why) {
        log.error("{}: dropping {} (local transaction {}): {}", ctx.identity, message.action(), message.localId(), why);
        remove(message);
        if (message.action().equals(QueuedMessage.STOP_TRANSACTION)) {
            forget(message.localId());
        }
        ctx.commit();
        if (queue.isEmpty()) {
            List<Runnable> waiters = new ArrayList<>(drainWaiters);
            drainWaiters.clear();
            waiters.forEach(Runnable::run);
        }
    }

    private void remove(QueuedMessage message) {
        queue.poll();
        depth = queue.size();
        messages.remove(StoreCodec.key(message.seq()));
        if (message.action().equals(QueuedMessage.METER_VALUES)) {
            meterValues--;
        } else if (isExtension(message.action())) {
            extensionMessages--;
        }
    }

    private void forget(long localId) {
        ids.remove(localId);
        transactionIds.remove(Long.toString(localId));
    }
}

package io.ocpp4j.v16.security.station.runtime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link LogUploader} for simulators, demos and tests: keeps the "uploaded" files in memory, answers
 * each attempt with the next scripted result ({@link LogUploader.Result#UPLOADED} when none is left)
 * and offers a fixed diagnostics log. Thread-safe.
 */
public final class SimulatedLogUploader implements LogUploader {

    /**
     * One upload attempt.
     *
     * @param location where it went
     * @param file what was sent
     * @param result how it ended
     */
    public record Attempt(URI location, LogFile file, Result result) {
    }

    private final Queue<Result> script = new ArrayDeque<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private String diagnostics;
    private boolean hold;
    private final List<CompletableFuture<Result>> held = new ArrayList<>();

    /**
     * Scripts the results of the next attempts, in order.
     *
     * @param results what the next attempts end with
     * @return this
     */
    public synchronized SimulatedLogUploader script(Result... results) {
        script.addAll(List.of(results));
        return this;
    }

    /**
     * @param text the diagnostics log's content, or {@code null} for none (the default)
     * @return this
     */
    public synchronized SimulatedLogUploader diagnostics(String text) {
        this.diagnostics = text;
        return this;
    }

    /**
     * @param value whether uploads stay under way until {@link #release()} (to observe the Uploading state)
     * @return this
     */
    public synchronized SimulatedLogUploader holdUploads(boolean value) {
        this.hold = value;
        return this;
    }

    /** Ends the uploads held so far, each with its scripted result. */
    public void release() {
        List<CompletableFuture<Result>> due;
        synchronized (this) {
            due = List.copyOf(held);
            held.clear();
        }
        due.forEach(future -> future.complete(next()));
    }

    /** @return every attempt so far, in order (a held one is listed once it ends) */
    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public synchronized CompletionStage<Optional<LogFile>> diagnosticsLog(Instant oldest, Instant latest) {
        return CompletableFuture.completedFuture(Optional.ofNullable(diagnostics)
                .map(text -> new LogFile("diagnostics.log", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public CompletionStage<Result> upload(URI location, LogFile file) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        synchronized (this) {
            if (hold) {
                held.add(result);
            }
        }
        result.thenAccept(outcome -> record(new Attempt(location, file, outcome)));
        if (!result.isDone() && !isHeld(result)) {
            result.complete(next());
        }
        return result;
    }

    private synchronized boolean isHeld(CompletableFuture<Result> result) {
        return held.contains(result);
    }

    private synchronized void record(Attempt attempt) {
        attempts.add(attempt);
    }

    private synchronized Result next() {
        Result next = script.poll();
        return next == null ? Result.UPLOADED : next;
    }
}

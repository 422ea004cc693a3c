package io.ocpp4j.cli;

import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.RpcListener;
import io.ocpp4j.core.frame.FrameProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts calls, errors and latencies per action and per calling side, from the sessions'
 * {@link RpcListener}s, and prints them as the summary table of {@code demo} and {@code station}.
 * Thread-safe.
 */
final class CallStats {

    /** Latencies kept per action and side; the demo stays far below. */
    private static final int MAX_SAMPLES = 100_000;

    private final Map<String, Row> rows = new TreeMap<>();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong errorsSent = new AtomicLong();

    /**
     * A listener for the sessions of one side.
     *
     * @param side who calls: {@code station} or {@code csms}
     * @return the listener
     */
    RpcListener listener(String side) {
        return new RpcListener() {
            @Override
            public void callEnded(String action, Outcome outcome, long latencyNanos) {
                Row row = row(action, side);
                synchronized (row) {
                    row.calls++;
                    if (outcome != Outcome.RESULT) {
                        row.errors++;
                        row.outcomes.merge(outcome.name(), 1, Integer::sum);
                    }
                    if (row.latencies.size() < MAX_SAMPLES && outcome != Outcome.CLOSED) {
                        row.latencies.add(latencyNanos);
                    }
                }
            }

            @Override
            public void callErrorSent(ErrorCode code) {
                errorsSent.incrementAndGet();
            }

            @Override
            public void malformedFrame(FrameProblem problem) {
                malformed.incrementAndGet();
            }
        };
    }

    private Row row(String action, String side) {
        synchronized (rows) {
            return rows.computeIfAbsent(action + "\u0000" + side, k -> new Row(action, side));
        }
    }

    /** @return every call ended */
    long calls() {
        return snapshot().stream().mapToLong(r -> r.calls).sum();
    }

    /** @return calls that did not end with a valid answer */
    long errors() {
        return snapshot().stream().mapToLong(r -> r.errors).sum();
    }

    /** @return how the failed calls of one side ended, e.g. {@code "CALL_ERROR" -> 2} */
    Map<String, Integer> failures(String side) {
        Map<String, Integer> result = new TreeMap<>();
        for (Row row : snapshot()) {
            if (row.side.equals(side)) {
                synchronized (row) {
                    row.outcomes.forEach((k, v) -> result.merge(row.action + " " + k, v, Integer::sum));
                }
            }
        }
        return result;
    }

    /** @return malformed frames received */
    long malformedFrames() {
        return malformed.get();
    }

    private List<Row> snapshot() {
        synchronized (rows) {
            return new ArrayList<>(rows.values());
        }
    }

    /**
     * The table: one row per action and calling side.
     *
     * @param ansi colours
     * @return the table, lines separated by {@code \n}
     */
    String table(Ansi ansi) {
        StringBuilder out = new StringBuilder();
        String header = String.format("%-30s %-8s %7s %7s %9s %9s", "action", "sent by", "calls", "errors", "p50 ms", "p99 ms");
        out.append(ansi.bold(header)).append('\n');
        long calls = 0;
        long errors = 0;
        List<Long> all = new ArrayList<>();
        for (Row row : snapshot()) {
            synchronized (row) {
                List<Long> sorted = new ArrayList<>(row.latencies);
                sorted.sort(null);
                all.addAll(sorted);
                String line = String.format("%-30s %-8s %7d %7d %9s %9s", row.action, row.side, row.calls, row.errors,
                        millis(percentile(sorted, 50)), millis(percentile(sorted, 99)));
                out.append(row.errors > 0 ? ansi.red(line) : line).append('\n');
                calls += row.calls;
                errors += row.errors;
            }
        }
        all.sort(null);
        out.append(ansi.bold(String.format("%-30s %-8s %7d %7d %9s %9s", "all", "", calls, errors,
                millis(percentile(all, 50)), millis(percentile(all, 99)))));
        return out.toString();
    }

    /** Nearest-rank percentile of sorted values, or -1 for none. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "-" : String.format("%.1f", nanos / 1e6);
    }

    private static final class Row {
        final String action;
        final String side;
        long calls;
        long errors;
        final List<Long> latencies = new ArrayList<>();
        final Map<String, Integer> outcomes = new TreeMap<>();

        Row(String action, String side) {
            this.action = action;
            this.side = side;
        }
    }
}

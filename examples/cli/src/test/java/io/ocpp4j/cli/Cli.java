package io.ocpp4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the command line in this JVM and keeps what it printed. */
final class Cli {

    final int status;
    final String out;
    final String err;

    private Cli(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    static Cli run(String... args) {
        Output out = new Output();
        Output err = new Output();
        int status = Main.run(args, out.stream, err.stream);
        return new Cli(status, out.text(), err.text());
    }

    /** Output that can be watched while a command runs. */
    static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Object lock = new Object();
        private volatile CompletableFuture<String> waiter;
        private volatile Pattern pattern;
        final PrintStream stream = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                synchronized (lock) {
                    bytes.write(b);
                }
                check();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (lock) {
                    bytes.write(b, off, len);
                }
                check();
            }
        }, true, StandardCharsets.UTF_8);

        String text() {
            synchronized (lock) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        /** @return the first match of group 1 of the regex, once printed (bounded) */
        String await(String regex, Duration timeout) throws Exception {
            CompletableFuture<String> future = new CompletableFuture<>();
            pattern = Pattern.compile(regex);
            waiter = future;
            check();
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void check() {
            CompletableFuture<String> future = waiter;
            Pattern p = pattern;
            if (future == null || p == null || future.isDone()) {
                return;
            }
            Matcher matcher = p.matcher(text());
            if (matcher.find()) {
                future.complete(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
            }
        }
    }
}

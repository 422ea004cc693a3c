package io.ocpp4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code ocpp4j} command: {@code demo}, {@code csms}, {@code station} and {@code validate}.
 * Run it from the repository root with {@code ./ocpp4j}, or with {@code java -jar
 * examples/cli/target/ocpp4j.jar}.
 *
 * <p>Exit codes: 0 success, 1 the work was done and found problems (invalid frames, a station session
 * that did not go as its profile expects), 2 bad options or unusable input, 3 a station could not
 * connect.
 */
@Command(name = "ocpp4j", mixinStandardHelpOptions = true, usageHelpWidth = 100, versionProvider = Main.Version.class,
        description = "OCPP for the JVM: a demo, a CSMS, a station simulator and a message validator.",
        subcommands = {DemoCommand.class, CsmsCommand.class, StationCommand.class, ValidateCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./ocpp4j demo                                   a CSMS and five simulated stations, in seconds",
                "  ./ocpp4j csms --port 8180                       a CSMS to point a charger at",
                "  ./ocpp4j station --url ws://localhost:8180/ocpp --id CP-1 --profile xcharge-c6",
                "  ./ocpp4j validate --ocpp 1.6 traffic.jsonl      check captured OCPP-J frames",
                "",
                "Exit codes: 0 ok, 1 problems found, 2 bad options or unusable input, 3 could not connect."})
public final class Main implements Callable<Integer> {

    /** Exit code: the command ran and found problems. */
    static final int PROBLEMS = 1;
    /** Exit code: bad options or unusable input. */
    static final int USAGE = 2;
    /** Exit code: a station could not connect to its CSMS. */
    static final int NO_CONNECTION = 3;

    final PrintStream out;
    final PrintStream err;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log connection events (INFO) to standard error.")
    void verbose(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
    }

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line in this JVM.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        // Bouncy Castle's JSSE logs every handshake at INFO through java.util.logging.
        Logger.getLogger("org.bouncycastle.jsse").setLevel(Level.WARNING);
        CommandLine commandLine = new CommandLine(new Main(out, err));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("ocpp4j " + cmd.getCommandName() + ": " + message(e));
            if (Boolean.getBoolean("ocpp4j.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return e instanceof IllegalArgumentException ? USAGE : PROBLEMS;
        });
        return commandLine.execute(args);
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.util.concurrent.ExecutionException
                || cause instanceof java.util.concurrent.CompletionException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return USAGE;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ocpp4j " + (version == null ? "(development build)" : version)
                    + " on Java " + System.getProperty("java.version")};
        }
    }
}

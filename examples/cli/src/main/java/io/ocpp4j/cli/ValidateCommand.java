package io.ocpp4j.cli;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.validation.SchemaValidators;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ocpp4j validate}: checks OCPP-J frames, one per line. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        header = "Checks OCPP-J frames against the schemas, one JSON verdict per line.",
        description = {
                "Checks OCPP-J traffic: one frame per line ([2,\"id\",\"Action\",{...}], [3,\"id\",{...}], [4,...]), "
                        + "from a file or standard input.",
                "Each CALL is checked against its action's request schema; each CALLRESULT against the response "
                        + "schema of the CALL with the same message id earlier in the input.",
                "Prints one JSON line per frame: {\"line\":N,\"messageId\":...,\"action\":...,\"valid\":true} or, "
                        + "when invalid, with \"errorCode\" (the CALLERROR ocpp4j would answer with), \"path\" "
                        + "(a JSON pointer) and \"message\". Blank lines are skipped.",
                "OCPP 1.6 includes the Security Whitepaper's messages."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./ocpp4j validate --ocpp 1.6 captured.jsonl",
                "  ./ocpp4j validate --ocpp 2.0.1 < frames.txt | grep '\"valid\":false'",
                "  echo '[2,\"1\",\"Heartbeat\",{}]' | ./ocpp4j validate -",
                "",
                "Exit status: 0 all frames valid, 1 at least one invalid, 2 unusable input (no such file, "
                        + "not UTF-8 text, no frame at all)."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--ocpp", paramLabel = "VERSION", defaultValue = "1.6",
            description = "The OCPP version of the traffic: 1.6 or 2.0.1 (default: ${DEFAULT-VALUE}).")
    private String ocpp;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "The traffic; '-' or nothing for standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        if (!Versions.NAMES.contains(Versions.normalise(ocpp))) {
            main.err.println("ocpp4j validate: unknown OCPP version '" + ocpp + "' (use 1.6 or 2.0.1)");
            return Main.USAGE;
        }
        // The validators every RpcSession uses (the runtime's default), so that the error codes are the ones
        // an ocpp4j peer would answer with; one instance for the whole input, each schema compiled once.
        SchemaValidators validators;
        try (RpcRuntime runtime = RpcRuntime.builder().name("validate").build()) {
            validators = runtime.validators(); // no thread was started: none is needed
        }
        TrafficValidator validator = new TrafficValidator(Versions.of(ocpp), validators);
        Writer out = new BufferedWriter(new OutputStreamWriter(main.out, StandardCharsets.UTF_8), 1 << 16);
        TrafficValidator.Summary summary;
        try (InputStream in = "-".equals(file) ? nonClosing(System.in) : Files.newInputStream(Path.of(file));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                     1 << 16)) {
            summary = validator.run(reader, out);
        } catch (NoSuchFileException e) {
            main.err.println("ocpp4j validate: no such file: " + file);
            return Main.USAGE;
        } catch (CharacterCodingException e) {
            out.flush();
            main.err.println("ocpp4j validate: " + file + " is not UTF-8 text");
            return Main.USAGE;
        } catch (IOException e) {
            out.flush();
            main.err.println("ocpp4j validate: cannot read " + file + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (summary.frames() == 0) {
            main.err.println("ocpp4j validate: no frame in " + ("-".equals(file) ? "the input" : file));
            return Main.USAGE;
        }
        return summary.invalid() == 0 ? 0 : Main.PROBLEMS;
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // standard input stays open for the caller
            }
        };
    }
}

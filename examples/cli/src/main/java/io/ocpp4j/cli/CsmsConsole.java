package io.ocpp4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The commands {@code ocpp4j csms} reads from its terminal or from {@code --script FILE}: send any
 * CSMS-to-station action to a connected station, as JSON, and print its answer.
 * <pre>
 * stations                                  the connected stations
 * send CP-1 Reset {"type":"Soft"}           a call; prints the answer (or the CALLERROR)
 * send CP-1 TriggerMessage {"requestedMessage":"StatusNotification"}
 * wait CP-1 [SECONDS]                       until the station is connected (default 60 s)
 * gone CP-1 [SECONDS]                       until the station has disconnected (default 60 s)
 * sleep SECONDS                             pause (scripts)
 * help                                      this list
 * quit                                      stop the CSMS
 * </pre>
 * Lines starting with {@code #} are comments.
 */
final class CsmsConsole {

    /** What the caller should do after a command. */
    enum Next {
        /** Read the next command. */
        CONTINUE,
        /** Stop the CSMS. */
        QUIT
    }

    static final String HELP = ""
            + "  stations                    list the connected stations\n"
            + "  send STATION ACTION [JSON]  send a call and print the answer\n"
            + "                              (e.g. send CP-1 Reset {\"type\":\"Soft\"})\n"
            + "  wait STATION [SECONDS]      wait until the station is connected (default 60)\n"
            + "  gone STATION [SECONDS]      wait until the station has disconnected (default 60)\n"
            + "  sleep SECONDS               pause (for scripts)\n"
            + "  help                        this list\n"
            + "  quit                        stop the CSMS";

    private final CsmsServer server;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    CsmsConsole(CsmsServer server, PrintStream out) {
        this.server = server;
        this.out = out;
    }

    /**
     * Runs commands until the input ends or a command says quit.
     *
     * @param in the commands, one per line
     * @param stopOnError whether a failed command ends the run (scripts) or not (a person typing)
     * @return {@link Next#QUIT} if asked to quit, else {@link Next#CONTINUE} at the end of the input
     * @throws IOException if the input cannot be read
     * @throws CommandFailedException if a command fails and {@code stopOnError} is set
     */
    Next run(BufferedReader in, boolean stopOnError) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            try {
                if (execute(line) == Next.QUIT) {
                    return Next.QUIT;
                }
            } catch (CommandFailedException e) {
                out.println("error: " + e.getMessage());
                if (stopOnError) {
                    throw new CommandFailedException("line " + number + ": " + e.getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Next.QUIT;
            }
        }
        return Next.CONTINUE;
    }

    /**
     * Runs one command.
     *
     * @param line the command
     * @return whether to go on
     * @throws CommandFailedException if the command is wrong or the call failed
     * @throws InterruptedException if interrupted while waiting
     */
    Next execute(String line) throws InterruptedException {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Next.CONTINUE;
        }
        String[] words = trimmed.split("\\s+", 4);
        switch (words[0]) {
            case "help", "?" -> out.println(HELP);
            case "quit", "exit", "stop" -> {
                return Next.QUIT;
            }
            case "stations" -> {
                if (server.stations().isEmpty()) {
                    out.println("no station connected");
                }
                server.stations().forEach(out::println);
            }
            case "sleep" -> {
                Thread.sleep(seconds(words, 1, null).toMillis()); // a pause the script asked for
            }
            case "wait" -> {
                String station = argument(words, 1, "wait STATION [SECONDS]");
                Duration timeout = seconds(words, 2, Duration.ofSeconds(60));
                try {
                    server.connection(station, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    out.println(station + " is connected");
                } catch (TimeoutException e) {
                    throw new CommandFailedException(station + " did not connect within " + timeout.toSeconds() + " s");
                } catch (ExecutionException e) {
                    throw new CommandFailedException(e.getCause().getMessage());
                }
            }
            case "gone" -> {
                String station = argument(words, 1, "gone STATION [SECONDS]");
                Duration timeout = seconds(words, 2, Duration.ofSeconds(60));
                try {
                    server.departure(station).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    out.println(station + " is gone");
                } catch (TimeoutException | ExecutionException e) {
                    throw new CommandFailedException(station + " is still connected after " + timeout.toSeconds() + " s");
                }
            }
            case "send" -> send(argument(words, 1, "send STATION ACTION [JSON]"),
                    argument(words, 2, "send STATION ACTION [JSON]"), words.length > 3 ? words[3] : "{}");
            default -> throw new CommandFailedException("unknown command '" + words[0] + "' (help lists them)");
        }
        return Next.CONTINUE;
    }

    private void send(String station, String actionName, String payloadText) throws InterruptedException {
        RpcSession session = server.session(station)
                .orElseThrow(() -> new CommandFailedException(station + " is not connected"));
        Optional<Action<?, ?>> found = session.version().catalog().find(actionName);
        if (found.isEmpty()) {
            throw new CommandFailedException("OCPP " + session.version().subprotocol() + " has no action " + actionName);
        }
        Action<?, ?> action = found.get();
        if (!action.direction().allowsSender(Role.CSMS)) {
            throw new CommandFailedException(actionName + " is sent by stations, not by the CSMS");
        }
        JsonNode payload;
        try {
            payload = json.readTree(payloadText);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandFailedException("the payload is not JSON: " + e.getOriginalMessage());
        }
        if (!(payload instanceof ObjectNode)) {
            throw new CommandFailedException("the payload must be a JSON object");
        }
        out.println(station + " < " + actionName + " " + payload);
        Object response = call(session, action, (ObjectNode) payload);
        out.println(station + " > " + actionName + " " + session.version().mapper().valueToTree(response));
    }

    private <Q, R> R call(RpcSession session, Action<Q, R> action, ObjectNode payload) throws InterruptedException {
        Q request;
        try {
            request = session.version().mapper().treeToValue(payload, action.requestType());
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandFailedException(action.name() + " payload does not fit: " + e.getMessage().lines().findFirst().orElse(""));
        }
        CompletableFuture<R> answer = session.call(action, request).toCompletableFuture();
        try {
            return answer.get(5, TimeUnit.MINUTES); // bounded by the session's call timeout well before
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CallErrorException error) {
                throw new CommandFailedException(action.name() + " answered with CALLERROR " + error.wireCode() + " "
                        + error.description());
            }
            throw new CommandFailedException(action.name() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            throw new CommandFailedException(action.name() + ": no answer");
        }
    }

    private static String argument(String[] words, int index, String usage) {
        if (words.length <= index) {
            throw new CommandFailedException("usage: " + usage);
        }
        return words[index];
    }

    private static Duration seconds(String[] words, int index, Duration fallback) {
        if (words.length <= index) {
            if (fallback == null) {
                throw new CommandFailedException("usage: " + words[0] + " SECONDS");
            }
            return fallback;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(words[index]) * 1000));
        } catch (NumberFormatException e) {
            throw new CommandFailedException("not a number of seconds: " + words[index]);
        }
    }

    /** A command that could not be carried out. */
    static final class CommandFailedException extends RuntimeException {
        CommandFailedException(String message) {
            super(message);
        }
    }

}

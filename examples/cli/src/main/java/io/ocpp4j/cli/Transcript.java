package io.ocpp4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The readable account of OCPP traffic that {@code demo} and {@code csms} print: one line per frame,
 * who sent it, the action, the payload as {@code key=value} pairs, and for an answer the time since
 * its call. Coloured when {@link Ansi} is on. Thread-safe; each line is printed whole.
 */
final class Transcript {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> SKIPPED = Set.of("timestamp", "currentTime");
    private static final Set<String> GOOD = Set.of("Accepted", "Available", "Charging", "Unlocked");
    private static final Set<String> BAD = Set.of("Rejected", "Invalid", "Blocked", "Expired", "ConcurrentTx",
            "NotSupported", "Faulted", "Unavailable", "UnknownVendorId", "UnknownMessageId", "NotImplemented",
            "Pending", "RebootRequired", "Occupied");
    private static final int MAX_SUMMARY = 150;

    private final PrintStream out;
    private final Ansi ansi;
    private final long startNanos = System.nanoTime();
    private final Map<String, Integer> stationIndex = new ConcurrentHashMap<>();
    private final AtomicInteger frames = new AtomicInteger();
    private final AtomicLong callErrors = new AtomicLong();
    private volatile boolean framesShown = true;

    Transcript(PrintStream out, Ansi ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    /** @param shown whether frames are printed (they are always counted) */
    void showFrames(boolean shown) {
        this.framesShown = shown;
    }

    /** @return the frames seen on every tapped connection */
    int frames() {
        return frames.get();
    }

    /** @return the CALLERRORs seen */
    long callErrors() {
        return callErrors.get();
    }

    /**
     * A tap for one connection.
     *
     * @param station the station identity
     * @param stationSide whether this process is the station end of the link
     * @param subprotocol the OCPP subprotocol (names the parts {@code .req}/{@code .conf} in 1.6)
     * @return the tap
     */
    FrameTap tap(String station, boolean stationSide, String subprotocol) {
        boolean v16 = subprotocol.startsWith("ocpp1.");
        Map<String, Pending> pending = new ConcurrentHashMap<>();
        return new FrameTap() {
            @Override
            public void sent(String text) {
                frame(text, stationSide);
            }

            @Override
            public void received(String text) {
                frame(text, !stationSide);
            }

            private void frame(String text, boolean fromStation) {
                frames.incrementAndGet();
                JsonNode frame;
                try {
                    frame = MAPPER.readTree(text);
                } catch (Exception e) {
                    frame = null;
                }
                if (!(frame instanceof ArrayNode array) || array.size() < 3) {
                    print(station, fromStation, ansi.red("(malformed)"), ansi.red(clip(text)));
                    return;
                }
                int type = array.get(0).asInt(-1);
                String id = array.get(1).asText();
                if (type == 2 && array.size() == 4) {
                    String action = array.get(2).asText();
                    if (pending.size() < 1000) {
                        pending.put(id, new Pending(action, System.nanoTime()));
                    }
                    print(station, fromStation, ansi.bold(action + (v16 ? ".req" : "Request")), summary(array.get(3)));
                } else if (type == 3) {
                    Pending call = pending.remove(id);
                    String action = call == null ? "?" : call.action;
                    print(station, fromStation, action + (v16 ? ".conf" : "Response"),
                            summary(array.get(2)) + latency(call));
                } else if (type == 4 && array.size() >= 4) {
                    callErrors.incrementAndGet();
                    Pending call = pending.remove(id);
                    String action = call == null ? "?" : call.action;
                    print(station, fromStation, ansi.red(action + " CALLERROR"),
                            ansi.red(array.get(2).asText() + " " + array.get(3).asText()) + latency(call));
                } else {
                    print(station, fromStation, ansi.red("(malformed)"), ansi.red(clip(text)));
                }
            }

            @Override
            public void closed(int code, String reason, boolean byPeer) {
                pending.clear();
            }
        };
    }

    /** Prints a narrative line, e.g. the demo's next step. */
    void step(String station, String text) {
        line(ansi.cyan("\u25b8 ") + (station == null ? "" : stationName(station) + " ") + ansi.cyan(text));
    }

    /** Prints a note about a station: connected, disconnected, refused. */
    void note(String station, String text) {
        line(ansi.dim(elapsed()) + "  " + stationName(station) + "  " + ansi.dim(text));
    }

    /** Prints a line as it is. */
    void line(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    private void print(String station, boolean fromStation, String action, String summary) {
        if (!framesShown) {
            return;
        }
        String arrow = fromStation ? ansi.arrowOut() + " CSMS" : ansi.arrowIn() + " CSMS";
        line(ansi.dim(elapsed()) + "  " + stationName(station) + " " + arrow + "  " + action + "  " + summary);
    }

    private String stationName(String station) {
        int index = stationIndex.computeIfAbsent(station, s -> stationIndex.size());
        return ansi.station(index, String.format("%-12s", station));
    }

    private String elapsed() {
        return String.format("%8.3fs", (System.nanoTime() - startNanos) / 1e9);
    }

    private String latency(Pending call) {
        return call == null ? "" : ansi.dim(String.format("  (%.1f ms)", (System.nanoTime() - call.nanos) / 1e6));
    }

    /** The payload as {@code key=value} pairs, shortened; statuses coloured. */
    String summary(JsonNode payload) {
        StringBuilder plain = new StringBuilder();
        flatten("", payload, plain);
        String text = clip(plain.toString().strip());
        if (!ansi.enabled()) {
            return text;
        }
        StringBuilder coloured = new StringBuilder();
        for (String token : text.split(" ", -1)) {
            int eq = token.indexOf('=');
            String value = eq < 0 ? "" : token.substring(eq + 1);
            if (GOOD.contains(value)) {
                token = token.substring(0, eq + 1) + ansi.green(value);
            } else if (BAD.contains(value)) {
                token = token.substring(0, eq + 1) + ansi.yellow(value);
            }
            coloured.append(coloured.length() == 0 ? "" : " ").append(token);
        }
        return coloured.toString();
    }

    private static void flatten(String prefix, JsonNode node, StringBuilder out) {
        if (node instanceof ObjectNode object) {
            if (object.has("sampledValue") && object.get("sampledValue") instanceof ArrayNode samples) {
                for (JsonNode sample : samples) { // a meter value: measurand=value unit
                    String measurand = sample.path("measurand").asText("Energy.Active.Import.Register");
                    String phase = sample.has("phase") ? "." + sample.get("phase").asText() : "";
                    String unit = sample.has("unit") ? sample.get("unit").asText()          // 1.6
                            : sample.path("unitOfMeasure").path("unit").asText("Wh");            // 2.0.1
                    out.append(' ').append(measurand).append(phase).append('=').append(sample.path("value").asText())
                            .append(unit.equals("Percent") ? "%" : unit);
                }
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SKIPPED.contains(field.getKey())) {
                    continue;
                }
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node instanceof ArrayNode array) {
            boolean primitives = true;
            for (JsonNode element : array) {
                primitives &= element.isValueNode();
            }
            if (primitives) {
                StringBuilder joined = new StringBuilder();
                for (JsonNode element : array) {
                    joined.append(joined.length() == 0 ? "" : ",").append(element.asText());
                }
                out.append(' ').append(prefix).append('=').append(joined);
            } else {
                for (JsonNode element : array) {
                    flatten(prefix, element, out);
                }
            }
        } else if (node != null && !node.isNull()) {
            String value = node.asText();
            out.append(' ').append(prefix).append('=').append(value.contains(" ") ? "\"" + value + "\"" : value);
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 3) + "...";
    }

    private record Pending(String action, long nanos) {
    }
}

package io.ocpp4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JMH JSON of a {@link CodecBenchmark} run into the Markdown tables of
 * {@code docs/performance.md}: time per operation, allocation per operation (when the run used
 * {@code -prof gc}), and the ratios the issue sets targets for, all from that one run.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.ocpp4j.benchmarks.CodecReport <results.json>}
 */
public final class CodecReport {

    private static final String[] METHODS = {"ocpp4jInbound", "chargetimeInbound", "jacksonBindOnly",
            "jacksonBindPayload", "naiveTreeValidate", "rawTokens", "ocpp4jInboundTree", "ocpp4jInboundNetworknt",
            "ocpp4jOutbound", "chargetimeOutbound"};

    private CodecReport() {
    }

    /**
     * Prints the report.
     *
     * @param args the JMH JSON file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CodecReport <jmh-results.json>");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        Map<String, Map<String, double[]>> time = new LinkedHashMap<>();
        Map<String, Map<String, Double>> bytes = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String message = result.path("params").path("message").asText();
            if (!messages.contains(message)) {
                messages.add(message);
            }
            JsonNode primary = result.path("primaryMetric");
            time.computeIfAbsent(method, k -> new LinkedHashMap<>()).put(message,
                    new double[] {primary.path("score").asDouble(), primary.path("scoreError").asDouble()});
            JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            if (!alloc.isMissingNode()) {
                bytes.computeIfAbsent(method, k -> new LinkedHashMap<>()).put(message, alloc.path("score").asDouble());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("### Time per message (ns/op, mean ± 99.9 % error)\n\n");
        header(out, messages);
        for (String method : METHODS) {
            if (time.containsKey(method)) {
                out.append("| ").append(method);
                for (String message : messages) {
                    double[] t = time.get(method).get(message);
                    out.append(" | ").append(t == null ? "" : String.format(Locale.ROOT, "%,.0f ± %,.0f", t[0], t[1]));
                }
                out.append(" |\n");
            }
        }
        if (!bytes.isEmpty()) {
            out.append("\n### Allocation per message (bytes/op, `-prof gc`)\n\n");
            header(out, messages);
            for (String method : METHODS) {
                if (bytes.containsKey(method)) {
                    out.append("| ").append(method);
                    for (String message : messages) {
                        Double b = bytes.get(method).get(message);
                        out.append(" | ").append(b == null ? "" : String.format(Locale.ROOT, "%,.0f", b));
                    }
                    out.append(" |\n");
                }
            }
        }
        out.append("\n### Ratios and targets (from this run)\n\n");
        header(out, messages);
        ratio(out, messages, time, "ChargeTime inbound ÷ ocpp4j inbound (target ≥ 5)", "chargetimeInbound", "ocpp4jInbound", 5, true);
        ratio(out, messages, time, "bind-only ÷ ocpp4j inbound (target ≥ 0.7)", "jacksonBindOnly", "ocpp4jInbound", 0.7, true);
        ratio(out, messages, time, "payload-only bind ÷ ocpp4j inbound (for reference)", "jacksonBindPayload", "ocpp4jInbound", 0.7, true);
        ratio(out, messages, time, "ocpp4j inbound ÷ raw tokens (target ≤ 3)", "ocpp4jInbound", "rawTokens", 3, false);
        ratio(out, messages, time, "tree path ÷ ocpp4j inbound (what one pass saves)", "ocpp4jInboundTree", "ocpp4jInbound", Double.NaN, true);
        ratio(out, messages, time, "networknt path ÷ ocpp4j inbound (before → after)", "ocpp4jInboundNetworknt", "ocpp4jInbound", Double.NaN, true);
        ratio(out, messages, time, "ChargeTime outbound ÷ ocpp4j outbound (no target)", "chargetimeOutbound", "ocpp4jOutbound", Double.NaN, true);
        System.out.print(out);
    }

    private static void header(StringBuilder out, List<String> messages) {
        out.append("| |");
        messages.forEach(m -> out.append(' ').append(m).append(" |"));
        out.append("\n|---|");
        messages.forEach(m -> out.append("---:|"));
        out.append('\n');
    }

    private static void ratio(StringBuilder out, List<String> messages, Map<String, Map<String, double[]>> time,
                              String label, String numerator, String denominator, double target, boolean atLeast) {
        if (!time.containsKey(numerator) || !time.containsKey(denominator)) {
            return;
        }
        out.append("| ").append(label);
        for (String message : messages) {
            double[] n = time.get(numerator).get(message);
            double[] d = time.get(denominator).get(message);
            if (n == null || d == null) {
                out.append(" | ");
                continue;
            }
            double r = n[0] / d[0];
            String verdict = Double.isNaN(target) ? "" : (atLeast ? r >= target : r <= target) ? " ✓" : " ✗";
            out.append(" | ").append(String.format(Locale.ROOT, "%.2f", r)).append(verdict);
        }
        out.append(" |\n");
    }
}

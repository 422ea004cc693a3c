package io.ocpp4j.cli;

import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v201.Ocpp201;
import java.util.List;

/**
 * The OCPP versions the command line knows, by the names users type ({@code 1.6}, {@code 2.0.1}).
 * 1.6 includes the Security Whitepaper's messages: they travel on the same {@code ocpp1.6}
 * subprotocol.
 */
final class Versions {

    /** OCPP 1.6J with the security extension. */
    static final ProtocolVersion V16 = Ocpp16Security.VERSION;
    /** OCPP 2.0.1. */
    static final ProtocolVersion V201 = Ocpp201.VERSION;
    /** The names accepted by {@code --ocpp}. */
    static final List<String> NAMES = List.of("1.6", "2.0.1");

    private Versions() {
    }

    /**
     * @param name {@code 1.6} or {@code 2.0.1} (also {@code ocpp1.6}, {@code ocpp2.0.1})
     * @return the version
     * @throws IllegalArgumentException for any other name
     */
    static ProtocolVersion of(String name) {
        return switch (normalise(name)) {
            case "1.6" -> V16;
            case "2.0.1" -> V201;
            default -> throw new IllegalArgumentException("unknown OCPP version '" + name + "' (use 1.6 or 2.0.1)");
        };
    }

    /** @return the WebSocket subprotocol of a version name */
    static String subprotocol(String name) {
        return of(name).subprotocol();
    }

    /** @return {@code 1.6} or {@code 2.0.1} for any accepted spelling */
    static String normalise(String name) {
        String n = name.strip().toLowerCase();
        if (n.startsWith("ocpp")) {
            n = n.substring(4);
        }
        return switch (n) {
            case "1.6", "1.6j" -> "1.6";
            case "2.0.1" -> "2.0.1";
            default -> n;
        };
    }
}

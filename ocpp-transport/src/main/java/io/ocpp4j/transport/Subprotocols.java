package io.ocpp4j.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parsing and negotiation of the {@code Sec-WebSocket-Protocol} header. */
final class Subprotocols {

    private Subprotocols() {
    }

    /**
     * The subprotocols a client offers, in its order.
     *
     * @param header the header value ({@code null} if absent); repeated headers may have been joined
     *     with {@code ';'}
     * @return the offered names, possibly empty
     */
    static List<String> offered(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        for (String token : header.split("[,;]")) {
            String name = token.trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Picks the first of the server's preferences that the client offers.
     *
     * @param preferences the server's subprotocols, most preferred first
     * @param offered what the client offers
     * @return the agreed subprotocol, or empty if there is none in common
     */
    static Optional<String> negotiate(List<String> preferences, List<String> offered) {
        for (String preference : preferences) {
            if (offered.contains(preference)) {
                return Optional.of(preference);
            }
        }
        return Optional.empty();
    }
}

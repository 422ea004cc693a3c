package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubprotocolsTest {

    @Test
    void parsesCommaAndSemicolonSeparatedOffers() {
        assertThat(Subprotocols.offered("ocpp1.6, ocpp2.0.1")).containsExactly("ocpp1.6", "ocpp2.0.1");
        assertThat(Subprotocols.offered("ocpp1.6; ocpp2.0.1 ,")).containsExactly("ocpp1.6", "ocpp2.0.1");
        assertThat(Subprotocols.offered(null)).isEmpty();
        assertThat(Subprotocols.offered("")).isEmpty();
    }

    @Test
    void picksTheServersFirstPreferenceThatIsOffered() {
        List<String> server = List.of("ocpp2.0.1", "ocpp1.6");
        assertThat(Subprotocols.negotiate(server, List.of("ocpp1.6", "ocpp2.0.1"))).contains("ocpp2.0.1");
        assertThat(Subprotocols.negotiate(server, List.of("ocpp1.6"))).contains("ocpp1.6");
        assertThat(Subprotocols.negotiate(server, List.of("ocpp1.5", "OCPP1.6"))).isEmpty();
        assertThat(Subprotocols.negotiate(server, List.of())).isEmpty();
    }
}

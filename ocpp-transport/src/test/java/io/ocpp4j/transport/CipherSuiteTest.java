package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.Connection;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every OCPP cipher suite is negotiated, on whichever JDK runs the tests: the legacy TLS_RSA_* suites
 * too, which JDK 24+ disables in its own provider.
 */
class CipherSuiteTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {CipherSuites.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            CipherSuites.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
            CipherSuites.TLS_RSA_WITH_AES_128_GCM_SHA256,
            CipherSuites.TLS_RSA_WITH_AES_256_GCM_SHA384})
    void negotiatesEachOcppSuiteOverTls12(String suite) throws Exception {
        Fixtures.Accepted accepted = new Fixtures.Accepted();
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.TLS_BASIC_AUTH).build(), accepted)) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH)
                    .tls(TestPki.stationTls().protocols("TLSv1.2").cipherSuites(suite).build())
                    .build());
            SSLSession stationSession = station.tlsSession().orElseThrow();
            SSLSession csmsSession = accepted.next().connection().tlsSession().orElseThrow();
            assertThat(stationSession.getProtocol()).isEqualTo("TLSv1.2");
            assertThat(stationSession.getCipherSuite()).as("on Java " + Runtime.version()).isEqualTo(suite);
            assertThat(csmsSession.getCipherSuite()).isEqualTo(suite);
            station.close(1000, "");
        }
    }

    @Test
    void prefersTls13WhenBothSidesHaveIt() throws Exception {
        try (OcppWebSocketServer server = OcppWebSocketServer.start(
                Fixtures.server(SecurityProfile.TLS_BASIC_AUTH).build(), new Fixtures.Accepted())) {
            Connection station = Fixtures.connect(Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH).build());
            assertThat(station.tlsSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(station.tlsSession().orElseThrow().getCipherSuite()).isIn(CipherSuites.TLS13);
            station.close(1000, "");
        }
    }

    @Test
    void legacySuitesAreOffOnTheServerUnlessEnabled() throws Exception {
        ServerConfig modernOnly = Fixtures.server(SecurityProfile.TLS_BASIC_AUTH)
                .tls(TestPki.csmsTls().build())
                .build();
        assertThat(modernOnly.tls().orElseThrow().cipherSuites()).doesNotContainAnyElementsOf(CipherSuites.LEGACY_RSA);
        try (OcppWebSocketServer server = OcppWebSocketServer.start(modernOnly, new Fixtures.Accepted())) {
            Fixtures.connectFailure(Fixtures.client(server, "CS1", SecurityProfile.TLS_BASIC_AUTH)
                    .tls(TestPki.stationTls().protocols("TLSv1.2")
                            .cipherSuites(CipherSuites.TLS_RSA_WITH_AES_128_GCM_SHA256).build())
                    .build());
        }
    }
}

package io.ocpp4j.transport;

import io.ocpp4j.core.Connection;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Server and client configurations for the integration tests, all on 127.0.0.1. */
final class Fixtures {

    /** The bound for every wait in these tests. */
    static final Duration WAIT = Duration.ofSeconds(10);

    private static final Map<String, CertifiedKey> STATION_KEYS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** The password on record for a known station (identities starting with "CS"). */
    static byte[] passwordOf(String identity) {
        return identity.startsWith("CS") ? ("password-of-" + identity).getBytes(StandardCharsets.UTF_8) : null;
    }

    /** A server on an ephemeral port of 127.0.0.1 serving ocpp2.0.1 and ocpp1.6 in a profile. */
    static ServerConfig.Builder server(SecurityProfile profile) {
        ServerConfig.Builder builder = ServerConfig.builder()
                .host("127.0.0.1")
                .subprotocols("ocpp2.0.1", "ocpp1.6")
                .securityProfile(profile)
                .handshakeTimeout(Duration.ofSeconds(5));
        if (profile.usesTls()) {
            builder.tls(TestPki.csmsTls().legacyRsaCipherSuites(true).build());
        }
        return builder.authenticator(profile.usesBasicAuth()
                ? Authenticators.basicAuth(Fixtures::passwordOf)
                : Authenticators.clientCertificate(identity -> identity.startsWith("CS")));
    }

    /** A station of the given identity for a server, with matching profile and credentials. */
    static ClientConfig.Builder client(OcppWebSocketServer server, String identity, SecurityProfile profile) {
        ClientConfig.Builder builder = ClientConfig.builder()
                .csmsUrl(URI.create(profile.scheme() + "://127.0.0.1:" + server.port() + "/ocpp"))
                .stationIdentity(identity)
                .subprotocols("ocpp1.6")
                .securityProfile(profile)
                .handshakeTimeout(Duration.ofSeconds(5));
        if (profile.usesBasicAuth()) {
            byte[] password = passwordOf(identity);
            builder.password(password != null ? password : "no-password".getBytes(StandardCharsets.UTF_8));
        }
        if (profile.usesClientCertificate()) {
            builder.tls(TestPki.stationTls().keyMaterial(stationKey(identity)).build());
        } else if (profile.usesTls()) {
            builder.tls(TestPki.stationTls().build());
        }
        return builder;
    }

    /** A station certificate for an identity, issued by the test station CA. */
    static CertifiedKey stationKey(String identity) {
        return STATION_KEYS.computeIfAbsent(identity,
                id -> Pki.station(TestPki.STATION_CA, id, KeyAlgorithm.EC_P256));
    }

    static Connection connect(ClientConfig config) throws Exception {
        return OcppWebSocketClient.connect(config).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Connects and returns the failure; fails if the connection opens. */
    static ConnectFailedException connectFailure(ClientConfig config) throws InterruptedException, TimeoutException {
        try {
            Connection connection = OcppWebSocketClient.connect(config).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            connection.close(1000, "unexpected");
            throw new AssertionError("the connection opened");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConnectFailedException failure) {
                return failure;
            }
            throw new AssertionError("unexpected failure", e.getCause());
        }
    }

    /** Records the connections a server accepts, each with a listener attached at once. */
    static final class Accepted implements ConnectionHandler {
        record Entry(Connection connection, RecordingListener listener) {
        }

        final BlockingQueue<Entry> entries = new LinkedBlockingQueue<>();

        @Override
        public void onConnect(Connection connection) {
            RecordingListener listener = new RecordingListener();
            connection.listen(listener);
            entries.add(new Entry(connection, listener));
        }

        Entry next() throws InterruptedException {
            Entry entry = entries.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (entry == null) {
                throw new AssertionError("no connection accepted within " + WAIT);
            }
            return entry;
        }
    }
}

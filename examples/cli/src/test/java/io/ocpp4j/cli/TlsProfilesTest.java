package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csms} and {@code station} over TLS with PEM files made at test time: security profile 2 with
 * the legacy RSA suites the certified 1.6 profiles offer, and profile 3 with a station certificate.
 */
class TlsProfilesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path pem(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void profile2WithTheRsaSuitesOfACertified16Station() throws Exception {
        CertifiedKey root = Pki.rootCa("Test Root", KeyAlgorithm.EC_P256);
        CertifiedKey server = Pki.csmsServer(root, KeyAlgorithm.RSA_2048, "127.0.0.1");
        Path rootPem = pem("root.pem", Pem.write(root.certificate()));
        Path certPem = pem("csms.pem", Pem.write(server.chain()));
        Path keyPem = pem("csms.key", Pem.write(server.privateKey()));
        Path credentials = pem("credentials.txt", "CP-S:profile2-password-0123\n");
        Path script = pem("script.txt", "wait CP-S 20\nsend CP-S GetConfiguration {\"key\":[\"SecurityProfile\"]}\nquit\n");

        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"csms",
                "--host", "127.0.0.1", "--port", "0", "--security-profile", "2", "--credentials", credentials.toString(),
                "--tls-cert", certPem.toString(), "--tls-key", keyPem.toString(), "--legacy-rsa-suites",
                "--script", script.toString(), "--quiet"}, out.stream, err.stream));
        String url = out.await("listening on (wss://127\\.0\\.0\\.1:\\d+/ocpp)", WAIT);
        // izcj-ac offers only TLS_RSA_WITH_AES_128/256_GCM_*, as its certificate says.
        CompletableFuture<Cli> station = CompletableFuture.supplyAsync(() -> Cli.run("station", "--url", url,
                "--id", "CP-S", "--password", "profile2-password-0123", "--tls-ca", rootPem.toString(),
                "--profile", "izcj-ac", "--duration", "3", "--quiet"));

        Cli result = station.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(csms.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(out.text() + err.text() + result.out + result.err).isZero();
        assertThat(out.text()).contains("connected from 127.0.0.1 (ocpp1.6, TLS TLSv1.2)")
                .contains("{\"key\":\"SecurityProfile\",\"readonly\":false,\"value\":\"2\"}");
        assertThat(result.status).as(result.out + result.err).isIn(0, Main.PROBLEMS);
    }

    @Test
    void profile3WithAStationCertificate() throws Exception {
        CertifiedKey root = Pki.rootCa("Test Root", KeyAlgorithm.EC_P256);
        CertifiedKey server = Pki.csmsServer(root, KeyAlgorithm.RSA_2048, "127.0.0.1");
        CertifiedKey stationKey = Pki.station(root, "CP-3", KeyAlgorithm.EC_P256);
        Path rootPem = pem("root.pem", Pem.write(root.certificate()));
        Path script = pem("script.txt", "wait CP-3 20\nsend CP-3 TriggerMessage {\"requestedMessage\":\"StatusNotification\"}\nquit\n");

        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> {
            try {
                return Main.run(new String[] {"csms", "--host", "127.0.0.1", "--port", "0", "--security-profile", "3",
                        "--tls-cert", pem("csms.pem", Pem.write(server.chain())).toString(),
                        "--tls-key", pem("csms.key", Pem.write(server.privateKey())).toString(),
                        "--tls-ca", rootPem.toString(), "--legacy-rsa-suites", "--script", script.toString(), "--quiet"},
                        out.stream, err.stream);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String url = out.await("listening on (wss://127\\.0\\.0\\.1:\\d+/ocpp)", WAIT);
        Path stationCert = pem("station.pem", Pem.write(stationKey.chain()));
        Path stationPrivate = pem("station.key", Pem.write(stationKey.privateKey()));
        CompletableFuture<Cli> station16 = CompletableFuture.supplyAsync(() -> Cli.run("station", "--url", url,
                "--id", "CP-3", "--tls-cert", stationCert.toString(), "--tls-key", stationPrivate.toString(),
                "--tls-ca", rootPem.toString(), "--profile", "xcharge-c6", "--duration", "3", "--quiet"));
        // xcharge-c6 supports profile 3, with the TLS_RSA suites of its certificate.
        Cli result = station16.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(csms.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(out.text() + err.text() + result.out + result.err).isZero();
        assertThat(out.text()).contains("CP-3 > TriggerMessage {\"status\":\"Accepted\"}");
        assertThat(result.status).isIn(0, Main.PROBLEMS);
    }
}

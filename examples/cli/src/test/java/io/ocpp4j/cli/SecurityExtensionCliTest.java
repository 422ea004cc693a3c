package io.ocpp4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.OcppWebSocketClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateSignedResponse;
import io.ocpp4j.v16.security.model.CertificateSignedStatusEnum;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageResponse;
import io.ocpp4j.v16.security.model.GenericStatusEnum;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 1.6 Security Whitepaper in the command line: {@code validate --ocpp 1.6} and {@code csms --sign-certificates}. */
class SecurityExtensionCliTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> summaries(String out) {
        return out.lines().map(line -> {
            try {
                JsonNode v = JSON.readTree(line);
                return v.get("line") + " " + v.get("action").asText("-") + " "
                        + (v.get("valid").asBoolean() ? "valid" : v.get("errorCode").asText() + " " + v.get("path").asText());
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    @Test
    void validateKnowsTheExtensionsMessagesIn16Only() throws Exception {
        String csr = CertificateSigningRequest.create(KeyAlgorithm.EC_P256.generate(), new X500Principal("CN=CP-1"))
                .toPem().replace("\n", "\\n");
        Path file = Files.writeString(dir.resolve("security.jsonl"), String.join("\n",
                "[2,\"a\",\"SignCertificate\",{\"csr\":\"" + csr + "\"}]",
                "[3,\"a\",{\"status\":\"Accepted\"}]",
                "[2,\"b\",\"ExtendedTriggerMessage\",{\"requestedMessage\":\"SignV2GCertificate\"}]",
                "[2,\"c\",\"SecurityEventNotification\",{\"type\":\"StartupOfTheDevice\"}]",
                "[2,\"d\",\"GetLog\",{\"logType\":\"SecurityLog\",\"requestId\":1,\"log\":{\"remoteLocation\":\"ftp://x/y\"}}]",
                "[2,\"e\",\"SignedUpdateFirmware\",{\"requestId\":1,\"firmware\":{\"location\":\"https://x/f.bin\","
                        + "\"retrieveDateTime\":\"2026-11-21T10:00:00Z\",\"signingCertificate\":\"c\",\"signature\":\"s\"}}]"));

        Cli v16 = Cli.run("validate", "--ocpp", "1.6", file.toString());
        assertThat(summaries(v16.out)).containsExactly(
                "1 SignCertificate valid",
                "2 SignCertificate valid",
                "3 ExtendedTriggerMessage PropertyConstraintViolation /requestedMessage",
                "4 SecurityEventNotification OccurenceConstraintViolation /timestamp",
                "5 GetLog valid",
                "6 SignedUpdateFirmware valid");

        Cli v201 = Cli.run("validate", "--ocpp", "2.0.1", file.toString());
        assertThat(summaries(v201.out)).contains("6 SignedUpdateFirmware NotImplemented ");
    }

    @Test
    void theCsmsSignsAStationsCertificateWithItsExampleCa() throws Exception {
        Path root = dir.resolve("example-root.pem");
        Path script = Files.writeString(dir.resolve("script.txt"), String.join("\n",
                "wait CP-S 20",
                "send CP-S ExtendedTriggerMessage {\"requestedMessage\":\"SignChargePointCertificate\"}",
                "gone CP-S 20",
                "quit"));
        Cli.Output out = new Cli.Output();
        Cli.Output err = new Cli.Output();
        CompletableFuture<Integer> csms = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"csms",
                "--host", "127.0.0.1", "--port", "0", "--ocpp", "1.6", "--sign-certificates", root.toString(),
                "--cpo-name", "ACME CPO", "--script", script.toString()}, out.stream, err.stream));
        String csmsUrl = out.await("listening on (ws://127\\.0\\.0\\.1:\\d+/ocpp)", WAIT);

        CompletableFuture<String> chain = new CompletableFuture<>();
        CompletableFuture<SignCertificateResponse> signAnswer = new CompletableFuture<>();
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        try (RpcRuntime runtime = RpcRuntime.create()) {
            Connection connection = OcppWebSocketClient.connect(ClientConfig.builder().csmsUrl(URI.create(csmsUrl))
                    .stationIdentity("CP-S").subprotocols("ocpp1.6").securityProfile(SecurityProfile.BASIC_AUTH).unsecured()
                    .build())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            RpcSession[] station = new RpcSession[1];
            station[0] = RpcSession.builder(connection, Ocpp16Security.VERSION, Role.STATION).runtime(runtime)
                    .handlers(Handlers.builder()
                            .onAsync(SecurityActions16.EXTENDED_TRIGGER_MESSAGE, (request, context) -> {
                                context.answered().thenRun(() -> station[0].call(SecurityActions16.SIGN_CERTIFICATE,
                                        new SignCertificateRequest().withCsr(CertificateSigningRequest.create(keys,
                                                new X500Principal("CN=CP-S,O=ACME CPO")).toPem()))
                                        .whenComplete((answer, failure) -> {
                                            if (failure != null) {
                                                signAnswer.completeExceptionally(failure);
                                            } else {
                                                signAnswer.complete(answer);
                                            }
                                        }));
                                return CompletableFuture.completedFuture(new ExtendedTriggerMessageResponse()
                                        .withStatus(TriggerMessageStatusEnum.ACCEPTED));
                            })
                            .onAsync(SecurityActions16.CERTIFICATE_SIGNED, (request, context) -> {
                                chain.complete(request.getCertificateChain());
                                context.answered().thenRun(() -> station[0].close(Connection.CLOSE_NORMAL, "renewed"));
                                return CompletableFuture.completedFuture(new CertificateSignedResponse()
                                        .withStatus(CertificateSignedStatusEnum.ACCEPTED));
                            })
                            .build())
                    .build();
            station[0].call(SecurityActions16.SECURITY_EVENT_NOTIFICATION, new SecurityEventNotificationRequest()
                    .withType("StartupOfTheDevice").withTimestamp(OffsetDateTime.now())).toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(signAnswer.get(WAIT.toSeconds(), TimeUnit.SECONDS).getStatus()).isEqualTo(GenericStatusEnum.ACCEPTED);
            List<X509Certificate> certificates = Pem.readCertificates(chain.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertThat(csms.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as(out.text() + err.text()).isZero();

            assertThat(certificates.get(0).getPublicKey()).isEqualTo(keys.getPublic());
            X509Certificate trusted = Pem.readCertificates(Files.readString(root, StandardCharsets.US_ASCII)).get(0);
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(trusted, null)));
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(certificates), parameters);
        }
        assertThat(out.text()).contains("CP-S > ExtendedTriggerMessage {\"status\":\"Accepted\"}")
                .contains("SignCertificate").contains("CertificateSigned").contains("CP-S is gone");
    }

    @Test
    void cpoNameNeedsSignCertificates() {
        assertThat(Cli.run("csms", "--cpo-name", "ACME CPO").err).contains("--cpo-name goes with --sign-certificates");
    }
}

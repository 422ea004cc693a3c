package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.Connection;
import io.ocpp4j.core.FrameObserver;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.ObservedConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateHashData;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateSignedResponse;
import io.ocpp4j.v16.security.model.CertificateSignedStatusEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateResponse;
import io.ocpp4j.v16.security.model.DeleteCertificateStatusEnum;
import io.ocpp4j.v16.security.model.ExtendedTriggerMessageResponse;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v16.security.model.GetInstalledCertificateStatusEnum;
import io.ocpp4j.v16.security.model.GetLogResponse;
import io.ocpp4j.v16.security.model.HashAlgorithmEnum;
import io.ocpp4j.v16.security.model.InstallCertificateResponse;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.security.model.LogStatusEnum;
import io.ocpp4j.v16.security.model.MessageTriggerEnum;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import io.ocpp4j.v16.security.model.SignedUpdateFirmwareResponse;
import io.ocpp4j.v16.security.model.TriggerMessageStatusEnum;
import io.ocpp4j.v16.security.model.UpdateFirmwareStatusEnum;
import io.ocpp4j.v16.station.Station16;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.security.auth.x500.X500Principal;

/**
 * A station scripted for the CSMS-side tests, built with ocpp4j's own {@link Station16} and the
 * extension's actions as extra handlers. It records what the CSMS sends, answers with fixed values, and
 * plays the station's part of a certificate renewal: on ExtendedTriggerMessage(SignChargePointCertificate)
 * it answers Accepted, then makes a key pair and a CSR (CN = its identity, O = its CPO name) and sends
 * SignCertificate; it keeps the chain CertificateSigned brings.
 */
final class ScriptedStation {

    static final CertificateHashData HASH_DATA = new CertificateHashData()
            .withHashAlgorithm(HashAlgorithmEnum.SHA_256)
            .withIssuerNameHash("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90")
            .withIssuerKeyHash("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")
            .withSerialNumber("1a2b3c");

    final String identity;
    final Station16 station;
    /** The requests the CSMS sent, by action. */
    final Map<String, Object> received = new ConcurrentHashMap<>();
    /** Every text frame the station received, in wire order. */
    final List<String> framesReceived = new CopyOnWriteArrayList<>();
    /** The chains received in CertificateSigned, in order. */
    final List<String> chains = new CopyOnWriteArrayList<>();
    /** The key of the last CSR. */
    final AtomicReference<KeyPair> csrKeys = new AtomicReference<>();
    /** The answer of the last SignCertificate it sent. */
    final AtomicReference<CompletableFuture<SignCertificateResponse>> signCertificate =
            new AtomicReference<>(new CompletableFuture<>());
    private final AtomicReference<RpcSession> session = new AtomicReference<>();
    volatile String cpoName = "ACME CPO";
    volatile CertificateSignedStatusEnum certificateSignedAnswer = CertificateSignedStatusEnum.ACCEPTED;

    ScriptedStation(RpcRuntime runtime, String identity) {
        this.identity = identity;
        this.station = Station16.builder(runtime)
                .version(Ocpp16Security.VERSION)
                .extraHandlers(handlers())
                .listener(new SessionListener<RpcSession>() {
                    @Override
                    public void connected(RpcSession peer) {
                        session.set(peer);
                    }
                })
                .build();
    }

    /** Attaches a new connection, recording the frames it receives. */
    void attach(Connection connection) {
        station.attach(new ObservedConnection(connection, new FrameObserver() {
            @Override
            public void received(String text) {
                framesReceived.add(text);
            }
        }));
    }

    /** Sends a call to the CSMS on the current connection. */
    <Q, R> CompletionStage<R> call(Action<Q, R> action, Q request) {
        RpcSession current = session.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not connected yet"));
        }
        return current.call(action, request);
    }

    /** Makes a key pair and a CSR for it and sends SignCertificate. */
    CompletionStage<SignCertificateResponse> requestCertificate(X500Principal subject) {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        csrKeys.set(keys);
        return sendCsr(CertificateSigningRequest.create(keys, subject).toPem());
    }

    /** Sends SignCertificate with any text as the CSR. */
    CompletionStage<SignCertificateResponse> sendCsr(String csr) {
        CompletableFuture<SignCertificateResponse> answer = new CompletableFuture<>();
        signCertificate.set(answer);
        call(SecurityActions16.SIGN_CERTIFICATE, new SignCertificateRequest().withCsr(csr))
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    } else {
                        answer.complete(response);
                    }
                });
        return answer;
    }

    private <Q> void record(Action<Q, ?> action, Q request) {
        received.put(action.name(), request);
    }

    private Handlers handlers() {
        return Handlers.builder()
                .on(SecurityActions16.CERTIFICATE_SIGNED, this::onCertificateSigned)
                .on(SecurityActions16.DELETE_CERTIFICATE, (request, context) -> {
                    record(SecurityActions16.DELETE_CERTIFICATE, request);
                    return new DeleteCertificateResponse().withStatus(DeleteCertificateStatusEnum.NOT_FOUND);
                })
                .onAsync(SecurityActions16.EXTENDED_TRIGGER_MESSAGE, (request, context) -> {
                    record(SecurityActions16.EXTENDED_TRIGGER_MESSAGE, request);
                    if (request.getRequestedMessage() == MessageTriggerEnum.SIGN_CHARGE_POINT_CERTIFICATE) {
                        context.answered().thenRun(() -> requestCertificate(
                                new X500Principal("CN=" + identity + ",O=" + cpoName)));
                    }
                    return CompletableFuture.completedFuture(
                            new ExtendedTriggerMessageResponse().withStatus(TriggerMessageStatusEnum.ACCEPTED));
                })
                .on(SecurityActions16.GET_INSTALLED_CERTIFICATE_IDS, (request, context) -> {
                    record(SecurityActions16.GET_INSTALLED_CERTIFICATE_IDS, request);
                    return new GetInstalledCertificateIdsResponse()
                            .withStatus(GetInstalledCertificateStatusEnum.ACCEPTED)
                            .withCertificateHashData(List.of(HASH_DATA));
                })
                .on(SecurityActions16.GET_LOG, (request, context) -> {
                    record(SecurityActions16.GET_LOG, request);
                    return new GetLogResponse().withStatus(LogStatusEnum.ACCEPTED).withFilename("security-2026-11-21.log");
                })
                .on(SecurityActions16.INSTALL_CERTIFICATE, (request, context) -> {
                    record(SecurityActions16.INSTALL_CERTIFICATE, request);
                    return new InstallCertificateResponse().withStatus(InstallCertificateStatusEnum.REJECTED);
                })
                .on(SecurityActions16.SIGNED_UPDATE_FIRMWARE, (request, context) -> {
                    record(SecurityActions16.SIGNED_UPDATE_FIRMWARE, request);
                    return new SignedUpdateFirmwareResponse().withStatus(UpdateFirmwareStatusEnum.INVALID_CERTIFICATE);
                })
                .build();
    }

    private CertificateSignedResponse onCertificateSigned(CertificateSignedRequest request, CallContext context) {
        record(SecurityActions16.CERTIFICATE_SIGNED, request);
        chains.add(request.getCertificateChain());
        return new CertificateSignedResponse().withStatus(certificateSignedAnswer);
    }
}

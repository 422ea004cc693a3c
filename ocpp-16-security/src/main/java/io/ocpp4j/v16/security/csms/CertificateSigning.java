package io.ocpp4j.v16.security.csms;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.PkiException;
import io.ocpp4j.v16.security.csms.CertificateSigningOutcome.Result;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateSignedStatusEnum;
import io.ocpp4j.v16.security.model.GenericStatusEnum;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSMS's answer to {@code SignCertificate} (whitepaper use case A02/A03): checks the station's
 * certificate signing request, answers {@code Accepted} or {@code Rejected}, and once that answer is sent,
 * has the {@link CertificateSigner} sign the request and sends the chain to the station in
 * {@code CertificateSigned}. Each signing ends with a {@link CertificateSigningOutcome} for the listener.
 *
 * <p>A request is {@code Rejected} when it is not a PEM (or bare base64 DER) PKCS#10 request, when its
 * signature (the proof of possession of the key) does not verify, when it breaks the {@link CsrPolicy}
 * (CN = the connection's identity, O = the CPO name if required, key size), or while an earlier signing
 * for the same connection is still under way. Before sending, the signed chain is checked: it must parse,
 * certify the request's key in its first certificate and fit {@code CertificateSigned} (10,000 characters).
 *
 * <p>Use it as the {@link SecurityHandler#onSignCertificate} of your handler, or through
 * {@link StandardSecurityHandler}. Thread-safe.
 */
public final class CertificateSigning {

    /** The longest {@code certificateChain} CertificateSigned may carry. */
    static final int MAX_CHAIN_CHARS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(CertificateSigning.class);

    private final CertificateSigner signer;
    private final CsrPolicy policy;
    private final SecurityListener listener;
    /** The signings under way, one per connected station at most, each removed when it ends or its link closes. */
    private final ConcurrentMap<String, Object> underWay = new ConcurrentHashMap<>();

    private CertificateSigning(Builder builder) {
        this.signer = builder.signer;
        this.policy = builder.policy;
        this.listener = builder.listener;
    }

    /**
     * @param signer the certificate authority that signs accepted requests
     * @return a builder
     */
    public static Builder builder(CertificateSigner signer) {
        return new Builder(signer);
    }

    /**
     * Answers a station's {@code SignCertificate} and, when it is accepted, signs and delivers the
     * certificate after the answer.
     *
     * @param request the validated request
     * @param context the call's context; the CSR is checked against its station identity, and
     *                CertificateSigned goes out on its session
     * @return {@code Accepted} or {@code Rejected}, at once
     */
    public CompletionStage<SignCertificateResponse> onSignCertificate(SignCertificateRequest request, CallContext context) {
        String identity = context.stationIdentity();
        CertificateSigningRequest csr;
        try {
            csr = parse(request.getCsr());
        } catch (PkiException | IllegalArgumentException e) {
            return reject(identity, "the csr is not a PEM-encoded PKCS#10 request");
        }
        if (!csr.isSignatureValid()) {
            return reject(identity, "the CSR's signature (its proof of possession) does not verify");
        }
        java.util.Optional<String> refusal = policy.refusal(csr, identity);
        if (refusal.isPresent()) {
            return reject(identity, refusal.get());
        }
        SecurityChargePoint station;
        try {
            station = SecurityChargePoint.of(context.session());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new CallErrorException(io.ocpp4j.core.ErrorCode.INTERNAL_ERROR,
                    "the CSMS cannot send CertificateSigned on this session"));
        }
        Object token = new Object();
        if (underWay.putIfAbsent(identity, token) != null) {
            return reject(identity, "a signing for this station is already under way");
        }
        context.session().closeFuture().whenComplete((ignored, failure) -> underWay.remove(identity, token));
        log.info("{}: SignCertificate accepted for {}; signing", identity, LogText.clean(csr.subject().getName()));
        context.answered().whenComplete((ignored, failure) -> sign(csr, station, token));
        return CompletableFuture.completedFuture(new SignCertificateResponse().withStatus(GenericStatusEnum.ACCEPTED));
    }

    /** Reads the CSR: PEM, or the bare base64 DER that some stations send. */
    static CertificateSigningRequest parse(String csr) {
        String text = csr.strip();
        if (text.startsWith("-----BEGIN")) {
            return CertificateSigningRequest.fromPem(text);
        }
        return CertificateSigningRequest.fromDer(Base64.getMimeDecoder().decode(text));
    }

    private void sign(CertificateSigningRequest csr, SecurityChargePoint station, Object token) {
        String identity = station.identity();
        CompletionStage<String> signed;
        try {
            signed = Objects.requireNonNull(signer.sign(csr, identity), "the signer returned null");
        } catch (RuntimeException e) {
            signed = CompletableFuture.failedFuture(e);
        }
        signed.whenComplete((pem, failure) -> {
            if (failure != null) {
                end(token, new CertificateSigningOutcome(identity, Result.SIGNING_FAILED,
                        "the certificate signer failed: " + describe(failure), List.of()));
                return;
            }
            List<X509Certificate> chain;
            try {
                chain = checkChain(pem, csr);
            } catch (IllegalArgumentException | PkiException e) {
                end(token, new CertificateSigningOutcome(identity, Result.SIGNING_FAILED, e.getMessage(), List.of()));
                return;
            }
            station.certificateSigned(new CertificateSignedRequest().withCertificateChain(pem))
                    .whenComplete((response, error) -> {
                        if (error != null) {
                            end(token, new CertificateSigningOutcome(identity, Result.NOT_DELIVERED,
                                    "CertificateSigned failed: " + describe(error), chain));
                        } else if (response.getStatus() == CertificateSignedStatusEnum.ACCEPTED) {
                            end(token, new CertificateSigningOutcome(identity, Result.CHAIN_ACCEPTED, "", chain));
                        } else {
                            end(token, new CertificateSigningOutcome(identity, Result.CHAIN_REJECTED,
                                    "the station answered CertificateSigned " + response.getStatus(), chain));
                        }
                    });
        });
    }

    /** The chain, if it is one the station can use for this request. */
    private static List<X509Certificate> checkChain(String pem, CertificateSigningRequest csr) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("the certificate signer returned no chain");
        }
        if (pem.length() > MAX_CHAIN_CHARS) {
            throw new IllegalArgumentException("the signed chain has " + pem.length()
                    + " characters, more than CertificateSigned carries (" + MAX_CHAIN_CHARS + ")");
        }
        List<X509Certificate> chain = Pem.readCertificates(pem);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate signer returned no certificate");
        }
        if (!Arrays.equals(chain.get(0).getPublicKey().getEncoded(), csr.publicKey().getEncoded())) {
            throw new IllegalArgumentException("the first certificate of the signed chain does not certify the CSR's key");
        }
        return chain;
    }

    private CompletionStage<SignCertificateResponse> reject(String identity, String why) {
        log.warn("{}: SignCertificate rejected: {}", identity, why);
        report(new CertificateSigningOutcome(identity, Result.CSR_REJECTED, why, List.of()));
        return CompletableFuture.completedFuture(new SignCertificateResponse().withStatus(GenericStatusEnum.REJECTED));
    }

    private void end(Object token, CertificateSigningOutcome outcome) {
        underWay.remove(outcome.stationIdentity(), token);
        switch (outcome.result()) {
            case CHAIN_ACCEPTED -> log.info("{}: new certificate {} (serial {}) accepted by the station",
                    outcome.stationIdentity(), LogText.clean(outcome.chain().get(0).getSubjectX500Principal().getName()),
                    outcome.chain().get(0).getSerialNumber().toString(16));
            default -> log.warn("{}: certificate signing ended {}: {}", outcome.stationIdentity(), outcome.result(),
                    outcome.detail());
        }
        report(outcome);
    }

    private void report(CertificateSigningOutcome outcome) {
        try {
            listener.certificateSigning(outcome);
        } catch (RuntimeException e) {
            log.error("{}: security listener failed on {}", outcome.stationIdentity(), outcome.result(), e);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Builds a {@link CertificateSigning}. */
    public static final class Builder {
        private final CertificateSigner signer;
        private CsrPolicy policy = CsrPolicy.defaults();
        private SecurityListener listener = new SecurityListener() {
        };

        private Builder(CertificateSigner signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
        }

        /**
         * @param policy what a CSR must be (default: {@link CsrPolicy#defaults()}, no organization required)
         * @return this
         */
        public Builder policy(CsrPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param listener hears how each signing ends ({@link SecurityListener#certificateSigning}); it runs
         *                 on the handler executor, or on the signer's thread when the signer fails
         * @return this
         */
        public Builder listener(SecurityListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the signing hook */
        public CertificateSigning build() {
            return new CertificateSigning(this);
        }
    }
}

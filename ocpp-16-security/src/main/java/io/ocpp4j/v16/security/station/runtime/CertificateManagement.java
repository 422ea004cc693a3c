package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.security.SecurityEventType;
import static io.ocpp4j.v16.security.station.runtime.SecurityConfigurationKeys.ADDITIONAL_ROOT_CERTIFICATE_CHECK;
import static io.ocpp4j.v16.security.station.runtime.SecurityConfigurationKeys.CERTIFICATE_SIGNED_MAX_CHAIN_SIZE;
import static io.ocpp4j.v16.security.station.runtime.SecurityConfigurationKeys.CERTIFICATE_STORE_MAX_LENGTH;
import static io.ocpp4j.v16.security.station.runtime.SecurityConfigurationKeys.CPO_NAME;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.PkiException;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.CertificateSignedResponse;
import io.ocpp4j.v16.security.model.CertificateSignedStatusEnum;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.DeleteCertificateRequest;
import io.ocpp4j.v16.security.model.DeleteCertificateResponse;
import io.ocpp4j.v16.security.model.GenericStatusEnum;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsResponse;
import io.ocpp4j.v16.security.model.GetInstalledCertificateStatusEnum;
import io.ocpp4j.v16.security.model.HashAlgorithmEnum;
import io.ocpp4j.v16.security.model.InstallCertificateRequest;
import io.ocpp4j.v16.security.model.InstallCertificateResponse;
import io.ocpp4j.v16.security.model.SignCertificateRequest;
import io.ocpp4j.v16.security.station.CertificateManagementHandler;
import io.ocpp4j.v16.security.station.SecurityHandler;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.naming.ldap.LdapName;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's certificates (whitepaper A02, A03, M03, M04, M05): CA certificates installed, listed
 * and deleted by the CSMS; a fresh key pair and CSR for SignCertificate; the signed chain from
 * CertificateSigned validated and installed, then used to reconnect under security profile 3.
 */
final class CertificateManagement implements SecurityHandler, CertificateManagementHandler {

    private static final Logger log = LoggerFactory.getLogger(CertificateManagement.class);
    /** How far in the future a new certificate's "not before" may lie (clock skew between CA and station). */
    private static final Duration NOT_BEFORE_TOLERANCE = Duration.ofHours(1);

    private final SecurityContext ctx;
    private final SecurityProfiles profiles;
    private final KeyAlgorithm keyAlgorithm;
    private final String commonName;
    private final boolean keepLastCentralSystemRoot;

    CertificateManagement(SecurityContext ctx, SecurityProfiles profiles, KeyAlgorithm keyAlgorithm, String commonName,
                          boolean keepLastCentralSystemRoot) {
        this.ctx = ctx;
        this.profiles = profiles;
        this.keyAlgorithm = keyAlgorithm;
        this.commonName = commonName;
        this.keepLastCentralSystemRoot = keepLastCentralSystemRoot;
    }

    // ---- SignCertificate (A02, A03) -------------------------------------------------------------

    /** @return whether a CSR can be made now: CpoName is set (A02 prerequisite) */
    boolean canSign() {
        return !ctx.config(CPO_NAME).isEmpty();
    }

    /**
     * Generates a key pair, keeps its private key until CertificateSigned, and sends the CSR
     * (CN = the station's serial number or identity, O = CpoName). State thread; key generation
     * happens there too (an EC key takes milliseconds).
     */
    void requestCertificate() {
        if (!canSign()) {
            log.warn("{}: no CpoName: cannot request a station certificate", ctx.identity);
            return;
        }
        KeyPair keyPair = keyAlgorithm.generate();
        X500Principal subject;
        try {
            subject = new X500Principal(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, ctx.config(CPO_NAME))
                    .addRDN(BCStyle.CN, commonName).build().getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot encode the CSR subject", e);
        }
        CertificateSigningRequest csr = CertificateSigningRequest.create(keyPair, subject);
        ctx.certificates.pendingKey(keyPair);
        ctx.store.commit();
        log.info("{}: sending SignCertificate for {}", ctx.identity, subject.getName());
        ctx.csms.signCertificate(new SignCertificateRequest().withCsr(csr.toPem()))
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        log.warn("{}: SignCertificate failed: {}", ctx.identity, failure.getMessage());
                    } else if (response.getStatus() != GenericStatusEnum.ACCEPTED) {
                        log.warn("{}: the CSMS refused to sign the certificate", ctx.identity);
                    }
                });
    }

    @Override
    public CompletionStage<CertificateSignedResponse> onCertificateSigned(CertificateSignedRequest request,
                                                                         CallContext context) {
        return ctx.onState(() -> {
            Optional<String> problem = install(request.getCertificateChain());
            if (problem.isPresent()) {
                log.warn("{}: CertificateSigned rejected: {}", ctx.identity, problem.get());
                ctx.raise(SecurityEventType.INVALID_CHARGE_POINT_CERTIFICATE, problem.get());
                return new CertificateSignedResponse().withStatus(CertificateSignedStatusEnum.REJECTED);
            }
            profiles.stationCertificateChanged(worked -> {
                if (worked) {
                    ctx.certificates.dropPreviousStationKey();
                } else {
                    ctx.certificates.restorePreviousStationKey();
                    ctx.raise(SecurityEventType.INVALID_CHARGE_POINT_CERTIFICATE,
                            "the new station certificate could not connect; the previous one is used again");
                }
                ctx.store.commit();
            });
            return new CertificateSignedResponse().withStatus(CertificateSignedStatusEnum.ACCEPTED);
        });
    }

    /** Validates and installs a signed chain; returns what is wrong with it, if anything (A02.FR.06). */
    private Optional<String> install(String pem) {
        if (pem.length() > ctx.intConfig(CERTIFICATE_SIGNED_MAX_CHAIN_SIZE)) {
            return Optional.of("longer than CertificateSignedMaxChainSize");
        }
        Optional<PrivateKey> key = ctx.certificates.pendingKey();
        if (key.isEmpty()) {
            return Optional.of("no certificate signing request is outstanding");
        }
        List<X509Certificate> chain;
        try {
            chain = Pem.readCertificates(pem);
        } catch (PkiException | IllegalArgumentException e) {
            return Optional.of("not a PEM certificate chain");
        }
        if (chain.isEmpty()) {
            return Optional.of("no certificate");
        }
        X509Certificate leaf = chain.get(0);
        if (!Arrays.equals(leaf.getPublicKey().getEncoded(), ctx.certificates.pendingPublicKey().orElse(new byte[0]))) {
            return Optional.of("the certificate is not for the key of the request");
        }
        CertifiedKey candidate = new CertifiedKey(key.get(), chain);
        if (leaf.getNotAfter().toInstant().isBefore(ctx.now())
                || leaf.getNotBefore().toInstant().isAfter(ctx.now().plus(NOT_BEFORE_TOLERANCE))) {
            return Optional.of("outside its validity period");
        }
        if (!commonName.equals(commonNameOf(leaf))) {
            return Optional.of("its common name is not " + commonName);
        }
        List<X509Certificate> roots = ctx.certificates.certificates(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE);
        if (!CertificateChecks.chainsTo(chain, roots, ctx.now().isBefore(leaf.getNotBefore().toInstant())
                ? leaf.getNotBefore().toInstant() : ctx.now())) {
            return Optional.of("it does not chain to an installed CentralSystemRootCertificate");
        }
        ctx.certificates.installStationKey(candidate);
        ctx.certificates.clearPendingKey();
        ctx.raise(SecurityEventType.RECONFIGURATION_OF_SECURITY_PARAMETERS, "station certificate replaced");
        return Optional.empty();
    }

    private static String commonNameOf(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            return null;
        }
        return null;
    }

    // ---- CA certificates (M03, M04, M05) -------------------------------------------------------

    @Override
    public CompletionStage<InstallCertificateResponse> onInstallCertificate(InstallCertificateRequest request,
                                                                           CallContext context) {
        return ctx.onState(() -> {
            var status = ctx.certificates.install(request.getCertificateType(), request.getCertificate(),
                    ctx.intConfig(CERTIFICATE_STORE_MAX_LENGTH),
                    Boolean.parseBoolean(ctx.config(ADDITIONAL_ROOT_CERTIFICATE_CHECK)), ctx.now());
            ctx.store.commit();
            log.info("{}: InstallCertificate {}: {}", ctx.identity, request.getCertificateType().value(), status.value());
            return new InstallCertificateResponse().withStatus(status);
        });
    }

    @Override
    public CompletionStage<DeleteCertificateResponse> onDeleteCertificate(DeleteCertificateRequest request,
                                                                         CallContext context) {
        return ctx.onState(() -> {
            var status = ctx.certificates.delete(request.getCertificateHashData(),
                    certificate -> validatesConnection(certificate) || keptAsLastRoot(certificate));
            ctx.store.commit();
            return new DeleteCertificateResponse().withStatus(status);
        });
    }

    @Override
    public CompletionStage<GetInstalledCertificateIdsResponse> onGetInstalledCertificateIds(
            GetInstalledCertificateIdsRequest request, CallContext context) {
        return ctx.onState(() -> {
            var hashes = ctx.certificates.hashData(request.getCertificateType(), HashAlgorithmEnum.SHA_256);
            return hashes.isEmpty()
                    ? new GetInstalledCertificateIdsResponse().withStatus(GetInstalledCertificateStatusEnum.NOT_FOUND)
                    : new GetInstalledCertificateIdsResponse().withStatus(GetInstalledCertificateStatusEnum.ACCEPTED)
                            .withCertificateHashData(hashes);
        });
    }

    /**
     * M04.FR.06: a CentralSystemRootCertificate may not be deleted while it validates the connection
     * to the CSMS: under profile 2 or 3, when it is the only installed root that validates the server
     * chain of the current TLS session (or, while offline, when it is the last root).
     */
    private boolean validatesConnection(X509Certificate certificate) {
        List<X509Certificate> roots = ctx.certificates.certificates(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE);
        if (profiles.active() < 2 || !roots.contains(certificate)) {
            return false;
        }
        Optional<List<X509Certificate>> serverChain = ctx.runtime.station().link().get()
                .flatMap(session -> session.connection().tlsSession())
                .flatMap(CertificateManagement::peerChain);
        if (serverChain.isEmpty()) {
            return roots.size() == 1;
        }
        List<X509Certificate> others = new ArrayList<>(roots);
        others.remove(certificate);
        return CertificateChecks.chainsTo(serverChain.get(), List.of(certificate), ctx.now())
                && !CertificateChecks.chainsTo(serverChain.get(), others, ctx.now());
    }

    /**
     * With {@code keepLastCentralSystemRoot} (a station answering "No" to the PICS question whether the
     * last CentralSystemRootCertificate can be removed), the last one is never deleted, whatever the
     * security profile.
     */
    private boolean keptAsLastRoot(X509Certificate certificate) {
        List<X509Certificate> roots = ctx.certificates.certificates(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE);
        return keepLastCentralSystemRoot && roots.size() == 1 && roots.contains(certificate);
    }

    static Optional<List<X509Certificate>> peerChain(javax.net.ssl.SSLSession session) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : session.getPeerCertificates()) {
                chain.add((X509Certificate) certificate);
            }
            return Optional.of(chain);
        } catch (javax.net.ssl.SSLPeerUnverifiedException | ClassCastException e) {
            return Optional.empty();
        }
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.Handlers;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.AuthDecision;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.transport.TlsConfig;
import io.ocpp4j.transport.pki.CertificateBuilder;
import io.ocpp4j.transport.pki.CertificateSigningRequest;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pem;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.CoreHandler;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.core.Action;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.AuthorizeResponse;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.IdTagInfo;
import io.ocpp4j.v16.model.MeterValuesRequest;
import io.ocpp4j.v16.model.MeterValuesResponse;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StartTransactionResponse;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.model.StopTransactionResponse;
import io.ocpp4j.v16.security.model.LogStatusNotificationRequest;
import io.ocpp4j.v16.security.model.LogStatusNotificationResponse;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.BootNotificationResponse;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.HeartbeatResponse;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StatusNotificationResponse;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateSignedRequest;
import io.ocpp4j.v16.security.model.GenericStatusEnum;
import io.ocpp4j.v16.security.model.SecurityEventNotificationRequest;
import io.ocpp4j.v16.security.model.SecurityEventNotificationResponse;
import io.ocpp4j.v16.security.model.SignCertificateResponse;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationRequest;
import io.ocpp4j.v16.security.model.SignedFirmwareStatusNotificationResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A CSMS for the tests, built with ocpp4j only: one Csms16 speaking 1.6 with the security extension
 * behind three servers on 127.0.0.1 (profile 1: ws + Basic auth; 2: wss + Basic auth; 3: wss + client
 * certificates), a CA generated for the test that signs the CSMS certificate and the station's CSRs, and
 * recorders of what the station sends.
 */
final class ScriptedCsms implements AutoCloseable {

    static final String IDENTITY = "CP-SEC-1";
    static final String PASSWORD = "0123456789abcdef0123";
    static final Duration WAIT = Duration.ofSeconds(30);

    final CertifiedKey root;
    /**
     * The CPO's next root, signed by the current one (as AdditionalRootCertificateCheck wants a new root to
     * be); the TLS servers' certificate is issued by it, so it validates with either root.
     */
    final CertifiedKey nextRoot;
    final CertifiedKey server;
    /** The Basic auth password the CSMS accepts for {@link #IDENTITY}. */
    volatile String password = PASSWORD;
    final List<SecurityEventNotificationRequest> events = new CopyOnWriteArrayList<>();
    final List<SignedFirmwareStatusNotificationRequest> firmwareStatuses = new CopyOnWriteArrayList<>();
    final List<X509Certificate> issued = new CopyOnWriteArrayList<>();
    final List<LogStatusNotificationRequest> logStatuses = new CopyOnWriteArrayList<>();
    /** Every StatusNotification, in order. */
    final List<StatusNotificationRequest> statuses = new CopyOnWriteArrayList<>();
    /** The actions the station sent, in order (1.6 and extension). */
    final List<String> actions = new CopyOnWriteArrayList<>();
    /** How far the CSMS's clock is ahead of the system clock (its time goes to the station). */
    volatile Duration clockOffset = Duration.ZERO;
    /** While false, every server refuses the station's handshake (the station is "offline"). */
    final AtomicBoolean open = new AtomicBoolean(true);
    /** While false, the profile 3 server refuses the station's handshake. */
    final AtomicBoolean profile3Open = new AtomicBoolean(true);
    final Csms16 csms;
    final OcppWebSocketServer basic;
    final OcppWebSocketServer tlsBasic;
    final OcppWebSocketServer tlsClient;

    /** With a PKI generated for this CSMS (EC P-256 server certificate). */
    ScriptedCsms(RpcRuntime runtime) {
        this(runtime, CsmsPki.generate(KeyAlgorithm.EC_P256));
    }

    /** With a given PKI, e.g. one shared by the cases of a suite. */
    ScriptedCsms(RpcRuntime runtime, CsmsPki pki) {
        this.root = pki.root();
        this.nextRoot = pki.nextRoot();
        this.server = pki.server();
        Handlers extension = Handlers.builder()
                .onAsync(SecurityActions16.SECURITY_EVENT_NOTIFICATION, this::onSecurityEvent)
                .onAsync(SecurityActions16.SIGN_CERTIFICATE, (request, context) -> {
                    X509Certificate certificate = Pki.sign(CertificateSigningRequest.fromPem(request.getCsr()), root,
                            CertificateBuilder.create().clientAuth().validFor(Duration.ofDays(365)));
                    issued.add(certificate);
                    // answer first, then send the chain (as a CSMS forwarding to its CA would)
                    CompletableFuture.runAsync(() -> chargePoint().session().call(SecurityActions16.CERTIFICATE_SIGNED,
                            new CertificateSignedRequest().withCertificateChain(Pem.write(List.of(certificate, root.certificate())))),
                            CompletableFuture.delayedExecutor(100, java.util.concurrent.TimeUnit.MILLISECONDS));
                    return CompletableFuture.completedFuture(new SignCertificateResponse().withStatus(GenericStatusEnum.ACCEPTED));
                })
                .on(SecurityActions16.LOG_STATUS_NOTIFICATION, (request, context) -> {
                    actions.add("LogStatusNotification");
                    logStatuses.add(request);
                    return new LogStatusNotificationResponse();
                })
                .on(SecurityActions16.SIGNED_FIRMWARE_STATUS_NOTIFICATION, (request, context) -> {
                    actions.add("SignedFirmwareStatusNotification");
                    firmwareStatuses.add(request);
                    return new SignedFirmwareStatusNotificationResponse();
                })
                .build();
        csms = Csms16.builder(runtime).version(Ocpp16Security.VERSION).core(new Core(this)).extraHandlers(extension).build();
        basic = OcppWebSocketServer.start(ServerConfig.builder().host("127.0.0.1").port(0).subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH).authenticator(basicAuth()).build(), csms::accept);
        tlsBasic = OcppWebSocketServer.start(ServerConfig.builder().host("127.0.0.1").port(0).subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_BASIC_AUTH).tls(TlsConfig.builder().keyMaterial(server).legacyRsaCipherSuites(true).build())
                .authenticator(basicAuth()).build(), csms::accept);
        tlsClient = OcppWebSocketServer.start(ServerConfig.builder().host("127.0.0.1").port(0).subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE)
                .tls(TlsConfig.builder().keyMaterial(server).trustAnchors(root.certificate()).legacyRsaCipherSuites(true).build())
                .authenticator(request -> open.get() && profile3Open.get()
                        ? Authenticators.clientCertificate(IDENTITY::equals).authenticate(request) : AuthDecision.REJECT)
                .build(), csms::accept);
    }

    private io.ocpp4j.transport.Authenticator basicAuth() {
        io.ocpp4j.transport.Authenticator check = Authenticators.basicAuth(
                identity -> identity.equals(IDENTITY) ? password.getBytes(StandardCharsets.UTF_8) : null);
        return request -> open.get() ? check.authenticate(request) : AuthDecision.REJECT;
    }

    URI url(int profile) {
        return switch (profile) {
            case 1 -> URI.create("ws://127.0.0.1:" + basic.port() + "/ocpp");
            case 2 -> URI.create("wss://127.0.0.1:" + tlsBasic.port() + "/ocpp");
            default -> URI.create("wss://127.0.0.1:" + tlsClient.port() + "/ocpp");
        };
    }

    ChargePoint chargePoint() {
        return csms.chargePoint(IDENTITY).orElseThrow(() -> new AssertionError(IDENTITY + " is not connected"));
    }

    boolean connected() {
        return csms.chargePoint(IDENTITY).map(ChargePoint::isConnected).orElse(false);
    }

    /** Calls the station with an action of the extension (or of 1.6) and waits for the answer. */
    <Q, R> R call(Action<Q, R> action, Q request) throws Exception {
        return chargePoint().session().call(action, request).toCompletableFuture().get(WAIT.toSeconds(),
                java.util.concurrent.TimeUnit.SECONDS);
    }

    /** @return the statuses the station reported for a connector, in order */
    List<ChargePointStatus> statuses(int connectorId) {
        return statuses.stream().filter(s -> s.getConnectorId() == connectorId).map(StatusNotificationRequest::getStatus).toList();
    }

    /** @return the security profile of the station's current connection as the CSMS sees it, or -1 */
    int connectedProfile() {
        return csms.chargePoint(IDENTITY).filter(ChargePoint::isConnected)
                .map(cp -> cp.session().connection().tlsSession().map(session -> {
                    try {
                        return session.getPeerCertificates().length > 0 ? 3 : 2;
                    } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                        return 2;
                    }
                }).orElse(1))
                .orElse(-1);
    }

    /** @return the certificate the station presented on its current connection */
    X509Certificate presentedCertificate() throws javax.net.ssl.SSLPeerUnverifiedException {
        return (X509Certificate) chargePoint().session().connection().tlsSession().orElseThrow().getPeerCertificates()[0];
    }

    private CompletionStage<SecurityEventNotificationResponse> onSecurityEvent(SecurityEventNotificationRequest request,
                                                                               CallContext context) {
        actions.add("SecurityEventNotification");
        events.add(request);
        return CompletableFuture.completedFuture(new SecurityEventNotificationResponse());
    }

    @Override
    public void close() {
        csms.closeAll();
        basic.stop();
        tlsBasic.stop();
        tlsClient.stop();
    }

    /** The Core profile: every id tag accepted, transactions numbered from 1, everything recorded. */
    private static final class Core implements CoreHandler {
        private final ScriptedCsms csms;
        private final java.util.concurrent.atomic.AtomicInteger transactionIds = new java.util.concurrent.atomic.AtomicInteger();

        Core(ScriptedCsms csms) {
            this.csms = csms;
        }

        @Override
        public CompletionStage<BootNotificationResponse> onBootNotification(BootNotificationRequest request, CallContext context) {
            csms.actions.add("BootNotification");
            return CompletableFuture.completedFuture(new BootNotificationResponse().withStatus(RegistrationStatus.ACCEPTED)
                    .withCurrentTime(OffsetDateTime.now(ZoneOffset.UTC).plus(csms.clockOffset)).withInterval(300));
        }

        @Override
        public CompletionStage<HeartbeatResponse> onHeartbeat(HeartbeatRequest request, CallContext context) {
            csms.actions.add("Heartbeat");
            return CompletableFuture.completedFuture(new HeartbeatResponse()
                    .withCurrentTime(OffsetDateTime.now(ZoneOffset.UTC).plus(csms.clockOffset)));
        }

        @Override
        public CompletionStage<StatusNotificationResponse> onStatusNotification(StatusNotificationRequest request,
                                                                               CallContext context) {
            csms.actions.add("StatusNotification");
            csms.statuses.add(request);
            return CompletableFuture.completedFuture(new StatusNotificationResponse());
        }

        @Override
        public CompletionStage<AuthorizeResponse> onAuthorize(AuthorizeRequest request, CallContext context) {
            csms.actions.add("Authorize");
            return CompletableFuture.completedFuture(new AuthorizeResponse().withIdTagInfo(accepted()));
        }

        @Override
        public CompletionStage<StartTransactionResponse> onStartTransaction(StartTransactionRequest request,
                                                                           CallContext context) {
            csms.actions.add("StartTransaction");
            return CompletableFuture.completedFuture(new StartTransactionResponse().withIdTagInfo(accepted())
                    .withTransactionId(transactionIds.incrementAndGet()));
        }

        @Override
        public CompletionStage<StopTransactionResponse> onStopTransaction(StopTransactionRequest request,
                                                                         CallContext context) {
            csms.actions.add("StopTransaction");
            return CompletableFuture.completedFuture(new StopTransactionResponse());
        }

        @Override
        public CompletionStage<MeterValuesResponse> onMeterValues(MeterValuesRequest request, CallContext context) {
            csms.actions.add("MeterValues");
            return CompletableFuture.completedFuture(new MeterValuesResponse());
        }

        private static IdTagInfo accepted() {
            return new IdTagInfo().withStatus(AuthorizationStatus.ACCEPTED);
        }
    }
}

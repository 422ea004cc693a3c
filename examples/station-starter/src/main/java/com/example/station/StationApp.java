package com.example.station;

import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.RpcSession;
import io.ocpp4j.core.SessionListener;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ReconnectingClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AuthorizeRequest;
import io.ocpp4j.v16.model.BootNotificationRequest;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.HeartbeatRequest;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStartTransactionResponse;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionResponse;
import io.ocpp4j.v16.model.StartTransactionRequest;
import io.ocpp4j.v16.model.StatusNotificationRequest;
import io.ocpp4j.v16.model.StopTransactionRequest;
import io.ocpp4j.v16.station.CentralSystem;
import io.ocpp4j.v16.station.CoreHandler;
import io.ocpp4j.v16.station.Station16;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A small OCPP 1.6 charge point with one connector: it connects (and reconnects) to its CSMS, boots,
 * sends heartbeats at the interval the CSMS asks for, and turns hardware events into transactions:
 * {@link #cardPresented} authorizes and starts charging, {@link #cableUnplugged} stops. The CSMS may
 * also start and stop remotely.
 *
 * <p>Start here: call {@link #cardPresented} from your RFID reader, {@link #cableUnplugged} from the
 * connector, and {@link #meterWh} from your meter. This starter keeps everything in memory; ocpp4j's
 * station runtime adds a durable transaction queue, configuration and authorization cache.
 */
public final class StationApp implements AutoCloseable {

    private static final int CONNECTOR = 1;

    private final RpcRuntime runtime = RpcRuntime.create();
    private final Station16 station;
    private final ReconnectingClient client;
    private volatile ScheduledFuture<?> heartbeats;
    private volatile Integer transactionId;
    private volatile int meterWh;
    private final CompletableFuture<Void> accepted = new CompletableFuture<>();

    /**
     * Creates the station; {@link #start()} connects it.
     *
     * @param csmsUrl the CSMS, e.g. {@code ws://csms.example.com:8180/ocpp}
     * @param identity this station's identity
     * @param password its Basic auth password (security profile 1)
     */
    public StationApp(URI csmsUrl, String identity, String password) {
        this.station = Station16.builder(runtime)
                .core(new RemoteControl())
                .listener(new SessionListener<RpcSession>() {
                    @Override
                    public void connected(RpcSession session) {
                        boot();
                    }
                })
                .build();
        this.client = new ReconnectingClient(ClientConfig.builder()
                .csmsUrl(csmsUrl).stationIdentity(identity).subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH).password(password)
                .build(), BackoffPolicy.ofSeconds(3, 10, 5), station::attach, change -> { });
    }

    /** Connects; boots on every (re)connection until accepted. */
    public void start() {
        client.start();
    }

    /** @return completes when the CSMS accepted the BootNotification */
    public CompletableFuture<Void> accepted() {
        return accepted;
    }

    /** @return the running transaction, or null */
    public Integer transactionId() {
        return transactionId;
    }

    /** @param wh the energy meter's register, as the hardware reads it */
    public void meterWh(int wh) {
        this.meterWh = wh;
    }

    /**
     * Hardware event: a driver holds an RFID card to the reader.
     *
     * @param idTag the card's id
     * @return completes with the transaction id, or null if the CSMS refused the card
     */
    public CompletionStage<Integer> cardPresented(String idTag) {
        CentralSystem cs = station.centralSystem();
        return cs.authorize(new AuthorizeRequest().withIdTag(idTag)).thenCompose(answer ->
                answer.getIdTagInfo().getStatus() == AuthorizationStatus.ACCEPTED
                        ? startTransaction(idTag) : CompletableFuture.completedFuture(null));
    }

    /**
     * Hardware event: the cable was unplugged; ends the running transaction.
     *
     * @return completes when the CSMS recorded the stop
     */
    public CompletionStage<Void> cableUnplugged() {
        return stopTransaction(Reason.EV_DISCONNECTED);
    }

    private void boot() {
        CentralSystem cs = station.centralSystem();
        cs.bootNotification(new BootNotificationRequest().withChargePointVendor("Example").withChargePointModel("Starter"))
                .thenAccept(answer -> {
                    if (answer.getStatus() == RegistrationStatus.ACCEPTED) {
                        scheduleHeartbeats(answer.getInterval());
                        status(ChargePointStatus.AVAILABLE).thenRun(() -> accepted.complete(null));
                    } else { // Pending or Rejected: try again after the interval
                        runtime.scheduler().schedule(this::boot, Math.max(10, answer.getInterval()), TimeUnit.SECONDS);
                    }
                });
    }

    private void scheduleHeartbeats(int seconds) {
        if (heartbeats != null) {
            heartbeats.cancel(false);
        }
        if (seconds > 0) {
            heartbeats = runtime.scheduler().scheduleAtFixedRate(
                    () -> station.centralSystem().heartbeat(new HeartbeatRequest()), seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private CompletionStage<Integer> startTransaction(String idTag) {
        CentralSystem cs = station.centralSystem();
        return status(ChargePointStatus.PREPARING)
                .thenCompose(v -> cs.startTransaction(new StartTransactionRequest().withConnectorId(CONNECTOR)
                        .withIdTag(idTag).withMeterStart(meterWh).withTimestamp(now())))
                .thenCompose(answer -> {
                    transactionId = answer.getTransactionId();
                    return status(ChargePointStatus.CHARGING).thenApply(v -> answer.getTransactionId());
                });
    }

    private CompletionStage<Void> stopTransaction(Reason reason) {
        Integer id = transactionId;
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        transactionId = null;
        return station.centralSystem().stopTransaction(new StopTransactionRequest().withTransactionId(id)
                        .withMeterStop(meterWh).withTimestamp(now()).withReason(reason))
                .thenCompose(answer -> status(ChargePointStatus.AVAILABLE));
    }

    private CompletionStage<Void> status(ChargePointStatus status) {
        return station.centralSystem().statusNotification(new StatusNotificationRequest().withConnectorId(CONNECTOR)
                .withErrorCode(ChargePointErrorCode.NO_ERROR).withStatus(status).withTimestamp(now())).thenApply(a -> null);
    }

    /** What the CSMS may ask of the station (Core profile); the rest is answered NotSupported. */
    private final class RemoteControl implements CoreHandler {
        @Override
        public CompletionStage<RemoteStartTransactionResponse> onRemoteStartTransaction(
                RemoteStartTransactionRequest request, CallContext context) {
            boolean free = transactionId == null;
            if (free) { // answer first, then start: the CSMS gets Accepted before StartTransaction
                runtime.scheduler().schedule(() -> startTransaction(request.getIdTag()), 10, TimeUnit.MILLISECONDS);
            }
            return CompletableFuture.completedFuture(new RemoteStartTransactionResponse()
                    .withStatus(free ? RemoteStartStopStatus.ACCEPTED : RemoteStartStopStatus.REJECTED));
        }

        @Override
        public CompletionStage<RemoteStopTransactionResponse> onRemoteStopTransaction(
                RemoteStopTransactionRequest request, CallContext context) {
            boolean running = request.getTransactionId().equals(transactionId);
            if (running) {
                runtime.scheduler().schedule(() -> stopTransaction(Reason.REMOTE), 10, TimeUnit.MILLISECONDS);
            }
            return CompletableFuture.completedFuture(new RemoteStopTransactionResponse()
                    .withStatus(running ? RemoteStartStopStatus.ACCEPTED : RemoteStartStopStatus.REJECTED));
        }
    }

    /** Disconnects and stops the timers. */
    @Override
    public void close() {
        client.stop();
        runtime.close();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Runs the station against {@code args[0]} (default {@code ws://localhost:8180/ocpp}) as CP-1.
     *
     * @param args optional CSMS URL
     * @throws InterruptedException never, in practice
     */
    public static void main(String[] args) throws InterruptedException {
        URI url = URI.create(args.length > 0 ? args[0] : "ws://localhost:8180/ocpp");
        StationApp app = new StationApp(url, "CP-1", "change-me-0123456789");
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        app.start();
        Thread.currentThread().join();
    }
}

package io.ocpp4j.cli;

import io.ocpp4j.core.CallErrorException;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.ObservedConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.BackoffPolicy;
import io.ocpp4j.transport.ClientConfig;
import io.ocpp4j.transport.ClientState;
import io.ocpp4j.transport.ReconnectingClient;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.ChargingProfile;
import io.ocpp4j.v16.model.ChargingProfileKind;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ChargingSchedule;
import io.ocpp4j.v16.model.ChargingSchedulePeriod;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.RemoteStartTransactionRequest;
import io.ocpp4j.v16.model.RemoteStopTransactionRequest;
import io.ocpp4j.v16.model.SetChargingProfileRequest;
import io.ocpp4j.v201.csms.ConnectedStation;
import io.ocpp4j.v201.model.ChargingProfileKindEnum;
import io.ocpp4j.v201.model.ChargingProfilePurposeEnum;
import io.ocpp4j.v201.model.ChargingProfileStatusEnum;
import io.ocpp4j.v201.model.ChargingRateUnitEnum;
import io.ocpp4j.v201.model.IdToken;
import io.ocpp4j.v201.model.IdTokenEnum;
import io.ocpp4j.v201.model.RequestStartStopStatusEnum;
import io.ocpp4j.v201.model.RequestStartTransactionRequest;
import io.ocpp4j.v201.model.RequestStopTransactionRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ocpp4j demo}: a CSMS on 127.0.0.1 and five simulated stations (one per shipped profile: four
 * OCPP 1.6, one 2.0.1, side by side on one port) over real WebSockets with Basic authentication, each
 * playing a charging session:
 * boot, status, heartbeat, a rejected tag, authorize, remote start, meter values, a smart-charging
 * limit, a dropped link and its reconnect, remote stop. Prints the transcript and a summary table.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        header = "A CSMS and five simulated stations (OCPP 1.6 and 2.0.1) playing charging sessions.",
        description = {
                "Starts a CSMS on 127.0.0.1 (a free port, OCPP 1.6 and 2.0.1) and simulated stations with the "
                        + "profiles of five certified products, and plays a charging session on each over WebSockets:",
                "boot, status, heartbeat, a rejected tag, authorize, remote start, meter values, a smart-charging "
                        + "limit (SetChargingProfile), a dropped link and its reconnect, remote stop.",
                "Prints every message (coloured on a terminal) and ends with a summary table: messages, errors, "
                        + "latencies (p50/p99) per action. Takes a few seconds."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./ocpp4j demo",
                "  ./ocpp4j demo --stations 2 --pace 0",
                "  ./ocpp4j demo --quiet          steps and summary only",
                "",
                "Exit status: 0 when every session went as planned, 1 otherwise."})
final class DemoCommand implements Callable<Integer> {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(10);
    private static final String GOOD_TAG_PREFIX = "04A1B2C";
    private static final String REJECTED_TAG = "DEADBEEF";

    @ParentCommand
    private Main main;

    @Option(names = "--stations", paramLabel = "N", defaultValue = "5",
            description = "How many stations, 1 to 5 (default: ${DEFAULT-VALUE}); each has another product's profile "
                    + "(four speak OCPP 1.6, one 2.0.1).")
    private int stations;

    @Option(names = "--pace", paramLabel = "MILLIS", defaultValue = "-1",
            description = "Pause between steps, so that a person can follow (default: 250 on a terminal, 0 otherwise).")
    private int pace;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colours: auto (on a terminal), always, never (default: ${DEFAULT-VALUE}).")
    private String color;

    @Option(names = {"-q", "--quiet"}, description = "Print the steps and the summary, not every message.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        List<StationProfile> profiles = StationProfile.names().stream().map(StationProfile::load).toList();
        if (stations < 1 || stations > profiles.size()) {
            main.err.println("ocpp4j demo: --stations must be 1 to " + profiles.size());
            return Main.USAGE;
        }
        Ansi ansi = switch (color) {
            case "always" -> Ansi.ON;
            case "never" -> Ansi.OFF;
            default -> Ansi.auto();
        };
        int pause = pace >= 0 ? pace : (ansi.enabled() ? 250 : 0);
        return new Run(ansi, profiles.subList(0, stations), pause).play();
    }

    /** One run of the demo. */
    private final class Run {
        final Ansi ansi;
        final List<StationProfile> profiles;
        final int pause;
        final Transcript transcript;
        final CallStats stats = new CallStats();
        final List<String> failures = new ArrayList<>();
        int rejectedTags;
        int reconnects;
        int transactions;
        int expectedErrors;

        Run(Ansi ansi, List<StationProfile> profiles, int pause) {
            this.ansi = ansi;
            this.profiles = profiles;
            this.pause = pause;
            this.transcript = new Transcript(main.out, ansi);
            transcript.showFrames(!quiet);
        }

        int play() throws Exception {
            long start = System.nanoTime();
            Map<String, SimulatedStation> sims = new LinkedHashMap<>();
            Map<String, ReconnectingClient> clients = new LinkedHashMap<>();
            Map<String, byte[]> passwords = new LinkedHashMap<>();
            for (int i = 0; i < profiles.size(); i++) {
                passwords.put(identity(i), ("demo-password-" + i + "-0123456789").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            CsmsServer.Options options = new CsmsServer.Options();
            options.host = "127.0.0.1";
            options.port = 0;
            options.securityProfile = 1;
            options.versions = List.of("2.0.1", "1.6"); // both on one port, chosen by subprotocol
            options.passwords = passwords;
            Map<String, AuthorizationStatus> tags = new LinkedHashMap<>();
            for (int i = 0; i < profiles.size(); i++) {
                tags.put(tag(i), AuthorizationStatus.ACCEPTED);
            }
            tags.put(REJECTED_TAG, AuthorizationStatus.BLOCKED);
            options.tags = tags;
            options.unknownTags = AuthorizationStatus.INVALID;
            options.listener = stats.listener("csms");
            try (RpcRuntime runtime = RpcRuntime.builder().name("demo").build();
                 CsmsServer csms = CsmsServer.start(options, runtime)) {
                URI url = csms.url();
                transcript.line(ansi.bold("ocpp4j demo") + ": a CSMS on " + ansi.bold(url.toString()) + " (OCPP 1.6 and 2.0.1)"
                        + " and " + profiles.size() + " simulated stations (security profile 1: Basic auth)");
                for (int i = 0; i < profiles.size(); i++) {
                    StationProfile profile = profiles.get(i);
                    transcript.line("  " + String.format("%-12s", identity(i)) + " " + profile.vendor() + " "
                            + profile.model() + ansi.dim("  (OCPP " + profile.ocpp() + ", profile " + profile.name() + ", "
                            + profile.connectors()
                            + (profile.dc() ? " DC" : " AC") + " connector" + (profile.connectors() == 1 ? "" : "s")
                            + ", limits in " + String.join("/", profile.chargingRateUnits()) + ")"));
                }
                transcript.line("");
                try {
                    transcript.step(null, "every station connects and boots");
                    for (int i = 0; i < profiles.size(); i++) {
                        String id = identity(i);
                        // 1.6: the station runtime samples every second, so "meter values" steps are quick
                        SimulatedStation sim = SimulatedStation.create(profiles.get(i), id, runtime,
                                stats.listener("station"), 0, false, null, 1);
                        sim.securityProfile(1);
                        sims.put(id, sim);
                        ClientConfig config = ClientConfig.builder().csmsUrl(url).stationIdentity(id)
                                .subprotocols(sim.subprotocol()).securityProfile(SecurityProfile.BASIC_AUTH)
                                .password(passwords.get(id)).build();
                        ReconnectingClient client = new ReconnectingClient(config,
                                new BackoffPolicy(Duration.ofMillis(300), Duration.ofMillis(200), 2),
                                connection -> sim.attach(new ObservedConnection(connection,
                                        transcript.tap(id, true, connection.subprotocol()))),
                                change -> {
                                    if (change.to() == ClientState.WAITING_TO_RECONNECT) {
                                        transcript.note(id, "link lost; reconnecting in "
                                                + change.delay().toMillis() + " ms");
                                    } else if (change.to() == ClientState.CONNECTED && change.from() != ClientState.IDLE) {
                                        transcript.note(id, "connected");
                                    }
                                });
                        clients.put(id, client);
                        client.start();
                    }
                    for (SimulatedStation sim : sims.values()) {
                        await(sim.booted(), sim.identity() + " boot");
                    }
                    for (int i = 0; i < profiles.size(); i++) {
                        String id = identity(i);
                        try {
                            session(csms, sims.get(id), i);
                        } catch (Exception e) {
                            failures.add(id + ": " + describe(e));
                            transcript.line(ansi.red("  " + id + ": " + describe(e)));
                        }
                    }
                } catch (Exception e) {
                    failures.add(describe(e));
                    transcript.line(ansi.red("  " + describe(e)));
                } finally {
                    clients.values().forEach(ReconnectingClient::stop);
                    sims.values().forEach(SimulatedStation::close);
                }
                transcript.line("");
                summary(csms, sims.size(), System.nanoTime() - start);
            }
            return failures.isEmpty() && stats.errors() == expectedErrors ? 0 : Main.PROBLEMS;
        }

        private void session(CsmsServer csms, SimulatedStation sim, int index) throws Exception {
            String id = sim.identity();
            String tag = tag(index);
            boolean v16 = sim.profile().ocpp().equals("1.6");
            transcript.line("");
            step(id, "heartbeat");
            await(sim.heartbeat(), "Heartbeat");

            step(id, "a driver presents an unknown card (" + REJECTED_TAG + "): the CSMS refuses it");
            if (await(sim.presentTag(REJECTED_TAG), "Authorize")) {
                throw new IllegalStateException("tag " + REJECTED_TAG + " was accepted");
            }
            rejectedTags++;

            step(id, "a driver presents card " + tag + ": authorized");
            expect(await(sim.presentTag(tag), "Authorize"), "tag " + tag + " accepted");

            CompletableFuture<String> started = sim.nextStart(1);
            if (v16) {
                step(id, "the CSMS starts a transaction on connector 1 (RemoteStartTransaction)");
                ChargePoint cp = await(csms.chargePoint(id, true), id + " registered at the CSMS");
                expect(await(cp.remoteStartTransaction(new RemoteStartTransactionRequest().withConnectorId(1).withIdTag(tag)),
                        "RemoteStartTransaction").getStatus() == RemoteStartStopStatus.ACCEPTED, "remote start accepted");
            } else {
                step(id, "the CSMS starts a transaction on EVSE 1 (RequestStartTransaction)");
                ConnectedStation cs = await(csms.station201(id, true), id + " registered at the CSMS");
                expect(await(cs.requestStartTransaction(new RequestStartTransactionRequest().withEvseId(1)
                                .withRemoteStartId(index + 1).withIdToken(new IdToken().withIdToken(tag).withType(IdTokenEnum.ISO_14443))),
                        "RequestStartTransaction").getStatus() == RequestStartStopStatusEnum.ACCEPTED, "remote start accepted");
            }
            String transactionId = await(started, "the transaction start");
            transactions++;

            step(id, "charging at " + kilowatts(sim.powerW(1)) + ": meter values");
            await(sim.sendMeterValues(1), "MeterValues");
            await(sim.sendMeterValues(1), "MeterValues");

            StationProfile profile = sim.profile();
            boolean amperes = profile.chargingRateUnits().contains("A");
            BigDecimal limit = amperes ? BigDecimal.valueOf(Math.max(6, profile.maxCurrentA() / 4))
                    : BigDecimal.valueOf(Math.max(1_000, profile.maxPowerW() / 4));
            String unit = amperes ? "A" : "W";
            if (!profile.supports("SmartCharging")) {
                step(id, "the CSMS tries a " + limit + " " + unit + " limit; " + profile.model()
                        + " is not certified for Smart Charging: NotSupported");
                ConnectedStation cs = await(csms.station201(id, true), id + " registered at the CSMS");
                expectNotSupported(cs.setChargingProfile(limit201(transactionId, limit, amperes)));
            } else if (v16) {
                step(id, "the CSMS limits the transaction to " + limit + " " + unit + " (SetChargingProfile)");
                ChargePoint cp = await(csms.chargePoint(id, true), id + " registered at the CSMS");
                ChargingProfile txProfile = new ChargingProfile().withChargingProfileId(100 + index)
                        .withTransactionId(Integer.parseInt(transactionId))
                        .withStackLevel(Math.min(1, profile.chargingProfileMaxStackLevel()))
                        .withChargingProfilePurpose(ChargingProfilePurpose.TX_PROFILE)
                        .withChargingProfileKind(ChargingProfileKind.RELATIVE)
                        .withChargingSchedule(new ChargingSchedule().withChargingRateUnit(amperes ? ChargingRateUnit.A : ChargingRateUnit.W)
                                .withChargingSchedulePeriod(List.of(new ChargingSchedulePeriod().withStartPeriod(0).withLimit(limit))));
                expect(await(cp.setChargingProfile(new SetChargingProfileRequest().withConnectorId(1).withCsChargingProfiles(txProfile)),
                        "SetChargingProfile").getStatus() == ChargingProfileStatus.ACCEPTED, "charging profile accepted");
                step(id, "now at " + kilowatts(sim.powerW(1)));
            } else {
                step(id, "the CSMS limits the transaction to " + limit + " " + unit + " (SetChargingProfile)");
                ConnectedStation cs = await(csms.station201(id, true), id + " registered at the CSMS");
                expect(await(cs.setChargingProfile(limit201(transactionId, limit, amperes)), "SetChargingProfile").getStatus()
                        == ChargingProfileStatusEnum.ACCEPTED, "charging profile accepted");
                step(id, "now at " + kilowatts(sim.powerW(1)));
            }
            await(sim.sendMeterValues(1), "MeterValues");

            step(id, "the link drops; the station reconnects and reports its " + (v16 ? "connectors" : "EVSEs"));
            Object view = await(csms.connection(id, true), id + " registered at the CSMS");
            CompletableFuture<Object> back = csms.connection(id, false);
            CompletableFuture<Void> relinked = sim.nextConnect();
            if (view instanceof ChargePoint cp) {
                cp.disconnect();
            } else {
                ((ConnectedStation) view).disconnect();
            }
            Object again = await(back, id + " reconnect");
            await(relinked, id + " reconnect");
            reconnects++;
            await(sim.sendMeterValues(1), "MeterValues");

            CompletableFuture<String> stopped = sim.nextStop(1);
            if (again instanceof ChargePoint cp) {
                step(id, "the CSMS stops the transaction (RemoteStopTransaction)");
                expect(await(cp.remoteStopTransaction(new RemoteStopTransactionRequest()
                        .withTransactionId(Integer.parseInt(transactionId))), "RemoteStopTransaction").getStatus()
                        == RemoteStartStopStatus.ACCEPTED, "remote stop accepted");
            } else {
                step(id, "the CSMS stops the transaction (RequestStopTransaction)");
                expect(await(((ConnectedStation) again).requestStopTransaction(new RequestStopTransactionRequest()
                        .withTransactionId(transactionId)), "RequestStopTransaction").getStatus()
                        == RequestStartStopStatusEnum.ACCEPTED, "remote stop accepted");
            }
            await(stopped, "the transaction end");
            if (v16) {
                int number = Integer.parseInt(transactionId);
                csms.backend16().transactions().stream().filter(t -> t.id() == number && t.meterStop() != null)
                        .findFirst().ifPresent(t -> step(id, "transaction " + t.id() + " ended: "
                                + energy(t.meterStop() - t.meterStart()) + " delivered"));
            } else {
                step(id, "transaction " + transactionId + " ended");
            }
        }

        private void expectNotSupported(CompletionStage<?> call) throws Exception {
            try {
                call.toCompletableFuture().get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CallErrorException error && error.code() == ErrorCode.NOT_SUPPORTED) {
                    expectedErrors++;
                    return;
                }
                throw new IllegalStateException("SetChargingProfile: " + describe(e.getCause()));
            }
            throw new IllegalStateException("SetChargingProfile was accepted by a station without Smart Charging");
        }

        private void summary(CsmsServer csms, int stationCount, long nanos) {
            transcript.line(ansi.bold("Summary"));
            transcript.line(String.format("  %d stations, %d transactions, %d rejected tag%s, %d reconnect%s, %d messages, "
                            + "%d CALLERROR%s (%d expected), %.1f s", stationCount, transactions, rejectedTags,
                    rejectedTags == 1 ? "" : "s", reconnects, reconnects == 1 ? "" : "s", transcript.frames(),
                    transcript.callErrors(), transcript.callErrors() == 1 ? "" : "s", expectedErrors, nanos / 1e9));
            transcript.line("");
            for (String row : stats.table(ansi).split("\n")) {
                transcript.line("  " + row);
            }
            if (!failures.isEmpty()) {
                transcript.line("");
                transcript.line(ansi.red("Not as planned:"));
                failures.forEach(f -> transcript.line(ansi.red("  " + f)));
            }
        }

        private void step(String station, String text) {
            if (pause > 0) {
                try {
                    Thread.sleep(pause); // pacing for a human reader; --pace 0 turns it off
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            transcript.step(station, text);
        }
    }

    private static io.ocpp4j.v201.model.SetChargingProfileRequest limit201(String transactionId, BigDecimal limit,
                                                                         boolean amperes) {
        return new io.ocpp4j.v201.model.SetChargingProfileRequest().withEvseId(1).withChargingProfile(
                new io.ocpp4j.v201.model.ChargingProfile().withId(200).withStackLevel(0)
                        .withChargingProfilePurpose(ChargingProfilePurposeEnum.TX_PROFILE)
                        .withChargingProfileKind(ChargingProfileKindEnum.RELATIVE).withTransactionId(transactionId)
                        .withChargingSchedule(List.of(new io.ocpp4j.v201.model.ChargingSchedule().withId(1)
                                .withChargingRateUnit(amperes ? ChargingRateUnitEnum.A : ChargingRateUnitEnum.W)
                                .withChargingSchedulePeriod(List.of(new io.ocpp4j.v201.model.ChargingSchedulePeriod()
                                        .withStartPeriod(0).withLimit(limit))))));
    }

    private static String identity(int index) {
        return "CP-" + (index + 1);
    }

    private static String tag(int index) {
        return GOOD_TAG_PREFIX + (index + 1);
    }

    private static String energy(long wh) {
        return wh < 1_000 ? wh + " Wh" : String.format("%.1f kWh", wh / 1000.0);
    }

    private static String kilowatts(int watts) {
        return String.format("%.1f kW", watts / 1000.0);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("expected " + what);
        }
    }

    static <T> T await(CompletionStage<T> stage, String what) throws Exception {
        try {
            return stage.toCompletableFuture().get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + ": no answer within " + STEP_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            String why = describe(e.getCause());
            throw new IllegalStateException(why.startsWith(what) ? why : what + ": " + why, e.getCause());
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

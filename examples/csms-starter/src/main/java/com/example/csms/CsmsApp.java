package com.example.csms;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.Authenticators;
import io.ocpp4j.transport.OcppWebSocketServer;
import io.ocpp4j.transport.SecurityProfile;
import io.ocpp4j.transport.ServerConfig;
import io.ocpp4j.v16.csms.Csms16;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * A small OCPP 1.6 CSMS: stations connect to {@code ws://HOST:PORT/ocpp/<identity>} with Basic auth
 * (security profile 1), {@link ChargingBackend} accepts them, authorizes tags and records transactions.
 *
 * <p>Start here: replace the in-memory maps with your database, add TLS (security profile 2, see
 * ocpp4j's docs/security-profiles.md), and call stations through {@link #csms()}.
 */
public final class CsmsApp implements AutoCloseable {

    private final RpcRuntime runtime = RpcRuntime.create();
    private final ChargingBackend backend;
    private final Csms16 csms;
    private final OcppWebSocketServer server;

    /**
     * Starts listening.
     *
     * @param port the port, 0 for any free one
     * @param passwords the Basic auth password of each station
     * @param knownTags the RFID tags that may charge
     */
    public CsmsApp(int port, Map<String, String> passwords, Set<String> knownTags) {
        this.backend = new ChargingBackend(knownTags);
        this.csms = Csms16.builder(runtime).core(backend).build();
        this.server = OcppWebSocketServer.start(ServerConfig.builder()
                .host("0.0.0.0").port(port).pathPrefix("/ocpp")
                .subprotocols("ocpp1.6")
                .securityProfile(SecurityProfile.BASIC_AUTH)
                .authenticator(Authenticators.basicAuth(identity -> passwords.containsKey(identity)
                        ? passwords.get(identity).getBytes(StandardCharsets.UTF_8) : null))
                .build(), csms::accept);
    }

    /** @return the port stations connect to */
    public int port() {
        return server.port();
    }

    /** @return the typed view of the connected stations, to call them (reset, remote start, ...) */
    public Csms16 csms() {
        return csms;
    }

    /** @return what the stations reported */
    public ChargingBackend backend() {
        return backend;
    }

    /** Disconnects every station and stops. */
    @Override
    public void close() {
        server.stop();
        runtime.close();
    }

    /**
     * Runs the CSMS on port 8180 (or the first argument) until the process is stopped.
     *
     * @param args optional port
     * @throws InterruptedException never, in practice
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8180;
        CsmsApp app = new CsmsApp(port, Map.of("CP-1", "change-me-0123456789"), Set.of("04A1B2C3"));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println("listening on ws://0.0.0.0:" + app.port() + "/ocpp");
        Thread.currentThread().join();
    }
}

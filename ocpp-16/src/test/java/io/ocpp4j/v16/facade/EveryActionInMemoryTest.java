package io.ocpp4j.v16.facade;

import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.station.Station16;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;

/** Every 1.6 action through the facades over an in-memory link. */
class EveryActionInMemoryTest extends EveryActionContract {

    private final ExecutorService io = Executors.newFixedThreadPool(2);

    @Override
    protected void link(Csms16 csms, Station16 station) {
        InMemoryConnection.Pair pair = InMemoryConnection.pair(Ocpp16.VERSION.subprotocol(), identity(), io, io, 1000);
        csms.accept(pair.csms());
        station.attach(pair.station());
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }
}

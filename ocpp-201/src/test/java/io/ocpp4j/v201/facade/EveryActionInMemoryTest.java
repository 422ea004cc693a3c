package io.ocpp4j.v201.facade;

import io.ocpp4j.core.InMemoryConnection;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.conformance.OurSchemas;
import io.ocpp4j.core.testing.EveryActionSuite;
import io.ocpp4j.v201.Ocpp201;
import io.ocpp4j.v201.csms.Csms201;
import io.ocpp4j.v201.station.Station201;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every OCPP 2.0.1 action, each direction, through the typed facades, by functional block (in memory). */
class EveryActionInMemoryTest {

    private final RpcRuntime runtime = RpcRuntime.builder().name("every-action-201").build();
    private final ExecutorService io = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        io.shutdownNow();
        runtime.close();
    }

    @TestFactory
    Stream<DynamicNode> everyActionByFunctionalBlock() {
        EveryActionSuite suite = new EveryActionSuite(Ocpp201.VERSION, new OurSchemas("schemas/v201"), "CS-201");
        Csms201 csms = suite.answerEverything(Csms201.builder(runtime)).build();
        Station201 station = suite.answerEverything(Station201.builder(runtime)).build();
        InMemoryConnection.Pair pair = InMemoryConnection.pair(Ocpp201.VERSION.subprotocol(), "CS-201", io, io, 1000);
        csms.accept(pair.csms());
        station.attach(pair.station());
        return suite.tests(csms.station("CS-201").orElseThrow(), station.csms());
    }
}

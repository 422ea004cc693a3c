package io.ocpp4j.v16.facade;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.conformance.OurSchemas;
import io.ocpp4j.core.testing.EveryActionSuite;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.station.Station16;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every OCPP 1.6 action, in the direction(s) it may travel, through the typed facades and the
 * feature-profile handlers, grouped by feature profile. Subclasses say how a station and the CSMS are
 * linked (in memory, over WebSockets).
 */
abstract class EveryActionContract {

    protected final RpcRuntime runtime = RpcRuntime.builder().name("every-action").build();

    /** Links the two facades; returns once the CSMS knows the station. */
    protected abstract void link(Csms16 csms, Station16 station) throws Exception;

    /** The identity the station connects with. */
    protected String identity() {
        return "CP-EVERY-1";
    }

    @AfterEach
    void stopRuntime() {
        runtime.close();
    }

    @TestFactory
    Stream<DynamicNode> everyActionByFeatureProfile() throws Exception {
        EveryActionSuite suite = new EveryActionSuite(Ocpp16.VERSION, new OurSchemas("schemas/v16"), identity());
        Csms16 csms = suite.answerEverything(Csms16.builder(runtime)).build();
        Station16 station = suite.answerEverything(Station16.builder(runtime)).build();
        link(csms, station);
        return suite.tests(csms.chargePoint(identity()).orElseThrow(), station.centralSystem());
    }
}

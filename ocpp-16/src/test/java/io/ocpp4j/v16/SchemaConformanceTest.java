package io.ocpp4j.v16;

import io.ocpp4j.core.conformance.Verdicts;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our 1.6 schemas say what the official OCA schemas say: every message of the corpus gets the same
 * verdict from our schema (through ocpp-core's validator) as from the official one (through networknt
 * directly), and the verdict its case intends, except the deliberate deviations of
 * {@code conformance/DEVIATIONS.md}. Skipped when the official schemas are not there.
 */
class SchemaConformanceTest {

    /** The deviations of DEVIATIONS.md, by corpus key, with the verdicts each schema gives. */
    private static final Map<String, Verdicts> DEVIATIONS = Map.of(
            "StopTransactionRequest /transactionData/0/sampledValue/0/unit = Hertz", new Verdicts(false, true),
            "StopTransactionRequest /transactionData/0/sampledValue empty", new Verdicts(true, false));

    @TestFactory
    Stream<DynamicTest> oursAndOfficialAgree() {
        return Conformance16.SUITE.agreementWithOfficial(DEVIATIONS);
    }
}

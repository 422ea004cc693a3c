package io.ocpp4j.v201;

import io.ocpp4j.core.conformance.Verdicts;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our 2.0.1 schemas say what the official ones of {@code ../shared/ocpp-schemas/v201} say: every
 * message of the corpus (generated from both, plus {@code conformance/*.json}, customData with vendor
 * properties at every level included) gets the same verdict from our schema (through ocpp-core's
 * validator) as from the official one (through networknt directly), and the verdict its case intends.
 * There is no deliberate deviation (see {@code conformance/DEVIATIONS.md}). Skipped when the official
 * schemas are not there.
 */
class SchemaConformanceTest {

    /** None: our 2.0.1 schemas and the reference folder agree on every message. */
    private static final Map<String, Verdicts> DEVIATIONS = Map.of();

    @TestFactory
    Stream<DynamicTest> oursAndOfficialAgree() {
        return Conformance201.SUITE.agreementWithOfficial(DEVIATIONS);
    }
}

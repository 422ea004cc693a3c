package io.ocpp4j.v16;

import io.ocpp4j.core.conformance.Corpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid message of the corpus (generated from our schemas, plus the hand-written ones) binds to
 * its generated model class with {@code Ocpp16.VERSION.mapper()} and encodes back to equivalent JSON:
 * nothing added (no defaults, no empty arrays), nothing lost, numbers and offsets kept.
 */
class ModelRoundTripTest {

    @TestFactory
    Stream<DynamicTest> validMessagesRoundTrip() {
        return Conformance16.SUITE.validMessagesRoundTrip(Ocpp16.VERSION.mapper(), Corpus.models(Actions16.ALL));
    }

    @Test
    void everyEnumValueOccursInAValidMessage() {
        Conformance16.SUITE.assertEveryEnumValueOccursInAValidMessage();
    }
}

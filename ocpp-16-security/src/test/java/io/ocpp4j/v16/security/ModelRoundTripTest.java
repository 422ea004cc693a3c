package io.ocpp4j.v16.security;

import io.ocpp4j.core.conformance.Corpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid message of the corpus (generated from our schemas, plus the hand-written ones) binds to
 * its generated model class with the 1.6 mapper and encodes back to equivalent JSON: nothing added,
 * nothing lost, numbers and offsets kept.
 */
class ModelRoundTripTest {

    @TestFactory
    Stream<DynamicTest> validMessagesRoundTrip() {
        return ConformanceSecurity.SUITE.validMessagesRoundTrip(Ocpp16Security.VERSION.mapper(),
                Corpus.models(SecurityActions16.ALL));
    }

    @Test
    void everyEnumValueOccursInAValidMessage() {
        ConformanceSecurity.SUITE.assertEveryEnumValueOccursInAValidMessage();
    }
}

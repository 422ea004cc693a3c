package io.ocpp4j.v201;

import io.ocpp4j.core.conformance.Corpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid message of the corpus (generated from our schemas, plus the hand-written ones) binds to
 * its generated model class with {@code Ocpp201.VERSION.mapper()} and encodes back to equivalent JSON:
 * nothing added (no defaults, no empty arrays), nothing lost (customData vendor properties and
 * DataTransfer data of any JSON type included), numbers and offsets kept.
 */
class ModelRoundTripTest {

    @TestFactory
    Stream<DynamicTest> validMessagesRoundTrip() {
        return Conformance201.SUITE.validMessagesRoundTrip(Ocpp201.VERSION.mapper(), Corpus.models(Actions201.ALL));
    }

    @Test
    void everyEnumValueOccursInAValidMessage() {
        Conformance201.SUITE.assertEveryEnumValueOccursInAValidMessage();
    }
}

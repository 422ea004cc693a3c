package io.ocpp4j.v201;

import io.ocpp4j.core.conformance.ConformanceSuite;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.conformance.MessageFileNaming;
import io.ocpp4j.core.conformance.OfficialSchemas;
import io.ocpp4j.core.conformance.OurSchemas;

/** The conformance suite of the 2.0.1 messages: our {@code schemas/v201} against the official {@code v201}. */
final class Conformance201 {

    /** Our schemas of the 64 actions. */
    static final OurSchemas OURS = new OurSchemas("schemas/v201");

    /** Corpus and tests, with the hand-written cases of {@code conformance/}. */
    static final ConformanceSuite SUITE = new ConformanceSuite(Corpus.messages(Actions201.ALL), OURS,
            OfficialSchemas.in("v201", MessageFileNaming.REQUEST_RESPONSE), "conformance");

    private Conformance201() {
    }
}

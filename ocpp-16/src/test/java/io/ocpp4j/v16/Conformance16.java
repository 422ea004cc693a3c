package io.ocpp4j.v16;

import io.ocpp4j.core.conformance.ConformanceSuite;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.conformance.MessageFileNaming;
import io.ocpp4j.core.conformance.OfficialSchemas;
import io.ocpp4j.core.conformance.OurSchemas;

/** The conformance suite of the 1.6 messages: our {@code schemas/v16} against the official {@code v16}. */
final class Conformance16 {

    /** Our schemas of the 28 actions. */
    static final OurSchemas OURS = new OurSchemas("schemas/v16");

    /** Corpus and tests, with the hand-written cases of {@code conformance/}. */
    static final ConformanceSuite SUITE = new ConformanceSuite(Corpus.messages(Actions16.ALL), OURS,
            OfficialSchemas.in("v16", MessageFileNaming.OCA_16), "conformance");

    private Conformance16() {
    }
}

package io.ocpp4j.v16.security;

import io.ocpp4j.core.conformance.ConformanceSuite;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.conformance.MessageFileNaming;
import io.ocpp4j.core.conformance.OfficialSchemas;
import io.ocpp4j.core.conformance.OurSchemas;

/**
 * The conformance suite of the security extension's messages: our {@code schemas/v16security} against
 * the official {@code v16security}.
 */
final class ConformanceSecurity {

    /** Our schemas of the 11 actions. */
    static final OurSchemas OURS = new OurSchemas("schemas/v16security");

    /** Corpus and tests, with the hand-written cases of {@code conformance/}. */
    static final ConformanceSuite SUITE = new ConformanceSuite(Corpus.messages(SecurityActions16.ALL), OURS,
            OfficialSchemas.in("v16security", MessageFileNaming.OCA_16), "conformance");

    private ConformanceSecurity() {
    }
}

/**
 * The schema conformance harness every version module's tests share (published in ocpp-core's
 * test-jar): a corpus of valid and invalid messages generated from a schema ({@link
 * io.ocpp4j.core.conformance.CorpusGenerator}) plus hand-written cases ({@link
 * io.ocpp4j.core.conformance.Corpus}), our schemas judged as the RPC layer judges payloads ({@link
 * io.ocpp4j.core.conformance.OurSchemas}), the official OCA schemas of {@code ../shared/ocpp-schemas}
 * judged independently and skipped when absent ({@link io.ocpp4j.core.conformance.OfficialSchemas}),
 * JSON equivalence for round trips ({@link io.ocpp4j.core.conformance.JsonEquivalence}), and the
 * dynamic tests built from them ({@link io.ocpp4j.core.conformance.ConformanceSuite}).
 */
package io.ocpp4j.core.conformance;

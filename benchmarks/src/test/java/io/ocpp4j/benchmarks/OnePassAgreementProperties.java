package io.ocpp4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.conformance.OurSchemas;
import io.ocpp4j.core.validation.CompiledSchemaValidators;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.OnePassAgreement;
import io.ocpp4j.core.validation.PayloadMutations;
import io.ocpp4j.core.validation.SchemaValidators;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v201.Actions201;
import io.ocpp4j.v201.Ocpp201;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The one-pass path of incoming CALLs against the general path, on the real generated models of
 * OCPP 1.6, 1.6 security and 2.0.1 (every request and response class, as if it were received): on
 * every corpus message, and on random mutations of them, under every leniency, whenever the one-pass
 * path binds a payload the general path accepts it unchanged and binds an equal value
 * ({@link OnePassAgreement}). Every valid corpus message takes the one-pass path.
 */
class OnePassAgreementProperties {

    private static final List<Leniency> LENIENCIES = List.of(Leniency.STRICT, new Leniency(true, false),
            new Leniency(false, true), new Leniency(true, true));
    private static final List<Version> VERSIONS = List.of(
            version(Ocpp16.VERSION, Actions16.ALL, "schemas/v16"),
            version(Ocpp16Security.VERSION, SecurityActions16.ALL, "schemas/v16security"),
            version(Ocpp201.VERSION, Actions201.ALL, "schemas/v201"));

    /** One version: its mapper, validators, and its corpus by message, bound to the message's class. */
    private record Version(ObjectMapper mapper, SchemaValidators validators, List<Case> cases) {
    }

    /** A corpus message and the action that makes its class the "request" to bind. */
    private record Case(Action<?, ?> action, Corpus.Entry entry) {
    }

    /** One trial. */
    record Trial(Version version, Case example, boolean mutated, long seed, Leniency leniency) {
        @Override
        public String toString() {
            return example.entry().name() + (mutated ? " mutated by seed " + seed : "") + " " + leniency;
        }
    }

    @Property(tries = 4000)
    void onePassAgreesWithTheGeneralPath(@ForAll("trials") Trial trial) {
        ObjectNode payload = trial.mutated()
                ? PayloadMutations.mutate(trial.example().entry().instance(), new Random(trial.seed()))
                : trial.example().entry().instance();
        boolean bound = OnePassAgreement.check(trial.version().mapper(), trial.version().validators(),
                trial.example().action(), payload, trial.leniency());
        Statistics.collect(bound ? "one pass" : "general path");
        if (!trial.mutated() && trial.example().entry().valid()) {
            assertThat(bound).as("a valid corpus message takes the one-pass path: %s", trial).isTrue();
        }
    }

    @Example
    void everyValidCorpusMessageOfEveryVersionTakesTheOnePassPath() {
        int checked = 0;
        for (Version version : VERSIONS) {
            for (Case example : version.cases()) {
                if (example.entry().valid()) {
                    assertThat(OnePassAgreement.check(version.mapper(), version.validators(), example.action(),
                            example.entry().instance(), Leniency.STRICT)).as(example.entry().name()).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Provide
    Arbitrary<Trial> trials() {
        return Arbitraries.longs().withoutEdgeCases().map(seed -> {
            Random random = new Random(seed);
            Version version = VERSIONS.get(random.nextInt(VERSIONS.size()));
            Case example = version.cases().get(random.nextInt(version.cases().size()));
            return new Trial(version, example, random.nextBoolean(), random.nextLong(),
                    LENIENCIES.get(random.nextInt(LENIENCIES.size())));
        });
    }

    private static Version version(ProtocolVersion protocol, List<Action<?, ?>> actions, String directory) {
        Map<String, Class<?>> models = Corpus.models(actions);
        List<Case> cases = new ArrayList<>();
        Corpus corpus = new Corpus(Corpus.messages(actions), new OurSchemas(directory), "none");
        for (Corpus.Entry entry : corpus.ours()) {
            String message = entry.message();
            boolean request = message.endsWith("Request");
            String name = message.substring(0, message.length() - (request ? "Request" : "Response").length());
            Action<?, ?> action = protocol.catalog().find(name).orElseThrow();
            cases.add(new Case(request ? action : asRequest(action), entry));
            assertThat(models.get(message)).isNotNull();
        }
        return new Version(protocol.mapper(), new CompiledSchemaValidators().precompile(protocol.catalog()), cases);
    }

    /** The action with request and response swapped: to bind a response as the one-pass path binds a request. */
    private static <Q, R> Action<R, Q> asRequest(Action<Q, R> action) {
        return new Action<>(action.name(), action.responseType(), action.requestType(), action.responseSchema(),
                action.requestSchema(), action.direction(), action.feature());
    }
}

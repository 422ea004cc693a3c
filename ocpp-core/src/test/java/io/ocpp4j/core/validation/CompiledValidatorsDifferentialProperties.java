package io.ocpp4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.conformance.OurSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The compiled validators and the networknt reference give the same answer — the same violation
 * (code, JSON pointer, message), chosen the same way among several, and the same normalisation of
 * the payload — on random mutations of corpus messages: properties removed, unknown properties added
 * (names with {@code ~} and {@code /} too), values replaced by values of every JSON type, strings
 * lengthened (with surrogate pairs), arrays emptied or overfilled, date-times malformed or without
 * offset, numbers out of range, integral decimals, under every leniency. One to four mutations per
 * message, so that ranking and ordering between violations are exercised.
 *
 * <p>The messages come from the corpus ({@link Corpus}: generated from the schemas, plus the
 * hand-written cases) of the test schemas and of the OCPP 1.6, 1.6 security and 2.0.1 schemas of the
 * version modules, read from their source folders next to this module.
 */
class CompiledValidatorsDifferentialProperties {

    private static final List<Leniency> LENIENCIES = List.of(Leniency.STRICT, new Leniency(true, false),
            new Leniency(false, true), new Leniency(true, true));
    /** The corpora of every schema set present, by set. */
    private static final List<SchemaSet> SETS = sets();

    /** One schema set: where its schemas are, its corpus, both validator implementations. */
    private record SchemaSet(String directory, List<Corpus.Entry> entries, ClassLoader loader,
                             SchemaValidators reference, SchemaValidators compiled) {
        String resource(String message) {
            return directory + "/" + message + ".json";
        }

        /**
         * The reference's verdict. networknt loads "classpath:" schemas with the thread's context class
         * loader, whatever loader {@link NetworkntSchemaValidators} was given: set it for the call.
         */
        Optional<Violation> referenceVerdict(String resource, ObjectNode payload, Leniency leniency) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return reference.forSchema(resource).validate(payload, leniency);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** One trial: a corpus message, the seed of its mutations, a leniency. */
    record Trial(SchemaSet set, Corpus.Entry entry, long seed, Leniency leniency) {
        @Override
        public String toString() {
            return entry.name() + " seed " + seed + " " + leniency;
        }
    }

    @Property(tries = 4000)
    void compiledAgreesWithNetworknt(@ForAll("trials") Trial trial) {
        ObjectNode payload = PayloadMutations.mutate(trial.entry().instance(), new Random(trial.seed()));
        String resource = trial.set().resource(trial.entry().message());
        ObjectNode forReference = payload.deepCopy();
        ObjectNode forCompiled = payload.deepCopy();
        Optional<Violation> expected = trial.set().referenceVerdict(resource, forReference, trial.leniency());
        Optional<Violation> actual = trial.set().compiled().forSchema(resource).validate(forCompiled, trial.leniency());
        assertThat(actual).as("%s: %s", resource, payload).isEqualTo(expected);
        assertThat(forCompiled).as("normalised %s", payload).isEqualTo(forReference);
        Statistics.label("verdict").collect(expected.map(v -> v.code().name()).orElse(
                forReference.equals(payload) ? "valid" : "valid after normalising"));
        Statistics.label("verdict").coverage(coverage -> {
            for (String verdict : List.of("valid", "FORMAT_VIOLATION", "OCCURRENCE_CONSTRAINT_VIOLATION",
                    "TYPE_CONSTRAINT_VIOLATION", "PROPERTY_CONSTRAINT_VIOLATION")) {
                coverage.check(verdict).percentage(p -> p >= 3);
            }
            coverage.check("valid after normalising").count(c -> c >= 1);
        });
    }

    @Property(tries = 300)
    void validCorpusMessagesPassBothWithoutChange(@ForAll("trials") Trial trial) {
        if (!trial.entry().valid()) {
            return;
        }
        ObjectNode payload = trial.entry().instance().deepCopy();
        String resource = trial.set().resource(trial.entry().message());
        assertThat(trial.set().compiled().forSchema(resource).validate(payload, trial.leniency())).isEmpty();
        assertThat(payload).isEqualTo(trial.entry().instance());
    }

    /** A trial drawn from a seed: set, corpus message, leniency and mutations (shrinking a seed means nothing, the seed is reported). */
    @Provide
    Arbitrary<Trial> trials() {
        return Arbitraries.longs().withoutEdgeCases().map(seed -> {
            Random random = new Random(seed);
            SchemaSet set = SETS.get(random.nextInt(SETS.size()));
            Corpus.Entry entry = set.entries().get(random.nextInt(set.entries().size()));
            return new Trial(set, entry, random.nextLong(), LENIENCIES.get(random.nextInt(LENIENCIES.size())));
        });
    }

    // ---- the schema sets ------------------------------------------------------------------------

    private static List<SchemaSet> sets() {
        List<SchemaSet> sets = new ArrayList<>();
        Path module = Path.of("").toAbsolutePath();
        sets.add(set("schemas/test", module.resolve("src/test/resources"),
                CompiledValidatorsDifferentialProperties.class.getClassLoader()));
        for (String[] version : new String[][] {{"ocpp-16", "schemas/v16"}, {"ocpp-16-security", "schemas/v16security"},
                {"ocpp-201", "schemas/v201"}}) {
            Path main = module.resolveSibling(version[0]).resolve("src/main/resources");
            Path test = module.resolveSibling(version[0]).resolve("src/test/resources");
            if (Files.isDirectory(main.resolve(version[1]))) {
                sets.add(set(version[1], main, loader(main, test)));
            }
        }
        return List.copyOf(sets);
    }

    private static SchemaSet set(String directory, Path resources, ClassLoader loader) {
        List<String> messages;
        try (Stream<Path> files = Files.list(resources.resolve(directory))) {
            messages = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Request.json") || n.endsWith("Response.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OurSchemas ours = new OurSchemas(directory, loader);
        List<Corpus.Entry> entries = new Corpus(messages, ours, "conformance").ours();
        return new SchemaSet(directory, entries, loader, new NetworkntSchemaValidators(loader),
                new CompiledSchemaValidators(loader));
    }

    /** The schemas of a version module and its hand-written corpus ({@code conformance/}). */
    private static ClassLoader loader(Path main, Path test) {
        try {
            return new URLClassLoader(new URL[] {main.toUri().toURL(), test.toUri().toURL()},
                    CompiledValidatorsDifferentialProperties.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.ocpp4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.PayloadCodec;
import io.ocpp4j.core.conformance.Corpus;
import io.ocpp4j.core.conformance.OurSchemas;
import io.ocpp4j.core.testing.RawPeer;
import io.ocpp4j.core.testing.TestCatalog;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The one-pass path of incoming CALLs agrees with the general path ({@link OnePassAgreement}) on the
 * corpus of the test catalog (records bound through their constructors) and on random mutations of it,
 * under every leniency; and it takes the frames it should, and only those.
 */
class OnePassProperties {

    private static final ObjectMapper MAPPER = TestCatalog.V16_STYLE.mapper();
    private static final SchemaValidators COMPILED = new CompiledSchemaValidators().precompile(TestCatalog.CATALOG);
    private static final List<Corpus.Entry> CORPUS = new Corpus(Corpus.messages(TestCatalog.CATALOG.actions()),
            new OurSchemas("schemas/test"), "none").ours().stream()
            .filter(entry -> entry.message().endsWith("Request")).toList();
    private static final List<Leniency> LENIENCIES = List.of(Leniency.STRICT, new Leniency(true, false),
            new Leniency(false, true), new Leniency(true, true));

    /** One trial. */
    record Trial(Corpus.Entry entry, boolean mutated, long seed, Leniency leniency) {
    }

    @Property(tries = 3000)
    void onePassAgreesWithTheGeneralPath(@ForAll("trials") Trial trial) {
        Action<?, ?> action = TestCatalog.CATALOG.find(trial.entry().message().replace("Request", "")).orElseThrow();
        ObjectNode payload = trial.mutated() ? PayloadMutations.mutate(trial.entry().instance(), new Random(trial.seed()))
                : trial.entry().instance();
        boolean bound = OnePassAgreement.check(MAPPER, COMPILED, action, payload, trial.leniency());
        Statistics.collect(bound ? "one pass" : "general path");
        Statistics.coverage(coverage -> {
            coverage.check("one pass").percentage(p -> p >= 10);
            coverage.check("general path").percentage(p -> p >= 10);
        });
    }

    @Property(tries = 200)
    void everyValidCorpusMessageIsBoundInOnePass(@ForAll("trials") Trial trial) {
        if (!trial.entry().valid()) {
            return;
        }
        Action<?, ?> action = TestCatalog.CATALOG.find(trial.entry().message().replace("Request", "")).orElseThrow();
        assertThat(OnePassAgreement.check(MAPPER, COMPILED, action, trial.entry().instance(), trial.leniency()))
                .as("%s", trial.entry()).isTrue();
    }

    @Provide
    Arbitrary<Trial> trials() {
        return Arbitraries.longs().withoutEdgeCases().map(seed -> {
            Random random = new Random(seed);
            return new Trial(CORPUS.get(random.nextInt(CORPUS.size())), random.nextBoolean(), random.nextLong(),
                    LENIENCIES.get(random.nextInt(LENIENCIES.size())));
        });
    }

    @Example
    void onlyWellFormedCallsWithValidPayloadsAreBound() {
        PayloadCodec payloads = new PayloadCodec(MAPPER);
        String boot = "{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}";
        assertThat(read(payloads, "[2,\"1\",\"BootNotification\"," + boot + "]", Leniency.STRICT))
                .isEqualTo(new PayloadCodec.BoundCall("1", "BootNotification", new TestCatalog.BootNotificationRequest("V", "M")));
        for (String frame : List.of(
                "[2,\"1\",\"BootNotification\"," + boot + "] ",                        // trailing space is fine
                "[2,\"1\",\"BootNotification\"," + boot + "]x",                        // trailing text
                "[2,\"1\",\"BootNotification\"," + boot + ",1]",                       // five elements
                "[2.0,\"1\",\"BootNotification\"," + boot + "]",                       // type id not an int
                "[3,\"1\"," + boot + "]",                                              // an answer
                "[2,1,\"BootNotification\"," + boot + "]",                             // id not a string
                "[2,\"1234567890123456789012345678901234567\",\"BootNotification\"," + boot + "]", // id too long
                "[2,\"1\",\"Unknown\"," + boot + "]",                                  // no target
                "[2,\"1\",\"BootNotification\",{\"chargePointVendor\":\"V\"}]",       // required missing
                "[2,\"1\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"x\":1}]", // unknown
                "[2,\"1\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\","
                        + "\"bootTime\":\"2024-01-01T12:00:00\"}]",                     // to normalise
                "[2,\"1\",\"BootNotification\",[]]",
                "[2,\"1\",\"BootNotification\",{")) {
            PayloadCodec.BoundCall call = read(payloads, frame, Leniency.STRICT);
            if (frame.endsWith("] ")) {
                assertThat(call).as(frame).isNotNull();
            } else {
                assertThat(call).as(frame).isNull();
            }
        }
        // what a lenient receiver forgives without normalising is bound in one pass
        assertThat(read(payloads, "[2,\"1\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"x\":{\"y\":[1]}}]",
                new Leniency(true, false))).isNotNull();
        // a validator that cannot stream: always the general path
        assertThat(payloads.readCall("[2,\"1\",\"BootNotification\"," + boot + "]", name -> new PayloadCodec.Target<>(
                new NetworkntSchemaValidators().request(TestCatalog.BOOT_NOTIFICATION), TestCatalog.BootNotificationRequest.class,
                Leniency.STRICT))).isNull();
        assertThat(RawPeer.parse(boot)).isNotNull();
    }

    private static PayloadCodec.BoundCall read(PayloadCodec payloads, String frame, Leniency leniency) {
        return payloads.readCall(frame, name -> TestCatalog.CATALOG.find(name)
                .map(a -> new PayloadCodec.Target<>(COMPILED.request(a), a.requestType(), leniency)).orElse(null));
    }
}

package io.ocpp4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark method runs, for every message, once and briefly, in this JVM: so that the
 * benchmarks keep compiling and working in the normal build. It measures nothing worth reading; the
 * figures come from {@code benchmarks/run-codec.sh}.
 */
class CodecBenchmarkSmokeTest {

    @Test
    void everyCodecBenchmarkRunsForEveryMessage() throws RunnerException {
        assertEveryMethodRuns(CodecBenchmark.class, CodecMessages.values().length);
    }

    @Test
    void everyStageBenchmarkRuns() throws RunnerException {
        assertEveryMethodRuns(InboundStagesBenchmark.class, 3);
    }

    private static void assertEveryMethodRuns(Class<?> benchmark, int params) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .forks(0)
                .timeUnit(TimeUnit.NANOSECONDS)
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Set<String> ran = new TreeSet<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark() + " " + result.getParams().getParam("message");
            assertThat(result.getPrimaryResult().getScore()).as(label).isPositive();
            ran.add(label);
        }
        List<String> methods = Arrays.stream(benchmark.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class)).map(Method::getName).toList();
        assertThat(methods).isNotEmpty();
        assertThat(ran).hasSize(methods.size() * params);
        for (String method : methods) {
            assertThat(ran).as(method).anyMatch(label -> label.startsWith(benchmark.getName() + "." + method + " "));
        }
    }
}

package io.ocpp4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.frame.Call;
import io.ocpp4j.core.frame.DecodeResult;
import io.ocpp4j.core.frame.FrameCodec;
import io.ocpp4j.core.validation.CompiledSchemaValidators;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.NetworkntSchemaValidators;
import io.ocpp4j.core.validation.PayloadValidator;
import io.ocpp4j.v16.Ocpp16;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of {@link CodecBenchmark#ocpp4jInbound} goes, stage by stage, on the same frames:
 * decoding the frame (envelope tokens, payload tree), validating the tree (compiled validators or the
 * networknt reference), and binding the tree to the model (two ways). Not a contender list: a
 * profile, to decide what to optimise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InboundStagesBenchmark {

    /** Which message; see {@link CodecMessages}. */
    @Param({"BootNotification", "StartTransaction", "MeterValues10"})
    public String message;

    private String frame;
    private ObjectMapper mapper;
    private FrameCodec frames;
    private ObjectNode payload;
    private Class<?> type;
    private ObjectReader reader;
    private PayloadValidator compiled;
    private PayloadValidator reference;

    /** Prepares the frame, its decoded payload and both validators. */
    @Setup
    public void setUp() {
        CodecMessages m = CodecMessages.valueOf(message);
        frame = m.frame();
        mapper = Ocpp16.VERSION.mapper();
        frames = new FrameCodec(mapper);
        payload = ((Call) ((DecodeResult.Valid) frames.decode(frame)).frame()).payload();
        Action<?, ?> action = m.descriptor();
        type = action.requestType();
        reader = mapper.readerFor(type);
        compiled = new CompiledSchemaValidators().request(action);
        reference = new NetworkntSchemaValidators().request(action);
    }

    /** @return the decoded frame (its payload as a tree) */
    @Benchmark
    public Object decode() {
        return frames.decode(frame);
    }

    /** @return the compiled validators' verdict on the tree */
    @Benchmark
    public Object validateCompiled() {
        return compiled.validate(payload, Leniency.STRICT);
    }

    /** @return networknt's verdict on the tree */
    @Benchmark
    public Object validateNetworknt() {
        return reference.validate(payload, Leniency.STRICT);
    }

    /**
     * @return the tree bound with {@code ObjectMapper.treeToValue}
     * @throws IOException never
     */
    @Benchmark
    public Object bindTreeToValue() throws IOException {
        return mapper.treeToValue(payload, type);
    }

    /**
     * @return the tree bound by a prepared {@code ObjectReader} reading the tree's tokens
     * @throws IOException never
     */
    @Benchmark
    public Object bindReaderOnTree() throws IOException {
        return reader.readValue(mapper.treeAsTokens(payload));
    }
}

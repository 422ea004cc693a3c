package io.ocpp4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Message;
import eu.chargetime.ocpp.model.Request;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.ActionCatalog;
import io.ocpp4j.core.PayloadCodec;
import io.ocpp4j.core.Role;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.frame.Call;
import io.ocpp4j.core.frame.CallResult;
import io.ocpp4j.core.frame.DecodeResult;
import io.ocpp4j.core.frame.FrameCodec;
import io.ocpp4j.core.validation.NetworkntSchemaValidators;
import io.ocpp4j.core.validation.PayloadValidator;
import io.ocpp4j.core.validation.SchemaValidators;
import io.ocpp4j.core.validation.ValidationConfig;
import io.ocpp4j.v16.Ocpp16;
import java.io.IOException;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The codec, side by side with the incumbent and with the bounds of what is possible, on the same
 * OCPP 1.6 frames ({@link CodecMessages}) in one JVM.
 *
 * <ul>
 *   <li>{@link #ocpp4jInbound}: text frame → validated, typed request, exactly as {@code RpcSession}
 *       does it with the runtime's default (compiled) validators: {@link PayloadCodec#readCall}, which
 *       reads the envelope, validates the payload while Jackson binds it, and checks the end of the
 *       frame in one pass; for a frame it declines (none of these), the general path
 *       {@link FrameCodec#decode}, catalog look-up, {@link PayloadCodec#decode}.</li>
 *   <li>{@link #ocpp4jOutbound}: typed response → text frame, as {@code RpcSession} answers: the
 *       response written as a payload, validated strictly (outgoing validation is on by default),
 *       then the CALLRESULT encoded.</li>
 *   <li>{@link #chargetimeInbound} / {@link #chargetimeOutbound}: Java-OCA-OCPP 1.6 (OCPP-J 1.0.2)
 *       through its own JSON path, as its {@code Session} does: {@code JSONCommunicator.parse} (Gson
 *       tree of the frame, payload written back to a string), {@code unpackPayload} (Gson binding to
 *       its {@code *Request} class) and {@code validate()}; on the way out {@code packPayload} and
 *       {@code makeCallResult}.</li>
 *   <li>{@link #jacksonBindOnly}: plain Jackson, no validation, on the same frame: the envelope read
 *       token by token, the payload bound to our model from the same parser. The same work as
 *       {@link #ocpp4jInbound} but the validation. {@link #jacksonBindPayload} binds the payload
 *       substring alone (no frame).</li>
 *   <li>{@link #naiveTreeValidate}: the payload parsed to a Jackson tree and validated by networknt,
 *       no binding: the naive way to validate.</li>
 *   <li>{@link #rawTokens}: one pass of Jackson's tokenizer over the whole frame: the floor.</li>
 *   <li>Two more, to show where the time went: {@link #ocpp4jInboundTree}, the general path
 *       (payload tree, compiled validators, binding from the tree) for every frame; and
 *       {@link #ocpp4jInboundNetworknt}, the same with the networknt reference validators: ocpp4j's
 *       path before this benchmark (less its date-time and tree-binding speed-ups, which it shares).</li>
 * </ul>
 *
 * <p>Run: {@code benchmarks/run-codec.sh}, or {@code java -jar benchmarks/target/benchmarks.jar CodecBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CodecBenchmark {

    /** Which message; see {@link CodecMessages}. */
    @Param({"Heartbeat", "BootNotification", "StatusNotification", "StartTransaction", "MeterValues1", "MeterValues10"})
    public String message;

    private String frame;
    private String payload;
    private ObjectMapper mapper;
    private JsonFactory factory;
    private FrameCodec frames;
    private PayloadCodec payloads;
    private ActionCatalog catalog;
    private RpcRuntime runtime;
    private SchemaValidators validators;
    private SchemaValidators reference;
    private ValidationConfig validation;
    private Action<?, ?> action;
    private Object response;
    private ObjectReader requestReader;
    private PayloadValidator naiveValidator;

    private ChargeTimeJson chargetime;
    private Map<String, Class<? extends Request>> chargetimeTypes;
    private Confirmation confirmation;

    /** Builds every contender once, as an application would at start-up. */
    @Setup
    public void setUp() {
        CodecMessages m = CodecMessages.valueOf(message);
        frame = m.frame();
        payload = m.payload();
        mapper = Ocpp16.VERSION.mapper();
        factory = mapper.getFactory();
        frames = new FrameCodec(mapper);
        payloads = new PayloadCodec(mapper);
        catalog = Ocpp16.VERSION.catalog();
        runtime = RpcRuntime.create(); // only for its default validators; its idle threads cost nothing
        validators = runtime.validators().precompile(catalog);
        reference = new NetworkntSchemaValidators().precompile(catalog);
        validation = ValidationConfig.STRICT;
        action = m.descriptor();
        response = m.response();
        requestReader = mapper.readerFor(action.requestType());
        naiveValidator = reference.request(action);

        chargetime = new ChargeTimeJson();
        chargetimeTypes = Map.of(m.action(), m.chargetimeRequestType());
        confirmation = m.confirmation();
    }

    /** Stops the runtime's threads. */
    @TearDown
    public void tearDown() {
        runtime.close();
    }

    /** @return the validated, typed request of the frame */
    @Benchmark
    public Object ocpp4jInbound() {
        return inbound(validators, true);
    }

    /** @return the same as {@link #ocpp4jInbound}, always by the general path (tree, then compiled validators) */
    @Benchmark
    public Object ocpp4jInboundTree() {
        return inbound(validators, false);
    }

    /**
     * @return the same as {@link #ocpp4jInbound} with networknt validators: the one-pass path needs
     *         compiled validators, so this is the general path with networknt, ocpp4j's path before this issue
     */
    @Benchmark
    public Object ocpp4jInboundNetworknt() {
        return inbound(reference, true);
    }

    /**
     * What {@code RpcSession} does with a received text, up to the handler: the one-pass path for a
     * well-formed CALL of a known action with a valid payload; otherwise the general path.
     */
    Object inbound(SchemaValidators schemas, boolean onePass) {
        if (onePass) {
            PayloadCodec.BoundCall bound = payloads.readCall(frame, name -> target(schemas, name));
            if (bound != null) {
                return bound.request();
            }
        }
        DecodeResult decoded = frames.decode(frame);
        Call call = (Call) ((DecodeResult.Valid) decoded).frame();
        Action<?, ?> found = catalog.find(call.action()).orElseThrow();
        PayloadCodec.Decoded<?> request = payloads.decode(schemas.request(found), call.payload(),
                validation.leniency(found.name()), found.requestType());
        return ((PayloadCodec.Decoded.Bound<?>) request).value();
    }

    /** @return the frame read by the one-pass path, {@code null} if it declines (for the tests) */
    PayloadCodec.BoundCall readOnePass() {
        return payloads.readCall(frame, name -> target(validators, name));
    }

    /** The one-pass target of an action received by a CSMS (in {@code RpcSession}: also requires a handler). */
    private PayloadCodec.Target<?> target(SchemaValidators schemas, String name) {
        Action<?, ?> known = catalog.find(name).orElse(null);
        if (known == null || !known.direction().allowsSender(Role.STATION)) {
            return null;
        }
        return new PayloadCodec.Target<>(schemas.request(known), known.requestType(), validation.leniency(name));
    }

    /** @return the CALLRESULT frame answering the call, its payload validated */
    @Benchmark
    public String ocpp4jOutbound() {
        PayloadCodec.Encoded encoded = payloads.encode(response,
                validation.validateOutgoing() ? validators.response(action) : null);
        if (!encoded.ok()) {
            throw new IllegalStateException("invalid response " + encoded);
        }
        return frames.encode(new CallResult(CodecMessages.MESSAGE_ID, encoded.payload()));
    }

    /**
     * @return ChargeTime's validated request of the frame
     * @throws Exception as ChargeTime's {@code unpackPayload} declares
     */
    @Benchmark
    public Request chargetimeInbound() throws Exception {
        Message call = chargetime.read(frame);
        Class<? extends Request> type = chargetimeTypes.get(call.getAction());
        Request request = chargetime.unpackPayload(call.getPayload(), type);
        if (!request.validate()) {
            throw new IllegalStateException("ChargeTime refuses " + message);
        }
        return request;
    }

    /** @return ChargeTime's CALLRESULT frame answering the call */
    @Benchmark
    public String chargetimeOutbound() {
        return chargetime.callResult(CodecMessages.MESSAGE_ID, action.name(), chargetime.packPayload(confirmation));
    }

    /**
     * Plain Jackson on the same text, without validation: the frame's envelope read token by token
     * (type, message id, action) as any OCPP-J reader must, then the payload bound to our model by a
     * prepared {@code ObjectReader} from the same parser. Everything {@link #ocpp4jInbound} does but
     * validate, so that the ratio of the two is the cost of validation.
     *
     * @return the payload bound to our model, not validated
     * @throws IOException never: the frame is valid JSON
     */
    @Benchmark
    public Object jacksonBindOnly() throws IOException {
        try (JsonParser parser = factory.createParser(frame)) {
            if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.VALUE_NUMBER_INT
                    || parser.getIntValue() != 2 || parser.nextToken() != JsonToken.VALUE_STRING) {
                throw new IllegalStateException("not a CALL");
            }
            String messageId = parser.getText();
            if (parser.nextToken() != JsonToken.VALUE_STRING || messageId.isEmpty()) {
                throw new IllegalStateException("not a CALL");
            }
            String name = parser.getText();
            if (parser.nextToken() != JsonToken.START_OBJECT || !name.equals(action.name())) {
                throw new IllegalStateException("not a CALL of " + action.name());
            }
            Object request = requestReader.readValue(parser);
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw new IllegalStateException("not a CALL");
            }
            return request;
        }
    }

    /**
     * The payload alone (the substring of the frame) bound by plain Jackson, not validated: binding
     * with nothing else, no frame to read.
     *
     * @return the payload bound to our model
     * @throws IOException never: the payload is valid JSON
     */
    @Benchmark
    public Object jacksonBindPayload() throws IOException {
        return requestReader.readValue(payload);
    }

    /**
     * @return the payload's violation (empty: the payload is valid)
     * @throws IOException never: the payload is valid JSON
     */
    @Benchmark
    public Object naiveTreeValidate() throws IOException {
        ObjectNode tree = (ObjectNode) mapper.readTree(payload);
        return naiveValidator.validate(tree, validation.leniency(action.name()));
    }

    /**
     * @return the number of tokens of the frame
     * @throws IOException never: the frame is valid JSON
     */
    @Benchmark
    public int rawTokens() throws IOException {
        int tokens = 0;
        try (JsonParser parser = factory.createParser(frame)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens += token.id();
            }
        }
        return tokens;
    }
}

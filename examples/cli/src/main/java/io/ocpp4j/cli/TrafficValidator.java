package io.ocpp4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.ErrorCode;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.frame.Call;
import io.ocpp4j.core.frame.CallError;
import io.ocpp4j.core.frame.CallResult;
import io.ocpp4j.core.frame.DecodeResult;
import io.ocpp4j.core.frame.FrameCodec;
import io.ocpp4j.core.frame.RpcFrame;
import io.ocpp4j.core.validation.Leniency;
import io.ocpp4j.core.validation.PayloadValidator;
import io.ocpp4j.core.validation.SchemaValidators;
import io.ocpp4j.core.validation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks OCPP-J traffic, one frame per line, as an ocpp4j peer would judge it on receipt: the frame
 * with {@link FrameCodec}, a CALL's payload against its action's request schema, a CALLRESULT's
 * against the response schema of the CALL with the same message id earlier in the input, then binding
 * to the model class (a value the schema allows but the model cannot hold is a
 * {@code PropertyConstraintViolation}, as in {@code RpcSession}). Writes one JSON line per frame:
 * <pre>{"line":3,"messageId":"19","action":"Authorize","valid":false,"errorCode":"OccurenceConstraintViolation","path":"/idTag","message":"..."}</pre>
 * The error code is the CALLERROR ocpp4j would answer with, in the version's spelling. A CALLRESULT or
 * CALLERROR whose message id matches no earlier CALL cannot be judged and is reported invalid with
 * {@code RpcFrameworkError} (1.6: {@code FormationViolation}). Blank lines are skipped.
 *
 * <p>Compiled schemas are shared through one {@link SchemaValidators}; a line costs one parse and one
 * validation. Not thread-safe (it remembers the calls it has seen); use one per input.
 */
final class TrafficValidator {

    /** CALLs remembered for their answers; the oldest are forgotten beyond this. */
    private static final int MAX_PENDING = 100_000;

    private final ProtocolVersion version;
    private final SchemaValidators validators;
    private final FrameCodec codec;
    private final ObjectMapper mapper;
    private final Map<String, Action<?, ?>> pending = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Action<?, ?>> eldest) {
            return size() > MAX_PENDING;
        }
    };

    /** What a run found. */
    record Summary(long lines, long frames, long invalid) {
    }

    /** One frame's verdict. */
    record Verdict(String messageId, String action, Violation violation) {
        boolean valid() {
            return violation == null;
        }
    }

    TrafficValidator(ProtocolVersion version, SchemaValidators validators) {
        this.version = version;
        this.validators = validators;
        this.mapper = version.mapper();
        this.codec = new FrameCodec(mapper);
    }

    /**
     * Checks every line of the input and writes one JSON line per frame.
     *
     * @param in the traffic, one frame per line
     * @param out where the verdicts go (not closed; flushed at the end)
     * @return counts
     * @throws IOException if the input cannot be read (e.g. it is not UTF-8) or the output written
     */
    Summary run(BufferedReader in, Writer out) throws IOException {
        long lines = 0;
        long frames = 0;
        long invalid = 0;
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.setRootValueSeparator(null); // the lines end with '\n' and nothing else
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            if (lines == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            frames++;
            Verdict verdict = check(line);
            if (!verdict.valid()) {
                invalid++;
            }
            write(g, lines, verdict);
        }
        g.flush();
        out.flush();
        return new Summary(lines, frames, invalid);
    }

    /**
     * Judges one frame (and remembers it if it is a CALL).
     *
     * @param text the frame
     * @return the verdict
     */
    Verdict check(String text) {
        DecodeResult decoded = codec.decode(text.strip());
        if (decoded instanceof DecodeResult.Malformed malformed) {
            Action<?, ?> action = malformed.messageId() == null || malformed.answerable() ? null
                    : pending.remove(malformed.messageId());
            return new Verdict(malformed.messageId(), action == null ? null : action.name(),
                    new Violation(malformed.problem().errorCode(), "", malformed.detail()));
        }
        RpcFrame frame = ((DecodeResult.Valid) decoded).frame();
        if (frame instanceof Call call) {
            Optional<Action<?, ?>> action = version.catalog().find(call.action());
            if (action.isEmpty()) {
                return new Verdict(call.messageId(), call.action(),
                        new Violation(ErrorCode.NOT_IMPLEMENTED, "", "unknown action " + call.action()));
            }
            pending.put(call.messageId(), action.get());
            return new Verdict(call.messageId(), call.action(),
                    payload(validators.request(action.get()), call.payload(), action.get().requestType()));
        }
        Action<?, ?> action = pending.remove(frame.messageId());
        if (action == null) {
            return new Verdict(frame.messageId(), null, new Violation(ErrorCode.RPC_FRAMEWORK_ERROR, "",
                    "no CALL with message id " + frame.messageId() + " earlier in the input"));
        }
        if (frame instanceof CallError error) {
            Violation violation = ErrorCode.fromWire(error.errorCode()).isPresent() ? null
                    : new Violation(ErrorCode.GENERIC_ERROR, "", "unknown error code " + error.errorCode());
            return new Verdict(frame.messageId(), action.name(), violation);
        }
        return new Verdict(frame.messageId(), action.name(),
                payload(validators.response(action), ((CallResult) frame).payload(), action.responseType()));
    }

    private Violation payload(PayloadValidator validator, ObjectNode payload, Class<?> type) {
        Optional<Violation> violation = validator.validate(payload, Leniency.STRICT);
        if (violation.isPresent()) {
            return violation.get();
        }
        try {
            mapper.treeToValue(payload, type);
            return null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String pointer = "";
            if (e instanceof JsonMappingException mapping) {
                StringBuilder path = new StringBuilder();
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    path.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
                }
                pointer = path.toString();
            }
            return new Violation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, pointer,
                    (pointer.isEmpty() ? "payload" : pointer) + ": value cannot be represented");
        }
    }

    private void write(JsonGenerator g, long line, Verdict verdict) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", line);
        g.writeStringField("messageId", verdict.messageId());
        g.writeStringField("action", verdict.action());
        g.writeBooleanField("valid", verdict.valid());
        if (!verdict.valid()) {
            Violation violation = verdict.violation();
            g.writeStringField("errorCode", violation.code().wireName(version.spelling()));
            g.writeStringField("path", violation.pointer());
            g.writeStringField("message", violation.message());
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }
}

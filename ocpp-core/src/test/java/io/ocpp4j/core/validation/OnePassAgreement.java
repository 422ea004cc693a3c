package io.ocpp4j.core.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.PayloadCodec;
import io.ocpp4j.core.frame.Call;
import io.ocpp4j.core.frame.DecodeResult;
import io.ocpp4j.core.frame.FrameCodec;

/**
 * The one-pass path of incoming CALLs ({@link PayloadCodec#readCall}) against the general path
 * ({@link FrameCodec#decode} to a tree, then {@link PayloadCodec#decode}): whenever the one-pass path
 * binds a frame, the general path accepts the same frame without normalising it and binds an equal
 * value, under the same message id and action. (When the one-pass path declines, the general path
 * decides, so nothing is to be compared.) Shared by the tests of ocpp-core and of the modules with
 * real models.
 */
public final class OnePassAgreement {

    private static final String MESSAGE_ID = "c0ffee00-0000-4000-8000-000000000001";

    private OnePassAgreement() {
    }

    /**
     * Checks one payload of one action.
     *
     * @param mapper the version's mapper
     * @param validators the validators (one-pass needs {@link BindingValidator}s)
     * @param action the action whose request the payload is
     * @param payload the payload, left unchanged
     * @param leniency what the receiver forgives
     * @return whether the one-pass path bound the frame
     * @throws AssertionError if the paths disagree
     */
    public static boolean check(ObjectMapper mapper, SchemaValidators validators, Action<?, ?> action,
                                ObjectNode payload, Leniency leniency) {
        String text;
        try {
            text = "[2,\"" + MESSAGE_ID + "\",\"" + action.name() + "\"," + mapper.writeValueAsString(payload) + "]";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        PayloadCodec payloads = new PayloadCodec(mapper);
        PayloadValidator validator = validators.request(action);
        PayloadCodec.BoundCall fast = payloads.readCall(text, name -> name.equals(action.name())
                ? new PayloadCodec.Target<>(validator, action.requestType(), leniency) : null);
        if (fast == null) {
            return false;
        }
        DecodeResult decoded = new FrameCodec(mapper).decode(text);
        if (!(decoded instanceof DecodeResult.Valid valid) || !(valid.frame() instanceof Call call)) {
            throw new AssertionError("bound in one pass, but the general path reads " + decoded + ": " + text);
        }
        ObjectNode tree = call.payload();
        ObjectNode untouched = tree.deepCopy();
        PayloadCodec.Decoded<?> general = payloads.decode(validator, tree, leniency, action.requestType());
        if (!(general instanceof PayloadCodec.Decoded.Bound<?> bound)) {
            throw new AssertionError("bound in one pass, but the general path says " + general + ": " + text);
        }
        if (!tree.equals(untouched)) {
            throw new AssertionError("bound in one pass, but the general path normalises it to " + tree + ": " + text);
        }
        if (!fast.request().equals(bound.value()) || !fast.messageId().equals(call.messageId())
                || !fast.action().equals(call.action())) {
            throw new AssertionError("one pass binds " + fast + ", the general path " + bound.value() + ": " + text);
        }
        return true;
    }
}

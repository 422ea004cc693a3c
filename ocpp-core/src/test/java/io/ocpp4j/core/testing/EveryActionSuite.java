package io.ocpp4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.Direction;
import io.ocpp4j.core.ProtocolVersion;
import io.ocpp4j.core.conformance.CorpusGenerator;
import io.ocpp4j.core.conformance.JsonEquivalence;
import io.ocpp4j.core.conformance.OurSchemas;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every action of a version, in each direction it may travel, through that version's typed facades:
 * the sender's typed view method, the wire, the receiver's handler interface, and back. Works on any
 * version's facades by reflection: a builder's handler setters get handlers that answer every call
 * with the maximal valid response of our schemas and record the request; a view's method for an
 * action is named after it ({@code BootNotification} → {@code bootNotification}).
 */
public final class EveryActionSuite {

    private final ProtocolVersion version;
    private final OurSchemas schemas;
    private final String stationIdentity;
    private final Map<String, Object> received = new ConcurrentHashMap<>();

    /**
     * @param version the version under test
     * @param schemas our schemas of that version (for valid messages)
     * @param stationIdentity the identity the station connects with
     */
    public EveryActionSuite(ProtocolVersion version, OurSchemas schemas, String stationIdentity) {
        this.version = version;
        this.schemas = schemas;
        this.stationIdentity = stationIdentity;
    }

    /**
     * Gives every handler setter of a facade builder (a public one-argument method taking a
     * {@code *Handler} interface) an answering handler.
     *
     * @param builder a CSMS or station facade builder
     * @param <B> its type
     * @return the builder
     */
    public <B> B answerEverything(B builder) {
        for (Method setter : builder.getClass().getMethods()) {
            Class<?>[] parameters = setter.getParameterTypes();
            if (parameters.length == 1 && parameters[0].isInterface()
                    && parameters[0].getSimpleName().endsWith("Handler") && !Modifier.isStatic(setter.getModifiers())) {
                try {
                    setter.invoke(builder, answering(parameters[0]));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot set " + setter, e);
                }
            }
        }
        return builder;
    }

    /**
     * The tests, one container per feature profile or functional block (in catalog order).
     *
     * @param csmsView the CSMS's typed view of the connected station
     * @param stationView the station's typed view of its CSMS
     * @return the dynamic tests
     */
    public Stream<DynamicNode> tests(Object csmsView, Object stationView) {
        Map<String, List<DynamicTest>> byFeature = new LinkedHashMap<>();
        for (Action<?, ?> action : version.catalog().actions()) {
            List<DynamicTest> tests = byFeature.computeIfAbsent(action.feature(), k -> new ArrayList<>());
            if (action.direction() != Direction.TO_CSMS) {
                tests.add(DynamicTest.dynamicTest(action.name() + " CSMS -> station", () -> roundTrip(action, csmsView)));
            }
            if (action.direction() != Direction.TO_STATION) {
                tests.add(DynamicTest.dynamicTest(action.name() + " station -> CSMS", () -> roundTrip(action, stationView)));
            }
        }
        return byFeature.entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    /** Sends a valid request through the view's typed method and checks both ends. */
    private void roundTrip(Action<?, ?> action, Object view) throws Exception {
        Object request = valid(action.name() + "Request", action.requestType());
        Method method = view.getClass().getMethod(Character.toLowerCase(action.name().charAt(0))
                + action.name().substring(1), action.requestType());
        CompletionStage<?> stage = (CompletionStage<?>) method.invoke(view, request);
        Object response = stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertSameJson(response, valid(action.name() + "Response", action.responseType()), "the response");
        assertSameJson(received.remove(action.name()), request, "the handler's request");
    }

    /** Models compared as JSON, numbers by value (a JsonNode field's equals depends on the number's Java type). */
    private void assertSameJson(Object actual, Object expected, String what) {
        assertThat(actual).as(what).isNotNull();
        assertThat(JsonEquivalence.equivalent(version.mapper().valueToTree(actual), version.mapper().valueToTree(expected)))
                .as(what + ": " + actual + " vs " + expected).isTrue();
    }

    private Object answering(Class<?> handlerInterface) {
        return Proxy.newProxyInstance(handlerInterface.getClassLoader(), new Class<?>[] {handlerInterface},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "toString" -> handlerInterface.getSimpleName();
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> proxy == args[0];
                        };
                    }
                    String name = method.getName().substring("on".length());
                    assertThat(((CallContext) args[1]).stationIdentity()).isEqualTo(stationIdentity);
                    received.put(name, args[0]);
                    Action<?, ?> action = version.catalog().find(name).orElseThrow();
                    return CompletableFuture.completedFuture(valid(name + "Response", action.responseType()));
                });
    }

    /** The maximal valid instance of a message, bound to its model. */
    private <T> T valid(String message, Class<T> type) throws Exception {
        CorpusGenerator.Case maximal = CorpusGenerator.generate(schemas.inlined(message)).get(0);
        assertThat(maximal.valid()).as(message + " maximal instance").isTrue();
        return version.mapper().treeToValue(maximal.instance(), type);
    }
}

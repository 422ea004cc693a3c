package io.ocpp4j.v16.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.core.Action;
import io.ocpp4j.core.CallContext;
import io.ocpp4j.core.Direction;
import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.core.conformance.CorpusGenerator;
import io.ocpp4j.core.conformance.OurSchemas;
import io.ocpp4j.v16.Actions16;
import io.ocpp4j.v16.FeatureProfiles;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.csms.ChargePoint;
import io.ocpp4j.v16.csms.Csms16;
import io.ocpp4j.v16.station.CentralSystem;
import io.ocpp4j.v16.station.Station16;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every OCPP 1.6 action, in the direction(s) it may travel, through the typed facades: the sender's
 * typed method, the wire, the receiver's feature-profile handler, and back. Subclasses say how a
 * station and the CSMS are linked (in memory, over WebSockets).
 */
abstract class EveryActionContract {

    private static final OurSchemas SCHEMAS = new OurSchemas("schemas/v16");
    private static final ObjectMapper MAPPER = Ocpp16.VERSION.mapper();

    protected final RpcRuntime runtime = RpcRuntime.builder().name("every-action").build();
    /** What each handler received, by action name. */
    private final Map<String, Object> received = new ConcurrentHashMap<>();

    /** Links the two facades; returns once the station's view of the CSMS is usable. */
    protected abstract void link(Csms16 csms, Station16 station) throws Exception;

    /** The identity the station connects with. */
    protected String identity() {
        return "CP-EVERY-1";
    }

    @AfterEach
    void stopRuntime() {
        runtime.close();
    }

    @TestFactory
    Stream<DynamicNode> everyActionByFeatureProfile() throws Exception {
        Csms16 csms = Csms16.builder(runtime)
                .core(answering(io.ocpp4j.v16.csms.CoreHandler.class))
                .firmwareManagement(answering(io.ocpp4j.v16.csms.FirmwareManagementHandler.class))
                .build();
        Station16 station = Station16.builder(runtime)
                .core(answering(io.ocpp4j.v16.station.CoreHandler.class))
                .firmwareManagement(answering(io.ocpp4j.v16.station.FirmwareManagementHandler.class))
                .localAuthListManagement(answering(io.ocpp4j.v16.station.LocalAuthListManagementHandler.class))
                .reservation(answering(io.ocpp4j.v16.station.ReservationHandler.class))
                .smartCharging(answering(io.ocpp4j.v16.station.SmartChargingHandler.class))
                .remoteTrigger(answering(io.ocpp4j.v16.station.RemoteTriggerHandler.class))
                .build();
        link(csms, station);
        ChargePoint chargePoint = csms.chargePoint(identity()).orElseThrow();
        CentralSystem centralSystem = station.centralSystem();

        List<DynamicNode> profiles = new ArrayList<>();
        for (String profile : List.of(FeatureProfiles.CORE, FeatureProfiles.FIRMWARE_MANAGEMENT,
                FeatureProfiles.LOCAL_AUTH_LIST_MANAGEMENT, FeatureProfiles.RESERVATION,
                FeatureProfiles.SMART_CHARGING, FeatureProfiles.REMOTE_TRIGGER)) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Action<?, ?> action : Actions16.ALL) {
                if (!action.feature().equals(profile)) {
                    continue;
                }
                if (action.direction() != Direction.TO_CSMS) {
                    tests.add(DynamicTest.dynamicTest(action.name() + " CSMS -> station",
                            () -> roundTrip(action, chargePoint)));
                }
                if (action.direction() != Direction.TO_STATION) {
                    tests.add(DynamicTest.dynamicTest(action.name() + " station -> CSMS",
                            () -> roundTrip(action, centralSystem)));
                }
            }
            profiles.add(DynamicContainer.dynamicContainer(profile, tests));
        }
        return profiles.stream();
    }

    /** Sends a valid request through the view's typed method and checks both ends. */
    private void roundTrip(Action<?, ?> action, Object view) throws Exception {
        Object request = valid(action.name() + "Request", action.requestType());
        Method method = view.getClass().getMethod(Character.toLowerCase(action.name().charAt(0))
                + action.name().substring(1), action.requestType());
        CompletionStage<?> stage = (CompletionStage<?>) method.invoke(view, request);
        Object response = stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(response).isEqualTo(valid(action.name() + "Response", action.responseType()));
        assertThat(received.remove(action.name())).as("the handler's request").isEqualTo(request);
    }

    /** A handler of every action of an interface, answering with a valid response and recording the request. */
    private <H> H answering(Class<H> handlerInterface) {
        Object handler = Proxy.newProxyInstance(handlerInterface.getClassLoader(), new Class<?>[] {handlerInterface},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? handlerInterface.getSimpleName() : null;
                    }
                    String name = method.getName().substring("on".length());
                    assertThat(args[1]).isInstanceOf(CallContext.class);
                    assertThat(((CallContext) args[1]).stationIdentity()).isEqualTo(identity());
                    received.put(name, args[0]);
                    Action<?, ?> action = Ocpp16.VERSION.catalog().find(name).orElseThrow();
                    return CompletableFuture.completedFuture(valid(name + "Response", action.responseType()));
                });
        return handlerInterface.cast(handler);
    }

    /** The maximal valid instance of a message, bound to its model. */
    private static <T> T valid(String message, Class<T> type) throws Exception {
        CorpusGenerator.Case maximal = CorpusGenerator.generate(SCHEMAS.inlined(message)).get(0);
        assertThat(maximal.valid()).isTrue();
        return MAPPER.treeToValue(maximal.instance(), type);
    }
}

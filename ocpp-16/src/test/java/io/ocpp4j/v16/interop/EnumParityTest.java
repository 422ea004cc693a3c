package io.ocpp4j.v16.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import eu.chargetime.ocpp.PropertyConstraintException;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.model.AuthorizationStatus;
import io.ocpp4j.v16.model.AvailabilityStatus;
import io.ocpp4j.v16.model.AvailabilityType;
import io.ocpp4j.v16.model.CancelReservationStatus;
import io.ocpp4j.v16.model.ChargePointErrorCode;
import io.ocpp4j.v16.model.ChargePointStatus;
import io.ocpp4j.v16.model.ChargingProfileKind;
import io.ocpp4j.v16.model.ChargingProfilePurpose;
import io.ocpp4j.v16.model.ChargingProfileStatus;
import io.ocpp4j.v16.model.ChargingRateUnit;
import io.ocpp4j.v16.model.ClearCacheStatus;
import io.ocpp4j.v16.model.ClearChargingProfileStatus;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.model.DataTransferStatus;
import io.ocpp4j.v16.model.DiagnosticsStatus;
import io.ocpp4j.v16.model.FirmwareStatus;
import io.ocpp4j.v16.model.GetCompositeScheduleStatus;
import io.ocpp4j.v16.model.Location;
import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.model.MessageTrigger;
import io.ocpp4j.v16.model.Phase;
import io.ocpp4j.v16.model.ReadingContext;
import io.ocpp4j.v16.model.Reason;
import io.ocpp4j.v16.model.RecurrencyKind;
import io.ocpp4j.v16.model.RegistrationStatus;
import io.ocpp4j.v16.model.RemoteStartStopStatus;
import io.ocpp4j.v16.model.ReservationStatus;
import io.ocpp4j.v16.model.ResetStatus;
import io.ocpp4j.v16.model.ResetType;
import io.ocpp4j.v16.model.TriggerMessageStatus;
import io.ocpp4j.v16.model.UnitOfMeasure;
import io.ocpp4j.v16.model.UnlockStatus;
import io.ocpp4j.v16.model.UpdateStatus;
import io.ocpp4j.v16.model.UpdateType;
import io.ocpp4j.v16.model.ValueFormat;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enumerated value of OCPP 1.6, as ChargeTime writes it and as we do: both libraries must put the
 * same strings on the wire. ChargeTime's enums travel by constant name (Gson); the value sets of
 * SampledValue ({@code measurand}, {@code phase}, {@code context}, {@code unit}) are plain strings
 * checked by their setters.
 */
class EnumParityTest {

    private static final Gson GSON = new Gson();

    static Stream<Arguments> enums() {
        return Stream.of(
                pair(eu.chargetime.ocpp.model.core.AuthorizationStatus.class, AuthorizationStatus.class),
                pair(eu.chargetime.ocpp.model.core.AvailabilityStatus.class, AvailabilityStatus.class),
                pair(eu.chargetime.ocpp.model.core.AvailabilityType.class, AvailabilityType.class),
                pair(eu.chargetime.ocpp.model.core.ChargePointErrorCode.class, ChargePointErrorCode.class),
                pair(eu.chargetime.ocpp.model.core.ChargePointStatus.class, ChargePointStatus.class),
                pair(eu.chargetime.ocpp.model.core.ChargingProfileKindType.class, ChargingProfileKind.class),
                pair(eu.chargetime.ocpp.model.core.ChargingProfilePurposeType.class, ChargingProfilePurpose.class),
                pair(eu.chargetime.ocpp.model.core.ChargingRateUnitType.class, ChargingRateUnit.class),
                pair(eu.chargetime.ocpp.model.smartcharging.ChargingRateUnitType.class, ChargingRateUnit.class),
                pair(eu.chargetime.ocpp.model.core.ClearCacheStatus.class, ClearCacheStatus.class),
                pair(eu.chargetime.ocpp.model.core.ConfigurationStatus.class, ConfigurationStatus.class),
                pair(eu.chargetime.ocpp.model.core.DataTransferStatus.class, DataTransferStatus.class),
                pair(eu.chargetime.ocpp.model.core.Location.class, Location.class),
                pair(eu.chargetime.ocpp.model.core.Reason.class, Reason.class),
                pair(eu.chargetime.ocpp.model.core.RecurrencyKindType.class, RecurrencyKind.class),
                pair(eu.chargetime.ocpp.model.core.RegistrationStatus.class, RegistrationStatus.class),
                pair(eu.chargetime.ocpp.model.core.RemoteStartStopStatus.class, RemoteStartStopStatus.class),
                pair(eu.chargetime.ocpp.model.core.ResetStatus.class, ResetStatus.class),
                pair(eu.chargetime.ocpp.model.core.ResetType.class, ResetType.class),
                pair(eu.chargetime.ocpp.model.core.UnlockStatus.class, UnlockStatus.class),
                pair(eu.chargetime.ocpp.model.core.ValueFormat.class, ValueFormat.class),
                pair(eu.chargetime.ocpp.model.firmware.DiagnosticsStatus.class, DiagnosticsStatus.class),
                pair(eu.chargetime.ocpp.model.firmware.FirmwareStatus.class, FirmwareStatus.class),
                pair(eu.chargetime.ocpp.model.localauthlist.UpdateStatus.class, UpdateStatus.class),
                pair(eu.chargetime.ocpp.model.localauthlist.UpdateType.class, UpdateType.class),
                pair(eu.chargetime.ocpp.model.remotetrigger.TriggerMessageRequestType.class, MessageTrigger.class),
                pair(eu.chargetime.ocpp.model.remotetrigger.TriggerMessageStatus.class, TriggerMessageStatus.class),
                pair(eu.chargetime.ocpp.model.reservation.CancelReservationStatus.class, CancelReservationStatus.class),
                pair(eu.chargetime.ocpp.model.reservation.ReservationStatus.class, ReservationStatus.class),
                pair(eu.chargetime.ocpp.model.smartcharging.ChargingProfileStatus.class, ChargingProfileStatus.class),
                pair(eu.chargetime.ocpp.model.smartcharging.ClearChargingProfileStatus.class, ClearChargingProfileStatus.class),
                pair(eu.chargetime.ocpp.model.smartcharging.GetCompositeScheduleStatus.class, GetCompositeScheduleStatus.class));
    }

    private static Arguments pair(Class<? extends Enum<?>> theirs, Class<? extends Enum<?>> ours) {
        return Arguments.of(theirs.getSimpleName() + " / " + ours.getSimpleName(), theirs, ours);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void bothWriteTheSameValues(String name, Class<? extends Enum<?>> theirs, Class<? extends Enum<?>> ours) {
        assertThat(theirWireValues(theirs)).isEqualTo(ourWireValues(ours));
    }

    static Stream<Arguments> sampledValueStrings() {
        return Stream.of(
                Arguments.of("measurand", Measurand.class, (Setter) (sample, value) -> sample.setMeasurand(value), Set.of()),
                Arguments.of("phase", Phase.class, (Setter) (sample, value) -> sample.setPhase(value), Set.of()),
                Arguments.of("context", ReadingContext.class, (Setter) (sample, value) -> sample.setContext(value), Set.of()),
                // ChargeTime 1.1.0 misses two units of the 1.6 schema: "Celcius", the schema's own
                // misspelling kept for old firmware, and "Hertz", added by the 1.6 errata. Their setter
                // throws for both, so a ChargeTime station cannot send them; when received they are
                // kept, as Gson fills fields without setters (see TheirCsmsOurStationTest).
                Arguments.of("unit", UnitOfMeasure.class, (Setter) (sample, value) -> sample.setUnit(value),
                        Set.of("Celcius", "Hertz")));
    }

    @ParameterizedTest(name = "SampledValue.{0}")
    @MethodSource("sampledValueStrings")
    void theirSampledValueTakesEveryOneOfOurValues(String field, Class<? extends Enum<?>> ours, Setter setter,
                                                   Set<String> refusedByThem) {
        Set<String> refused = new TreeSet<>();
        for (String value : ourWireValues(ours)) {
            try {
                setter.set(new eu.chargetime.ocpp.model.core.SampledValue("1"), value);
            } catch (PropertyConstraintException e) {
                refused.add(value);
            }
        }
        assertThat(refused).as("values of ours that ChargeTime refuses").isEqualTo(refusedByThem);
    }

    /** Sets one string field of their SampledValue. */
    @FunctionalInterface
    interface Setter {
        void set(eu.chargetime.ocpp.model.core.SampledValue sample, String value);
    }

    /** As ChargeTime's Gson writes them (their JSONCommunicator adds an adapter for date-times only). */
    private static Set<String> theirWireValues(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> JsonParser.parseString(GSON.toJson(constant)).getAsString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** As our 1.6 mapper writes them. */
    private static Set<String> ourWireValues(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> Ocpp16.VERSION.mapper().valueToTree(constant).textValue())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

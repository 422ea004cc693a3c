package io.ocpp4j.v16.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocpp4j.v16.model.Measurand;
import io.ocpp4j.v16.station.runtime.ConfigurationKey.Type;
import io.ocpp4j.v16.station.runtime.store.InMemoryStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values of configuration keys: checked, put in canonical form, and the station's defaults valid. */
class ConfigurationKeyTest {

    private static String normalize(ConfigurationKey key, String value) {
        return key.normalize(value, name -> 2).orElse(null);
    }

    @Test
    void valuesAreCheckedAndCanonical() {
        ConfigurationKey bool = ConfigurationKey.builder("B", Type.BOOLEAN).build();
        assertThat(normalize(bool, " TRUE ")).isEqualTo("true");
        assertThat(normalize(bool, "1")).isNull();
        ConfigurationKey integer = ConfigurationKey.builder("I", Type.INTEGER).range(0, 10).build();
        assertThat(normalize(integer, "+007")).isEqualTo("7");
        assertThat(normalize(integer, "11")).isNull();
        assertThat(normalize(integer, "1.5")).isNull();
        ConfigurationKey list = ConfigurationKey.builder("L", Type.CSL).members(List.of("a", "b", "c")).maxMembersKey("M").build();
        assertThat(normalize(list, " a , b ")).isEqualTo("a,b");
        assertThat(normalize(list, "")).isEmpty();
        assertThat(normalize(list, "a,b,c")).isNull(); // more than M (2)
        assertThat(normalize(list, "a,,b")).isNull();
        assertThat(normalize(list, "d")).isNull();
        ConfigurationKey text = ConfigurationKey.builder("S", Type.STRING).build();
        assertThat(normalize(text, "x".repeat(500))).hasSize(500);
        assertThat(normalize(text, "x".repeat(501))).isNull();
    }

    @Test
    void definitionsAreValidated() {
        assertThatThrownBy(() -> ConfigurationKey.builder("x".repeat(51), Type.STRING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfigurationKey.builder("S", Type.STRING).range(0, 1)).isInstanceOf(IllegalArgumentException.class);
        ConfigurationKey key = ConfigurationKey.builder("I", Type.INTEGER).range(0, 10).defaultValue("3").rebootRequired(true).build();
        ConfigurationKey copy = key.toBuilder().readOnly(true).build();
        assertThat(copy.defaultValue()).isEqualTo("3");
        assertThat(copy.rebootRequired()).isTrue();
        assertThat(copy.readOnly()).isTrue();
        assertThat(normalize(copy, "11")).isNull();
    }

    @Test
    void theStandardKeysAndTheirDefaultsAreConsistent() {
        List<ConfigurationKey> keys = ConfigurationKeys.standard(2, Set.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER),
                List.of("Core", "LocalAuthListManagement"));
        Configuration configuration = new Configuration(keys, Map.of(), new InMemoryStore().map("configuration"));
        assertThat(configuration.get(ConfigurationKeys.NUMBER_OF_CONNECTORS)).isEqualTo("2");
        assertThat(configuration.get(ConfigurationKeys.METER_VALUES_SAMPLED_DATA_MAX_LENGTH)).isEqualTo("1");
        assertThat(keys).extracting(ConfigurationKey::name).doesNotHaveDuplicates().hasSize(37);
    }

    @Test
    void invalidFirmwareSettingsFailTheBuild() {
        List<ConfigurationKey> keys = ConfigurationKeys.standard(1, Set.of(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER), List.of("Core"));
        assertThatThrownBy(() -> new Configuration(keys, Map.of("HeartbeatInterval", "-5"), new InMemoryStore().map("c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HeartbeatInterval");
        assertThatThrownBy(() -> new Configuration(keys, Map.of("NoSuchKey", "1"), new InMemoryStore().map("c")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNarrowedRangeRejectsWhatLiesOutsideAndMovesTheDefaultIn() {
        ConfigurationKey heartbeat = ConfigurationKey.builder("HeartbeatInterval", Type.INTEGER).range(0, Integer.MAX_VALUE)
                .defaultValue("300").build();
        ConfigurationKey narrowed = heartbeat.withRange(new KeyRange(10, 60));
        assertThat(narrowed.range()).isEqualTo(new KeyRange(10, 60));
        assertThat(narrowed.defaultValue()).isEqualTo("60");
        assertThat(narrowed.normalize("9", key -> 0)).isEmpty();
        assertThat(narrowed.normalize("61", key -> 0)).isEmpty();
        assertThat(narrowed.normalize("10", key -> 0)).contains("10");
        assertThat(heartbeat.withRange(new KeyRange(10, 600)).defaultValue()).isEqualTo("300");
        assertThat(new KeyRange(10, 60).clamp(5)).isEqualTo(10);
        assertThatThrownBy(() -> new KeyRange(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfigurationKey.builder("Flag", Type.BOOLEAN).build().withRange(new KeyRange(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

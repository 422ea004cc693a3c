package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationPathTest {

    @Test
    void identityIsTheLastSegmentPercentDecoded() {
        assertThat(StationPath.parse("/ocpp/CS001", "/ocpp").identity()).isEqualTo("CS001");
        assertThat(StationPath.parse("/ocpp/CS%20001?x=1", "/ocpp").identity()).isEqualTo("CS 001");
        assertThat(StationPath.parse("/ocpp/Stati%C3%B6n", "/ocpp").identity()).isEqualTo("Station".replace("on", "ön"));
        assertThat(StationPath.parse("/ocpp/a+b", "/ocpp").identity()).isEqualTo("a+b");
        assertThat(StationPath.parse("/CS001", "").identity()).isEqualTo("CS001");
        assertThat(StationPath.parse("/a/b/CS001", "/a/b").identity()).isEqualTo("CS001");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/ocpp/, 400",
            "/ocpp/a:b, 400",
            "/ocpp/a%3Ab, 400",
            "/ocpp/a%2Fb, 400",
            "/ocpp/a%0Ab, 400",
            "/ocpp/a%zz, 400",
            "/ocpp/a%4, 400",
            "/ocpp/%C3%28, 400",
            "/ocpp/0123456789012345678901234567890123456789012345678, 400",
            "/other/CS001, 404",
            "/ocpp, 404",
            "/ocpp/x/CS001, 404",
            "/ocppCS001, 404"})
    void refusesBadPaths(String path, int status) {
        StationPath.Result result = StationPath.parse(path, "/ocpp");
        assertThat(result.valid()).isFalse();
        assertThat(result.status()).isEqualTo(status);
        assertThat(result.problem()).isNotBlank();
    }

    @Test
    void fortyEightCharactersAreAllowed() {
        String identity = "x".repeat(48);
        assertThat(StationPath.parse("/ocpp/" + identity, "/ocpp").identity()).isEqualTo(identity);
    }

    @Test
    void prefixesAreNormalized() {
        assertThat(StationPath.normalizePrefix("ocpp/")).isEqualTo("/ocpp");
        assertThat(StationPath.normalizePrefix("/")).isEmpty();
        assertThat(StationPath.normalizePrefix("")).isEmpty();
        assertThat(StationPath.normalizePrefix("/a/b//")).isEqualTo("/a/b");
    }

    @Property
    void everyValidIdentityRoundTripsThroughTheUrl(@ForAll @StringLength(min = 1, max = 48) String identity) {
        if (StationPath.check(identity) != null || !new String(identity.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(identity)) {
            return;
        }
        StationPath.Result result = StationPath.parse("/ocpp/" + StationPath.encodeSegment(identity), "/ocpp");
        assertThat(result.identity()).isEqualTo(identity);
    }
}

package io.ocpp4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void parsesTheAuthorizationHeader() {
        String header = "Basic " + Base64.getEncoder().encodeToString("CS1:pa:ss".getBytes(StandardCharsets.UTF_8));
        BasicCredentials credentials = BasicCredentials.parse(header).orElseThrow();
        assertThat(credentials.username()).isEqualTo("CS1");
        assertThat(credentials.password()).isEqualTo("pa:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(BasicCredentials.parse("basic  " + header.substring(6))).isPresent();
    }

    @Test
    void ignoresMalformedHeaders() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic")).isEmpty();
        assertThat(BasicCredentials.parse("Basic !!!")).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()))).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':'})))
                .isEmpty();
    }

    @Property
    void binaryPasswordsRoundTrip(@ForAll byte[] password) {
        BasicCredentials credentials = new BasicCredentials("CS-1", password);
        BasicCredentials parsed = BasicCredentials.parse(credentials.toAuthorizationHeader()).orElseThrow();
        assertThat(parsed).isEqualTo(credentials);
        assertThat(parsed.passwordMatches(password)).isTrue();
    }

    @Test
    void neverShowsThePassword() {
        BasicCredentials credentials = BasicCredentials.of("CS1", "top-secret");
        assertThat(credentials.toString()).doesNotContain("top-secret").contains("CS1");
        assertThat(credentials.passwordMatches("top-secret".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(credentials.passwordMatches("top-secreT".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(credentials.passwordMatches("top-secret!".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void userNameCannotContainAColon() {
        assertThatThrownBy(() -> BasicCredentials.of("a:b", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}

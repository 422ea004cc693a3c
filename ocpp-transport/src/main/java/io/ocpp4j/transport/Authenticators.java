package io.ocpp4j.transport;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** Ready-made {@link Authenticator}s. */
public final class Authenticators {

    private Authenticators() {
    }

    /**
     * HTTP Basic authentication (profiles 1 and 2): the user name must equal the station identity and
     * the password must equal the one on record, compared in constant time.
     *
     * @param passwordOf the password bytes on record for an identity, or {@code null} for an unknown
     *     station; must be quick (in memory)
     * @return the authenticator
     */
    public static Authenticator basicAuth(Function<String, byte[]> passwordOf) {
        Objects.requireNonNull(passwordOf, "passwordOf");
        return request -> {
            byte[] expected = passwordOf.apply(request.stationIdentity());
            if (expected == null) {
                return AuthDecision.UNKNOWN_STATION;
            }
            return request.credentials()
                    .filter(credentials -> credentials.username().equals(request.stationIdentity()))
                    .filter(credentials -> credentials.passwordMatches(expected))
                    .map(credentials -> AuthDecision.ACCEPT)
                    .orElse(AuthDecision.REJECT);
        };
    }

    /**
     * Client-certificate authentication (profile 3). The server has already validated the chain
     * against its trust anchors and checked that the certificate's common name is the station
     * identity; this only checks that the station is known.
     *
     * @param isKnown whether an identity belongs to a known station
     * @return the authenticator
     */
    public static Authenticator clientCertificate(Predicate<String> isKnown) {
        Objects.requireNonNull(isKnown, "isKnown");
        return request -> {
            if (request.clientCertificates().isEmpty()) {
                return AuthDecision.REJECT;
            }
            return isKnown.test(request.stationIdentity()) ? AuthDecision.ACCEPT : AuthDecision.UNKNOWN_STATION;
        };
    }

    /**
     * Accepts every station whose identity passed the server's checks. For tests and demos only.
     *
     * @return the authenticator
     */
    public static Authenticator acceptAll() {
        return request -> AuthDecision.ACCEPT;
    }
}

package io.ocpp4j.transport;

/**
 * OCPP's security profiles (OCPP 2.0.1 Part 2 A00, OCPP 1.6 Security Whitepaper).
 */
public enum SecurityProfile {
    /** Profile 1: plain {@code ws://} with HTTP Basic authentication. For trusted networks only. */
    BASIC_AUTH(1, false, true, false),
    /** Profile 2: {@code wss://} (the CSMS presents a certificate) with HTTP Basic authentication. */
    TLS_BASIC_AUTH(2, true, true, false),
    /**
     * Profile 3: {@code wss://} with mutual TLS; the station's certificate (subject CN = station
     * identity) authenticates it, no Basic authentication.
     */
    TLS_CLIENT_CERTIFICATE(3, true, false, true);

    private final int number;
    private final boolean tls;
    private final boolean basicAuth;
    private final boolean clientCertificate;

    SecurityProfile(int number, boolean tls, boolean basicAuth, boolean clientCertificate) {
        this.number = number;
        this.tls = tls;
        this.basicAuth = basicAuth;
        this.clientCertificate = clientCertificate;
    }

    /**
     * The profile for an OCPP {@code SecurityProfile} configuration value.
     *
     * @param number 1, 2 or 3
     * @return the profile
     * @throws IllegalArgumentException for any other number
     */
    public static SecurityProfile of(int number) {
        for (SecurityProfile profile : values()) {
            if (profile.number == number) {
                return profile;
            }
        }
        throw new IllegalArgumentException("no security profile " + number + " (use 1, 2 or 3)");
    }

    /**
     * The profile's number in the OCPP specifications.
     *
     * @return 1, 2 or 3
     */
    public int number() {
        return number;
    }

    /**
     * Whether the link runs over TLS ({@code wss://}).
     *
     * @return {@code true} for profiles 2 and 3
     */
    public boolean usesTls() {
        return tls;
    }

    /**
     * Whether the station authenticates with HTTP Basic.
     *
     * @return {@code true} for profiles 1 and 2
     */
    public boolean usesBasicAuth() {
        return basicAuth;
    }

    /**
     * Whether the station authenticates with a client certificate.
     *
     * @return {@code true} for profile 3
     */
    public boolean usesClientCertificate() {
        return clientCertificate;
    }

    /**
     * The URL scheme the profile requires.
     *
     * @return {@code wss} or {@code ws}
     */
    public String scheme() {
        return tls ? "wss" : "ws";
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.transport.CipherSuites;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.v16.station.runtime.StationProfile;
import io.ocpp4j.v16.station.runtime.StationProfiles;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The certified OCPP 1.6 stations of {@link StationProfiles} whose certificate lists the Security
 * extension ("Improved security for OCPP 1.6-J", Security Whitepaper edition 3), with the security
 * side of their PICS. The Infypower EXP series was certified in 2023 without the extension and is not
 * here.
 *
 * <p>All three list the two {@code TLS_RSA_WITH_AES_*_GCM_*} suites (SEC-4) and nothing else: these
 * are TLS 1.2 suites (TLS 1.3 has no RSA key exchange), so the stations offer TLS 1.2 only and need a
 * CSMS with an RSA server certificate; they generate RSA 2048 key pairs. The iZCJ abstract has no
 * F-1 row; as its certificate covers the whole extension, signed firmware updates are taken as
 * supported. AQ-3 (can the last ChargePointCertificate be removed) is not modelled: 1.6's
 * DeleteCertificate addresses CA certificates only.
 */
public final class SecureStationProfiles {

    private static final List<String> TLS_1_2 = List.of("TLSv1.2");
    private static final List<String> RSA_SUITES = List.of(CipherSuites.TLS_RSA_WITH_AES_128_GCM_SHA256,
            CipherSuites.TLS_RSA_WITH_AES_256_GCM_SHA384);

    /** XJ Power iZCJ AC Charger: profiles 1 and 2 (SEC-3 No); the last CSMS root can be removed (AQ-1). */
    public static final SecureStationProfile IZCJ_AC_CHARGER = new SecureStationProfile(StationProfiles.IZCJ_AC_CHARGER,
            Set.of(1, 2), TLS_1_2, RSA_SUITES, KeyAlgorithm.RSA_2048, true, true);

    /** XCHARGE C6: profiles 1 to 3, signed firmware (F-1); the last CSMS root can be removed (AQ-1). */
    public static final SecureStationProfile XCHARGE_C6 = new SecureStationProfile(StationProfiles.XCHARGE_C6,
            Set.of(1, 2, 3), TLS_1_2, RSA_SUITES, KeyAlgorithm.RSA_2048, true, true);

    /** EVSIS JC-9932-100-CU07: profiles 1 to 3, signed firmware (F-1); the last CSMS root is kept (AQ-1 No). */
    public static final SecureStationProfile EVSIS_JC_9932 = new SecureStationProfile(StationProfiles.EVSIS_JC_9932,
            Set.of(1, 2, 3), TLS_1_2, RSA_SUITES, KeyAlgorithm.RSA_2048, true, false);

    private static final List<SecureStationProfile> ALL = List.of(IZCJ_AC_CHARGER, XCHARGE_C6, EVSIS_JC_9932);

    private SecureStationProfiles() {
    }

    /** @return every security-certified station */
    public static List<SecureStationProfile> all() {
        return ALL;
    }

    /**
     * @param station a certified 1.6 station
     * @return its security side, if its certificate lists the Security extension
     */
    public static Optional<SecureStationProfile> of(StationProfile station) {
        return ALL.stream().filter(p -> p.station().equals(station)).findFirst();
    }

    /**
     * @param name a station's {@link StationProfile#name}
     * @return its security side, if known
     */
    public static Optional<SecureStationProfile> named(String name) {
        return ALL.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }
}

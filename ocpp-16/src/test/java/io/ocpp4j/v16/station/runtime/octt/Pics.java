package io.ocpp4j.v16.station.runtime.octt;

import io.ocpp4j.v16.station.runtime.StationProfile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The answers of each certified station's PICS (the abstract of its test report in
 * {@code ../shared/seeds/}) that decide which OCTT cases a test laboratory runs on it, beyond what
 * {@link StationProfile} models (feature profiles, fixed cables, reservation of connector 0). Items
 * answered "Yes" are listed; an item the abstract does not answer (the Infypower EXP abstract has no
 * PICS, only its configuration) is taken as "Yes" where the runtime supports it, so the case runs.
 */
final class Pics {

    /** C-01: offline authorization of transactions. */
    static final String OFFLINE_AUTHORIZATION = "C-01";
    /** C-02: offline authorization for unknown ids. */
    static final String OFFLINE_UNKNOWN_ID = "C-02";
    /** C-04: authorization cache. */
    static final String AUTHORIZATION_CACHE = "C-04";
    /** C-06.1: authorization kept when the cable is disconnected on the EV side. */
    static final String KEEP_AUTHORIZATION_ON_EV_DISCONNECT = "C-06.1";
    /** AQ-7.1: StopTransaction reported before going down on power loss. */
    static final String STOP_BEFORE_POWER_DOWN = "AQ-7.1";
    /** AQ-7.2: StopTransaction reported after power loss, once back online. */
    static final String STOP_AFTER_POWER_DOWN = "AQ-7.2";
    /** The certificate lists the Security extension (Improved security for OCPP 1.6-J). */
    static final String SECURITY_EXTENSION = "SEC";

    private static final Map<String, Set<String>> YES = Map.of(
            "izcj-ac", Set.of(OFFLINE_AUTHORIZATION, OFFLINE_UNKNOWN_ID, AUTHORIZATION_CACHE, STOP_AFTER_POWER_DOWN,
                    SECURITY_EXTENSION),
            "xcharge-c6", Set.of(OFFLINE_AUTHORIZATION, OFFLINE_UNKNOWN_ID, AUTHORIZATION_CACHE, STOP_AFTER_POWER_DOWN,
                    SECURITY_EXTENSION),
            "infypower-exp", Set.of(OFFLINE_AUTHORIZATION, OFFLINE_UNKNOWN_ID, AUTHORIZATION_CACHE,
                    KEEP_AUTHORIZATION_ON_EV_DISCONNECT, STOP_AFTER_POWER_DOWN),
            "evsis-jc-9932", Set.of(OFFLINE_AUTHORIZATION, OFFLINE_UNKNOWN_ID, AUTHORIZATION_CACHE,
                    KEEP_AUTHORIZATION_ON_EV_DISCONNECT, STOP_AFTER_POWER_DOWN, SECURITY_EXTENSION));

    private Pics() {
    }

    /**
     * @param station a station
     * @param item a PICS item
     * @return whether its PICS answers the item "Yes"
     */
    static boolean yes(StationProfile station, String item) {
        Set<String> answers = YES.get(station.name());
        if (answers == null) {
            throw new IllegalArgumentException("no PICS recorded for " + station.name());
        }
        return answers.contains(item);
    }

    /**
     * @param item a PICS item
     * @param description what it is
     * @return a reason "not applicable" for stations that answer it "No"
     */
    static Function<StationProfile, Optional<String>> requires(String item, String description) {
        return station -> yes(station, item) ? Optional.empty()
                : Optional.of("not applicable: PICS " + item + " (" + description + ") is No");
    }
}

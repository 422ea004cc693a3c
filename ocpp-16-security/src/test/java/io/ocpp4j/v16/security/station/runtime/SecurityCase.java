package io.ocpp4j.v16.security.station.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One OCTT 1.6 {@code _CS} case of the Security extension (test case document section 2.24) as
 * {@link CertifiedStationsSecurityConformanceTest} runs it: its id and title (as in
 * {@code ../shared/octt-cases.md}), whether a station's PICS make it apply, and its scenario against a
 * {@link ScriptedCsms}, written once and parameterised by the station.
 *
 * @param id the OCTT id, e.g. {@code TC_083_CS}
 * @param title the OCTT title
 * @param notApplicable why the case does not apply to a station (empty when it applies)
 * @param scenario the steps and checks
 */
record SecurityCase(String id, String title, Function<SecureStationProfile, Optional<String>> notApplicable,
                    Scenario scenario) {

    /** The steps and checks of a case, on a fresh station and CSMS. */
    @FunctionalInterface
    interface Scenario {
        void run(SecurityCaseRun run) throws Exception;
    }

    SecurityCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notApplicable, "notApplicable");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** A case that applies to every security-certified station. */
    static SecurityCase of(String id, String title, Scenario scenario) {
        return new SecurityCase(id, title, station -> Optional.empty(), scenario);
    }

    /** A case that needs a security profile (PICS SEC-1 to SEC-3). */
    static SecurityCase withProfile(int profile, String id, String title, Scenario scenario) {
        return new SecurityCase(id, title, station -> station.supports(profile) ? Optional.empty()
                : Optional.of("not applicable: PICS SEC-" + profile + " (security profile " + profile + ") is No"), scenario);
    }

    /** A case that needs signed firmware updates (PICS F-1). */
    static SecurityCase withSignedFirmware(String id, String title, Scenario scenario) {
        return new SecurityCase(id, title, station -> station.signedFirmware() ? Optional.empty()
                : Optional.of("not applicable: PICS F-1 (secure firmware update) is No"), scenario);
    }
}

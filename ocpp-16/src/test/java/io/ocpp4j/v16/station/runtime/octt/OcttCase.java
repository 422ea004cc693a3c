package io.ocpp4j.v16.station.runtime.octt;

import io.ocpp4j.v16.station.runtime.StationProfile;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One OCTT 1.6 {@code _CS} test case as this suite runs it: its id and title (as in
 * {@code ../shared/octt-cases.md}), the feature profile it belongs to, whether a station's PICS make it
 * apply, and its scenario against a scripted CSMS, written once and parameterised by the station.
 *
 * @param id the OCTT id, e.g. {@code TC_003_CS}
 * @param title the OCTT title
 * @param featureProfile the feature profile whose certification runs it (a {@code FeatureProfiles} name)
 * @param notApplicable why the case does not apply to a station (empty when it applies)
 * @param scenario the steps and checks
 */
public record OcttCase(String id, String title, String featureProfile,
                       Function<StationProfile, Optional<String>> notApplicable, Consumer<CaseRun> scenario) {

    public OcttCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(featureProfile, "featureProfile");
        Objects.requireNonNull(notApplicable, "notApplicable");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** A case that applies to every station certified for its feature profile. */
    static OcttCase of(String id, String title, String featureProfile, Consumer<CaseRun> scenario) {
        return new OcttCase(id, title, featureProfile, station -> Optional.empty(), scenario);
    }

    /** A case that applies where {@code reason} answers empty. */
    static OcttCase when(String id, String title, String featureProfile,
                         Function<StationProfile, Optional<String>> notApplicable, Consumer<CaseRun> scenario) {
        return new OcttCase(id, title, featureProfile, notApplicable, scenario);
    }

    /** A case no station of the suite runs, with the reason. */
    static OcttCase notRun(String id, String title, String featureProfile, Function<StationProfile, Optional<String>> reason) {
        return new OcttCase(id, title, featureProfile, reason, run -> {
            throw new IllegalStateException(id + " is not run by this suite");
        });
    }
}

package io.ocpp4j.v16.station.runtime.octt;

import io.ocpp4j.v16.station.runtime.StationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every OCTT 1.6 {@code _CS} case, by feature profile, in the order of the test case document, and
 * which of them a certified station's test laboratory runs.
 */
public final class OcttCases {

    /**
     * One case for one station: run it, or say why not.
     *
     * @param octtCase the case
     * @param notRun why it is not run on this station (empty: run it)
     */
    public record Planned(OcttCase octtCase, Optional<String> notRun) {
    }

    private OcttCases() {
    }

    /** @return every case */
    public static List<OcttCase> all() {
        List<OcttCase> all = new ArrayList<>();
        all.addAll(CoreCases.all());
        all.addAll(LocalAuthListCases.all());
        all.addAll(FirmwareManagementCases.all());
        all.addAll(ReservationCases.all());
        all.addAll(RemoteTriggerCases.all());
        all.addAll(SmartChargingCases.all());
        all.addAll(SecurityExtensionCases.all());
        return List.copyOf(all);
    }

    /**
     * @param station a certified station
     * @return the cases of the feature profiles (and extension) its certificate lists, each run or
     *         with the reason it is not
     */
    public static List<Planned> plan(StationProfile station) {
        List<Planned> plan = new ArrayList<>();
        for (OcttCase octtCase : all()) {
            boolean listed = octtCase.featureProfile().equals(SecurityExtensionCases.SECURITY_EXTENSION)
                    ? Pics.yes(station, Pics.SECURITY_EXTENSION) : station.supports(octtCase.featureProfile());
            if (listed) {
                plan.add(new Planned(octtCase, octtCase.notApplicable().apply(station)));
            }
        }
        return plan;
    }
}

package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.station.runtime.octt.CaseRun;
import io.ocpp4j.v16.station.runtime.octt.OcttCases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The four certified OCPP 1.6 stations ({@link StationProfiles}) run through the OCTT {@code _CS}
 * cases of every feature profile their certificates list ({@link OcttCases}), each case against a
 * scripted CSMS built with ocpp4j, on virtual time, with the station's connectors, cables, measurands,
 * limits and units. Cases the station's PICS exclude, and the Security extension's cases (run by
 * {@code ocpp-16-security}'s {@code CertifiedStationsSecurityConformanceTest}), are listed with the reason. Prints a table per station: case id, title,
 * result.
 *
 * <pre>mvn -B -pl ocpp-16 -am verify -Dtest=CertifiedStationsConformanceTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class CertifiedStationsConformanceTest {

    private static final List<String> RESULTS = Collections.synchronizedList(new ArrayList<>());

    @TestFactory
    Stream<DynamicContainer> everyCertifiedStationPassesTheCasesOfItsProfiles() {
        return StationProfiles.all().stream().map(station -> DynamicContainer.dynamicContainer(station.model(),
                OcttCases.plan(station).stream().map(planned -> {
                    var octtCase = planned.octtCase();
                    String name = octtCase.id() + " " + octtCase.title();
                    if (planned.notRun().isPresent()) {
                        return DynamicTest.dynamicTest(name + " [" + planned.notRun().get() + "]",
                                () -> row(station, octtCase.id(), octtCase.title(), planned.notRun().get()));
                    }
                    return DynamicTest.dynamicTest(name, () -> {
                        boolean passed = false;
                        try (CaseRun run = new CaseRun(station)) {
                            octtCase.scenario().accept(run);
                            passed = true;
                        } finally {
                            row(station, octtCase.id(), octtCase.title(), passed ? "pass" : "FAIL");
                        }
                    });
                })));
    }

    private static void row(StationProfile station, String id, String title, String result) {
        RESULTS.add(String.format("| %-16s | %-12s | %-70.70s | %s |", station.model(), id, title, result));
    }

    @AfterAll
    static void printTable() {
        StringBuilder table = new StringBuilder("\nOCTT 1.6 _CS cases per certified station\n");
        table.append(String.format("| %-16s | %-12s | %-70s | %s |%n", "Station", "Case", "Title", "Result"));
        synchronized (RESULTS) {
            RESULTS.forEach(row -> table.append(row).append('\n'));
        }
        System.out.println(table);
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.v16.station.runtime.StationProfile;
import io.ocpp4j.v16.station.runtime.StationProfiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certified OCPP 1.6 stations whose certificate lists the Security extension
 * ({@link SecureStationProfiles}) run through the OCTT Security {@code _CS} cases ({@link SecurityCases}),
 * each case on a fresh {@link SecureStationRuntime} built as the station (its 1.6 profile, security
 * profiles, TLS versions, cipher suites, key type, signed firmware) against a {@link ScriptedCsms}, over
 * real sockets on 127.0.0.1 with real TLS (one PKI for the whole run). Cases the station's PICS exclude
 * are listed with the reason; stations certified without the extension are listed as such. Prints a
 * table per station: case id, title, result.
 *
 * <pre>mvn -B -pl ocpp-16-security -am verify -Dtest=CertifiedStationsSecurityConformanceTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class CertifiedStationsSecurityConformanceTest {

    private static final List<String> RESULTS = Collections.synchronizedList(new ArrayList<>());
    @TempDir
    static Path folder;
    private static SecuritySuiteMaterial material;

    @BeforeAll
    static void material() {
        material = SecuritySuiteMaterial.create(folder);
    }

    @TestFactory
    Stream<DynamicNode> everySecurityCertifiedStationPassesTheSecurityCases() {
        return StationProfiles.all().stream().map(station -> SecureStationProfiles.of(station)
                .<DynamicNode>map(secure -> DynamicContainer.dynamicContainer(station.model(),
                        SecurityCases.all().stream().map(octtCase -> test(secure, octtCase))))
                .orElseGet(() -> DynamicTest.dynamicTest(station.model() + " [no Security extension]",
                        () -> row(station, "-", "(all Security extension cases)",
                                "not applicable: the certificate does not list the Security extension"))));
    }

    private static DynamicTest test(SecureStationProfile station, SecurityCase octtCase) {
        String name = octtCase.id() + " " + octtCase.title();
        var notApplicable = octtCase.notApplicable().apply(station);
        if (notApplicable.isPresent()) {
            return DynamicTest.dynamicTest(name + " [" + notApplicable.get() + "]",
                    () -> row(station.station(), octtCase.id(), octtCase.title(), notApplicable.get()));
        }
        return DynamicTest.dynamicTest(name, () -> {
            boolean passed = false;
            try (SecurityCaseRun run = new SecurityCaseRun(station, material)) {
                octtCase.scenario().run(run);
                passed = true;
            } finally {
                row(station.station(), octtCase.id(), octtCase.title(), passed ? "pass" : "FAIL");
            }
        });
    }

    private static void row(StationProfile station, String id, String title, String result) {
        RESULTS.add(String.format("| %-16s | %-12s | %-70.70s | %s |", station.model(), id, title, result));
    }

    @AfterAll
    static void printTable() {
        StringBuilder table = new StringBuilder("\nOCTT 1.6 Security extension _CS cases per certified station\n");
        table.append(String.format("| %-16s | %-12s | %-70s | %s |%n", "Station", "Case", "Title", "Result"));
        synchronized (RESULTS) {
            RESULTS.forEach(row -> table.append(row).append('\n'));
        }
        System.out.println(table);
        if (material != null) {
            material.rpc().close();
        }
    }
}

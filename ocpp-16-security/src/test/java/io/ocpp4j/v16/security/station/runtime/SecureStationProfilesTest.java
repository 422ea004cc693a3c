package io.ocpp4j.v16.security.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ocpp4j.core.conformance.OfficialSchemas;
import io.ocpp4j.transport.CipherSuites;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.v16.model.ConfigurationStatus;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.InstallCertificateStatusEnum;
import io.ocpp4j.v16.station.runtime.StationProfile;
import io.ocpp4j.v16.station.runtime.StationProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security side of the certified stations as data, checked against their PICS in
 * {@code ../shared/seeds/} (skipped when absent), and a station configured from one offering only its
 * own cipher suites over real TLS.
 */
class SecureStationProfilesTest {

    private static final Pattern DESIGNATION = Pattern.compile("(?im)^\\W*product designation\\W*:?\\**\\s*(.+)$");
    private static final Pattern SECURITY_PROFILE = Pattern.compile("(?m)^SEC-([123])\\t[^\\t]*\\t(Yes|No)\\s*$");
    private static final Pattern CIPHER_SUITES = Pattern.compile("(?m)^SEC-4\\t[^\\t]*\\t(.+)$");
    private static final Pattern SIGNED_FIRMWARE = Pattern.compile("(?m)^F-1\\t[^\\t]*\\t(\\w+)\\s*$");
    private static final Pattern LAST_ROOT_REMOVABLE = Pattern.compile("(?m)^AQ-1\\t[^\\t]*\\t(Yes|No)\\s*$");
    private static final Pattern TLS_SUITE = Pattern.compile("TLS_\\w+");

    @TempDir
    Path folder;

    @Test
    void theSecurityCertifiedStationsAreKnown() {
        assertThat(SecureStationProfiles.all()).extracting(SecureStationProfile::name)
                .containsExactly("izcj-ac", "xcharge-c6", "evsis-jc-9932");
        assertThat(SecureStationProfiles.of(StationProfiles.INFYPOWER_EXP)).isEmpty();
        assertThat(SecureStationProfiles.named("XCHARGE-C6")).contains(SecureStationProfiles.XCHARGE_C6);
        assertThat(SecureStationProfiles.IZCJ_AC_CHARGER.highestSecurityProfile()).isEqualTo(2);
        assertThat(SecureStationProfiles.EVSIS_JC_9932.highestSecurityProfile()).isEqualTo(3);
    }

    @Test
    void aProfileNeedsValidSecurityProfilesAndTlsSettingsForTls() {
        assertThatThrownBy(() -> new SecureStationProfile(StationProfiles.XCHARGE_C6, Set.of(4), List.of("TLSv1.2"),
                CipherSuites.MODERN, KeyAlgorithm.EC_P256, false, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecureStationProfile(StationProfiles.XCHARGE_C6, Set.of(1, 2), List.of(),
                List.of(), KeyAlgorithm.EC_P256, false, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SecureStationProfile(StationProfiles.XCHARGE_C6, Set.of(1), List.of(), List.of(),
                KeyAlgorithm.EC_P256, false, true).highestSecurityProfile()).isEqualTo(1);
    }

    @Test
    void eachStationsSecuritySideIsWhatItsPicsSay() throws IOException {
        Path seeds = OfficialSchemas.sharedDirectory().resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), seeds + " not found: the PICS check is skipped (set -D"
                + "ocpp4j.shared.dir to the folder holding seeds/)");
        for (StationProfile station : StationProfiles.all()) {
            String pics = seed(seeds, station.model()).orElseThrow(() -> new AssertionError("no seed for " + station.model()));
            Optional<SecureStationProfile> secure = SecureStationProfiles.of(station);
            boolean certified = pics.contains("Security extension\tPass");
            assertThat(secure.isPresent()).as("%s lists the Security extension", station.model()).isEqualTo(certified);
            if (!certified) {
                continue;
            }
            Set<Integer> yes = new TreeSet<>();
            Matcher profiles = SECURITY_PROFILE.matcher(pics);
            while (profiles.find()) {
                if (profiles.group(2).equals("Yes")) {
                    yes.add(Integer.parseInt(profiles.group(1)));
                }
            }
            assertThat(secure.get().securityProfiles()).as("%s SEC-1..3", station.model()).isEqualTo(yes);
            Matcher suites = CIPHER_SUITES.matcher(pics);
            assertThat(suites.find()).isTrue();
            assertThat(secure.get().cipherSuites()).as("%s SEC-4", station.model())
                    .containsExactlyElementsOf(TLS_SUITE.matcher(suites.group(1)).results().map(m -> m.group()).toList());
            Matcher signed = SIGNED_FIRMWARE.matcher(pics);
            // F-1 absent (iZCJ): the certificate covers the whole extension, signed firmware included
            assertThat(secure.get().signedFirmware()).as("%s F-1", station.model())
                    .isEqualTo(!signed.find() || Set.of("True", "Yes").contains(signed.group(1)));
            Matcher lastRoot = LAST_ROOT_REMOVABLE.matcher(pics);
            assertThat(lastRoot.find()).isTrue();
            assertThat(secure.get().lastCentralSystemRootRemovable()).as("%s AQ-1", station.model())
                    .isEqualTo(lastRoot.group(1).equals("Yes"));
        }
    }

    /**
     * Against a CSMS whose certificate is EC (so no TLS_RSA suite can be negotiated), a station offering
     * only TLS_RSA suites cannot connect under profile 2 and falls back to profile 1. (The event it raises
     * depends on the alert it reads: Java-WebSocket's TLS server channel does not deliver its
     * handshake_failure alert intact, so the station cannot tell a cipher mismatch apart here.)
     */
    @Test
    void aStationOffersOnlyItsCipherSuites() throws Exception {
        SecuritySuiteMaterial ecCsms = SecuritySuiteMaterial.create(folder, KeyAlgorithm.EC_P256);
        try (SecurityCaseRun run = new SecurityCaseRun(SecureStationProfiles.XCHARGE_C6, ecCsms)) {
            run.start(1);
            assertThat(run.install(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, ecCsms.pki().root().certificate()))
                    .isEqualTo(InstallCertificateStatusEnum.ACCEPTED);
            assertThat(run.change(SecurityConfigurationKeys.SECURITY_PROFILE, "2")).isEqualTo(ConfigurationStatus.ACCEPTED);
            // no common suite: every profile 2 attempt fails its handshake and the station falls back to 1
            await().atMost(ScriptedCsms.WAIT).until(() -> run.station.runtime()
                    .configuration(SecurityConfigurationKeys.SECURITY_PROFILE).orElseThrow().equals("1"));
            run.awaitProfile(1);
            assertThat(run.station.securityLog()).extracting(SecurityEvent::type)
                    .contains("ReconfigurationOfSecurityParameters");
        } finally {
            ecCsms.rpc().close();
        }
    }

    private static Optional<String> seed(Path seeds, String model) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                Matcher designation = DESIGNATION.matcher(text);
                if (designation.find() && designation.group(1).contains(model)) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }
}

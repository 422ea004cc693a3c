package io.ocpp4j.v16.security.station.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import io.ocpp4j.v16.security.SecurityActions16;
import io.ocpp4j.v16.security.model.CertificateUseEnum;
import io.ocpp4j.v16.security.model.GetInstalledCertificateIdsRequest;
import io.ocpp4j.v16.security.model.GetInstalledCertificateStatusEnum;
import io.ocpp4j.v16.station.runtime.BootInfo;
import io.ocpp4j.v16.station.runtime.hardware.SimulatedHardware;
import io.ocpp4j.v16.station.runtime.store.MvStoreStore;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The minimal secure station of docs/security16-station.md, as written there (between the markers),
 * run against the scripted CSMS: it must compile, connect and answer.
 */
class StationExampleTest {

    @TempDir
    Path folder;

    @Test
    void the_document_shows_the_example_as_this_test_runs_it() throws Exception {
        Path doc = Path.of("..", "docs", "security16-station.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(doc), "docs/ not beside the module");
        String test = java.nio.file.Files.readString(Path.of("src", "test", "java", "io", "ocpp4j", "v16", "security",
                "station", "runtime", "StationExampleTest.java"));
        String snippet = test.substring(test.lastIndexOf("// --- example: begin ---\n") + "// --- example: begin ---\n".length(),
                test.lastIndexOf("            // --- example: end ---"));
        String unindented = snippet.lines().map(line -> line.length() >= 12 ? line.substring(12) : line.strip())
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(java.nio.file.Files.readString(doc)).contains(unindented);
    }

    @Test
    void the_documented_minimal_station_connects_and_serves_the_extension() throws Exception {
        try (RpcRuntime rpc = RpcRuntime.create(); ScriptedCsms csms = new ScriptedCsms(rpc)) {
            Path storeFile = folder.resolve("station.mv.db");
            URI csmsUrl = csms.url(1);
            URI csmsTlsUrl = csms.url(2);
            X509Certificate csmsRoot = csms.root.certificate();
            CertifiedKey manufacturer = Pki.rootCa("ACME Manufacturer Root", KeyAlgorithm.EC_P256);
            X509Certificate manufacturerRoot = manufacturer.certificate();
            SignedFirmwareInstaller installer = new ScriptedFirmwareInstaller(folder, new byte[] {1});

            // --- example: begin ---
            SimulatedHardware hardware = new SimulatedHardware(1, Clock.systemUTC());
            MvStoreStore store = MvStoreStore.open(storeFile);
            SecureStationRuntime station = SecureStationRuntime.builder(rpc)
                    .identity("CP-SEC-1")
                    .store(store)
                    .csmsUrl(1, csmsUrl)     // ws://…  (HTTP Basic)
                    .csmsUrl(2, csmsTlsUrl)  // wss://… (TLS + HTTP Basic), used once the CSMS raises the profile
                    .station(runtime -> runtime
                            .bootInfo(BootInfo.builder("ACME", "Secure-1").firmwareVersion("1.0").build())
                            .meter(hardware).contactor(hardware).connectorLock(hardware)
                            .configure("SecurityProfile", "1")
                            .configure("AuthorizationKey", "0123456789abcdef0123")
                            .configure("CpoName", "ACME CPO"))
                    .signedFirmware(installer)                // SignedUpdateFirmware; UpdateFirmware is NotSupported
                    .logUploader(new SimulatedLogUploader())  // GetLog; a real station uploads with FTP/HTTP
                    .build();
            hardware.bind(station.runtime().events());
            station.installCertificate(CertificateUseEnum.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot)
                    .toCompletableFuture().join();            // factory provisioning
            station.installCertificate(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE, manufacturerRoot)
                    .toCompletableFuture().join();
            station.start();
            // ... and at shutdown:
            // station.close(); store.close();
            // --- example: end ---

            try {
                await().atMost(ScriptedCsms.WAIT).until(() -> csms.connectedProfile() == 1);
                assertThat(csms.call(SecurityActions16.GET_INSTALLED_CERTIFICATE_IDS, new GetInstalledCertificateIdsRequest()
                        .withCertificateType(CertificateUseEnum.MANUFACTURER_ROOT_CERTIFICATE)).getStatus())
                        .isEqualTo(GetInstalledCertificateStatusEnum.ACCEPTED);
                await().atMost(ScriptedCsms.WAIT).until(() -> csms.events.stream()
                        .anyMatch(e -> e.getType().equals("StartupOfTheDevice")));
            } finally {
                station.close();
                store.close();
            }
        }
    }
}

package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.v16.FeatureProfiles;
import io.ocpp4j.v16.station.runtime.StationProfile;
import io.ocpp4j.v16.station.runtime.hardware.ChargingLimiter;
import io.ocpp4j.v16.station.runtime.hardware.DiagnosticsUploader;
import io.ocpp4j.v16.station.runtime.hardware.FirmwareUpdater;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The security side of a certified OCPP 1.6 station whose certificate lists the Security extension:
 * its {@link StationProfile} (feature profiles, connectors, limits), the security profiles its PICS
 * answers Yes (SEC-1 to SEC-3), the TLS versions and cipher suites it offers (SEC-4), the type of its
 * key pairs, whether it updates firmware only with signed images (PICS F-1) and whether its last
 * CentralSystemRootCertificate can be removed (PICS AQ-1). {@link #configure}
 * makes a {@link SecureStationRuntime} behave like it; {@link SecureStationProfiles} holds the known
 * ones.
 *
 * @param station the station's 1.6 profile
 * @param securityProfiles the security profiles it supports (1 to 3)
 * @param tlsVersions the TLS versions it offers under profiles 2 and 3
 * @param cipherSuites the cipher suites it offers, in preference order
 * @param keyAlgorithm the type of the key pairs it generates for SignCertificate
 * @param signedFirmware whether firmware updates are signed (SignedUpdateFirmware; UpdateFirmware then
 *                       answers {@code NotSupported})
 * @param lastCentralSystemRootRemovable whether DeleteCertificate may remove the last
 *                                       CentralSystemRootCertificate when it does not validate the current
 *                                       connection (PICS AQ-1)
 */
public record SecureStationProfile(StationProfile station, Set<Integer> securityProfiles, List<String> tlsVersions,
                                   List<String> cipherSuites, KeyAlgorithm keyAlgorithm, boolean signedFirmware,
                                   boolean lastCentralSystemRootRemovable) {

    public SecureStationProfile {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        securityProfiles = Set.copyOf(securityProfiles);
        tlsVersions = List.copyOf(tlsVersions);
        cipherSuites = List.copyOf(cipherSuites);
        if (securityProfiles.isEmpty() || securityProfiles.stream().anyMatch(p -> p < 1 || p > 3)) {
            throw new IllegalArgumentException("security profiles are 1 to 3: " + securityProfiles);
        }
        if (securityProfiles.stream().anyMatch(p -> p >= 2) && (tlsVersions.isEmpty() || cipherSuites.isEmpty())) {
            throw new IllegalArgumentException("profiles 2 and 3 need TLS versions and cipher suites");
        }
    }

    /** @return the station's short name ({@link StationProfile#name}) */
    public String name() {
        return station.name();
    }

    /**
     * @param profile a security profile
     * @return whether the station supports it
     */
    public boolean supports(int profile) {
        return securityProfiles.contains(profile);
    }

    /** @return the highest security profile the station supports */
    public int highestSecurityProfile() {
        return securityProfiles.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /**
     * Configures a secure runtime as this station: the station runtime as {@link StationProfile#configure}
     * does (with GetDiagnostics only when firmware updates are signed), the CSMS URLs of the security
     * profiles it supports (the others are left out, so raising {@code SecurityProfile} to them is
     * refused), its TLS versions and cipher suites, its key type, whether the last CSMS root is kept
     * ({@link SecureStationRuntime.Builder#keepLastCentralSystemRoot}) and, with {@link #signedFirmware},
     * the signed firmware installer. The caller adds identity, store, meter, contactor and the
     * {@code SecurityProfile}/{@code AuthorizationKey} the station starts with.
     *
     * @param builder the secure runtime's builder
     * @param csmsUrls the CSMS endpoints by security profile (those of unsupported profiles are ignored)
     * @param limiter applies smart charging's limits (with Smart Charging)
     * @param updater downloads and installs unsigned firmware (with Firmware Management, when not
     *                {@link #signedFirmware})
     * @param uploader uploads diagnostics (with Firmware Management)
     * @param installer downloads, verifies and installs signed firmware (used when {@link #signedFirmware})
     * @return the builder
     */
    public SecureStationRuntime.Builder configure(SecureStationRuntime.Builder builder, Map<Integer, URI> csmsUrls,
                                                  ChargingLimiter limiter, FirmwareUpdater updater,
                                                  DiagnosticsUploader uploader, SignedFirmwareInstaller installer) {
        csmsUrls.forEach((profile, url) -> {
            if (supports(profile)) {
                builder.csmsUrl(profile, url);
            }
        });
        builder.station(runtime -> {
            station.configure(runtime, limiter, updater, uploader);
            if (signedFirmware && station.supports(FeatureProfiles.FIRMWARE_MANAGEMENT)) {
                runtime.diagnostics(uploader, station.firmware());
            }
        });
        if (signedFirmware) {
            builder.signedFirmware(installer);
        }
        if (!tlsVersions.isEmpty()) {
            String[] versions = tlsVersions.toArray(String[]::new);
            String[] suites = cipherSuites.toArray(String[]::new);
            builder.tlsOptions(tls -> tls.protocols(versions).cipherSuites(suites));
        }
        return builder.keyAlgorithm(keyAlgorithm).keepLastCentralSystemRoot(!lastCentralSystemRootRemovable);
    }
}

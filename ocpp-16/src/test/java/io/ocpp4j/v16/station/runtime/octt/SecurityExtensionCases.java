package io.ocpp4j.v16.station.runtime.octt;

import java.util.List;
import java.util.Optional;

/**
 * The OCTT {@code _CS} cases of the Security extension (section 2.24: the 1.6 security whitepaper).
 * They are run by {@code ocpp-16-security}'s {@code CertifiedStationsSecurityConformanceTest} (the secure
 * station runtime lives there); this suite lists them for the stations whose certificate covers the
 * extension, pointing there.
 */
final class SecurityExtensionCases {

    /** The pseudo feature profile of the extension's cases. */
    static final String SECURITY_EXTENSION = "Security extension";
    static final String NOT_HERE = "run by CertifiedStationsSecurityConformanceTest (ocpp-16-security)";

    private SecurityExtensionCases() {
    }

    static List<OcttCase> all() {
        return List.of(
                listed("TC_073_CS", "Update Charge Point Password for HTTP Basic Authentication"),
                listed("TC_074_CS", "Update Charge Point Certificate by request of Central System"),
                listed("TC_075_1_CS", "Install a certificate on the Charge Point - ManufacturerRootCertificate"),
                listed("TC_075_2_CS", "Install a certificate on the Charge Point - CentralSystemRootCertificate"),
                listed("TC_076_CS", "Delete a specific certificate from the Charge Point"),
                listed("TC_077_CS", "Invalid ChargePointCertificate Security Event"),
                listed("TC_078_CS", "Invalid CentralSystemCertificate Security Event"),
                listed("TC_079_CS", "Get Security Log"),
                listed("TC_080_CS", "Secure Firmware Update"),
                listed("TC_081_CS", "Secure Firmware Update - Invalid Signature"),
                listed("TC_083_CS", "Upgrade security profile"),
                listed("TC_084_CS", "Downgrade security profile - Rejected"),
                listed("TC_085_CS", "Basic Authentication - Valid username/password combination"),
                listed("TC_086_CS", "TLS - server-side certificate - Valid certificate"),
                listed("TC_087_CS", "TLS - Client-side certificate - valid certificate"));
    }

    private static OcttCase listed(String id, String title) {
        return OcttCase.notRun(id, title, SECURITY_EXTENSION, station -> Optional.of(NOT_HERE));
    }
}

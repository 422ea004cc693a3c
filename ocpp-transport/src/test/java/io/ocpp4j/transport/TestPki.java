package io.ocpp4j.transport;

import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;

/**
 * Certificates for the transport tests, generated once per test JVM (RSA key generation is slow):
 * an EC root with an EC CSMS certificate (the ECDSA suites), an RSA root with an RSA CSMS certificate
 * (the legacy RSA suites), and a station CA.
 */
final class TestPki {

    static final CertifiedKey EC_ROOT = Pki.rootCa("ocpp4j test EC root", KeyAlgorithm.EC_P256);
    static final CertifiedKey RSA_ROOT = Pki.rootCa("ocpp4j test RSA root", KeyAlgorithm.RSA_2048);
    static final CertifiedKey CSMS_EC = Pki.csmsServer(EC_ROOT, KeyAlgorithm.EC_P256, "localhost", "127.0.0.1");
    static final CertifiedKey CSMS_RSA = Pki.csmsServer(RSA_ROOT, KeyAlgorithm.RSA_2048, "localhost", "127.0.0.1");
    static final CertifiedKey STATION_CA = Pki.subCa(EC_ROOT, "ocpp4j test station CA", KeyAlgorithm.EC_P256);

    private TestPki() {
    }

    /** The CSMS side: both server keys, station CA as trust anchor (for profile 3). */
    static TlsConfig.Builder csmsTls() {
        return TlsConfig.builder()
                .keyMaterial(CSMS_EC, CSMS_RSA)
                .trustAnchors(EC_ROOT.certificate());
    }

    /** A station trusting both CSMS roots. */
    static TlsConfig.Builder stationTls() {
        return TlsConfig.builder().trustAnchors(EC_ROOT.certificate(), RSA_ROOT.certificate());
    }
}

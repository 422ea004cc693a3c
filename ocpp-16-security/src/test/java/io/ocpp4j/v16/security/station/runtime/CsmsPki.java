package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;

/**
 * The CPO's certificates for a {@link ScriptedCsms}: a root, its successor signed by it (as
 * AdditionalRootCertificateCheck wants a new root to be) and the TLS servers' certificate for
 * {@code localhost}/{@code 127.0.0.1}, issued by the successor so that it validates with either root.
 *
 * @param root the CPO root
 * @param nextRoot the next root, signed by {@code root}
 * @param server the CSMS's server key and chain
 */
record CsmsPki(CertifiedKey root, CertifiedKey nextRoot, CertifiedKey server) {

    /**
     * @param serverKey the server key's type (RSA for stations that offer only {@code TLS_RSA_*} suites)
     * @return a fresh PKI with EC P-256 CAs
     */
    static CsmsPki generate(KeyAlgorithm serverKey) {
        CertifiedKey root = Pki.rootCa("Test CPO Root", KeyAlgorithm.EC_P256);
        CertifiedKey nextRoot = Pki.subCa(root, "Test CPO Root 2", KeyAlgorithm.EC_P256);
        return new CsmsPki(root, nextRoot, Pki.csmsServer(nextRoot, serverKey, "localhost", "127.0.0.1"));
    }
}

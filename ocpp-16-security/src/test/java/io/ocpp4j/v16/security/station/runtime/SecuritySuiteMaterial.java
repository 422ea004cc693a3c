package io.ocpp4j.v16.security.station.runtime;

import io.ocpp4j.core.RpcRuntime;
import io.ocpp4j.transport.pki.CertifiedKey;
import io.ocpp4j.transport.pki.KeyAlgorithm;
import io.ocpp4j.transport.pki.Pki;
import java.nio.file.Path;

/**
 * What the cases of one run of {@link CertifiedStationsSecurityConformanceTest} share, made once: the
 * threads and compiled schemas, the CPO's PKI (an RSA server certificate, as the certified stations
 * offer only {@code TLS_RSA_*} suites), another CPO's root (a certificate the station must not trust),
 * the manufacturer's root and firmware signing key, and a folder for downloaded images.
 *
 * @param rpc the shared RPC runtime
 * @param pki the CPO's PKI
 * @param foreignRoot a root that did not sign the CSMS's certificate
 * @param manufacturerRoot the manufacturer root
 * @param firmwareSigner the firmware signing key, issued by {@code manufacturerRoot}
 * @param folder where firmware images are "downloaded"
 */
record SecuritySuiteMaterial(RpcRuntime rpc, CsmsPki pki, CertifiedKey foreignRoot, CertifiedKey manufacturerRoot,
                             CertifiedKey firmwareSigner, Path folder) {

    /** With an RSA server certificate, as the certified stations need. */
    static SecuritySuiteMaterial create(Path folder) {
        return create(folder, KeyAlgorithm.RSA_2048);
    }

    /** With a server certificate of the given key type. */
    static SecuritySuiteMaterial create(Path folder, KeyAlgorithm serverKey) {
        CertifiedKey manufacturerRoot = Pki.rootCa("ACME Manufacturer Root", KeyAlgorithm.EC_P256);
        return new SecuritySuiteMaterial(RpcRuntime.create(), CsmsPki.generate(serverKey),
                Pki.rootCa("Other CPO Root", KeyAlgorithm.EC_P256), manufacturerRoot,
                SignedFirmwareUpdateTest.signingKey(manufacturerRoot), folder);
    }
}

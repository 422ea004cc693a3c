package io.ocpp4j.v16.station.runtime;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a station updates firmware and uploads diagnostics.
 *
 * @param downloadDuringTransaction whether firmware may be downloaded while a transaction is ongoing
 *                                  (PICS {@code AQ-4}); installation always waits until none is
 * @param transferProtocols the URI schemes the station can download from and upload to (ORS-16),
 *                          e.g. {@code ftp}, {@code http}, {@code https}
 */
public record FirmwarePolicy(boolean downloadDuringTransaction, Set<String> transferProtocols) {

    public FirmwarePolicy {
        Objects.requireNonNull(transferProtocols, "transferProtocols");
        transferProtocols = transferProtocols.stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param scheme a URI scheme
     * @return whether the station can transfer files with it
     */
    public boolean supports(String scheme) {
        return scheme != null && transferProtocols.contains(scheme.toLowerCase(Locale.ROOT));
    }
}

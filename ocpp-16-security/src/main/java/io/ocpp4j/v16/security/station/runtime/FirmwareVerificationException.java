package io.ocpp4j.v16.security.station.runtime;

/**
 * The installer's own check of a firmware image (a checksum, a format check) failed, so it was not
 * installed: reported as {@code InstallVerificationFailed}.
 */
public final class FirmwareVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what did not verify
     */
    public FirmwareVerificationException(String message) {
        super(message);
    }
}

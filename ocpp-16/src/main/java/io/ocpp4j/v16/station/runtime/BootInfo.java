package io.ocpp4j.v16.station.runtime;

import io.ocpp4j.v16.model.BootNotificationRequest;
import java.util.Objects;

/**
 * What the station says about itself in BootNotification. Immutable; build it with
 * {@link #builder(String, String)}.
 *
 * @param chargePointVendor the vendor, at most 20 characters
 * @param chargePointModel the model, at most 20 characters
 * @param chargePointSerialNumber the charge point's serial number, or {@code null}
 * @param chargeBoxSerialNumber the charge box's serial number (deprecated in 1.6), or {@code null}
 * @param firmwareVersion the firmware version, or {@code null}
 * @param iccid the modem SIM's ICCID, or {@code null}
 * @param imsi the modem SIM's IMSI, or {@code null}
 * @param meterType the main meter's type, or {@code null}
 * @param meterSerialNumber the main meter's serial number, or {@code null}
 */
public record BootInfo(String chargePointVendor, String chargePointModel, String chargePointSerialNumber,
                       String chargeBoxSerialNumber, String firmwareVersion, String iccid, String imsi,
                       String meterType, String meterSerialNumber) {

    /**
     * Checks the required fields.
     *
     * @param chargePointVendor the vendor
     * @param chargePointModel the model
     * @param chargePointSerialNumber the charge point's serial number, or {@code null}
     * @param chargeBoxSerialNumber the charge box's serial number, or {@code null}
     * @param firmwareVersion the firmware version, or {@code null}
     * @param iccid the SIM's ICCID, or {@code null}
     * @param imsi the SIM's IMSI, or {@code null}
     * @param meterType the main meter's type, or {@code null}
     * @param meterSerialNumber the main meter's serial number, or {@code null}
     */
    public BootInfo {
        Objects.requireNonNull(chargePointVendor, "chargePointVendor");
        Objects.requireNonNull(chargePointModel, "chargePointModel");
    }

    /**
     * @param vendor the vendor, at most 20 characters
     * @param model the model, at most 20 characters
     * @return a builder
     */
    public static Builder builder(String vendor, String model) {
        return new Builder(vendor, model);
    }

    /** @return a new BootNotification request with these fields */
    public BootNotificationRequest toRequest() {
        return new BootNotificationRequest()
                .withChargePointVendor(chargePointVendor)
                .withChargePointModel(chargePointModel)
                .withChargePointSerialNumber(chargePointSerialNumber)
                .withChargeBoxSerialNumber(chargeBoxSerialNumber)
                .withFirmwareVersion(firmwareVersion)
                .withIccid(iccid)
                .withImsi(imsi)
                .withMeterType(meterType)
                .withMeterSerialNumber(meterSerialNumber);
    }

    /** Builds a {@link BootInfo}. */
    public static final class Builder {
        private final String vendor;
        private final String model;
        private String chargePointSerialNumber;
        private String chargeBoxSerialNumber;
        private String firmwareVersion;
        private String iccid;
        private String imsi;
        private String meterType;
        private String meterSerialNumber;

        private Builder(String vendor, String model) {
            this.vendor = Objects.requireNonNull(vendor, "vendor");
            this.model = Objects.requireNonNull(model, "model");
        }

        /**
         * @param value at most 25 characters
         * @return this
         */
        public Builder chargePointSerialNumber(String value) {
            this.chargePointSerialNumber = value;
            return this;
        }

        /**
         * @param value at most 25 characters
         * @return this
         */
        public Builder chargeBoxSerialNumber(String value) {
            this.chargeBoxSerialNumber = value;
            return this;
        }

        /**
         * @param value at most 50 characters
         * @return this
         */
        public Builder firmwareVersion(String value) {
            this.firmwareVersion = value;
            return this;
        }

        /**
         * @param value at most 20 characters
         * @return this
         */
        public Builder iccid(String value) {
            this.iccid = value;
            return this;
        }

        /**
         * @param value at most 20 characters
         * @return this
         */
        public Builder imsi(String value) {
            this.imsi = value;
            return this;
        }

        /**
         * @param value at most 25 characters
         * @return this
         */
        public Builder meterType(String value) {
            this.meterType = value;
            return this;
        }

        /**
         * @param value at most 25 characters
         * @return this
         */
        public Builder meterSerialNumber(String value) {
            this.meterSerialNumber = value;
            return this;
        }

        /** @return the boot information */
        public BootInfo build() {
            return new BootInfo(vendor, model, chargePointSerialNumber, chargeBoxSerialNumber, firmwareVersion,
                    iccid, imsi, meterType, meterSerialNumber);
        }
    }
}

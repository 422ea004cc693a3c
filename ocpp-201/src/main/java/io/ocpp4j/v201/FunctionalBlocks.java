package io.ocpp4j.v201;

/**
 * The names of the sixteen OCPP 2.0.1 functional blocks (A to P), as {@link io.ocpp4j.core.Action#feature()}
 * reports them for the actions of {@link Actions201}: each action belongs to the block whose use
 * cases define it.
 */
public final class FunctionalBlocks {

    /** A. Security: the station's certificates and security events. */
    public static final String SECURITY = "Security";
    /** B. Provisioning: boot, configuration (variables, reports), network profiles, reset. */
    public static final String PROVISIONING = "Provisioning";
    /** C. Authorization: authorizing id tokens and the authorization cache. */
    public static final String AUTHORIZATION = "Authorization";
    /** D. Local Authorization List Management. */
    public static final String LOCAL_AUTHORIZATION_LIST_MANAGEMENT = "LocalAuthorizationListManagement";
    /** E. Transactions: transaction events and their status. */
    public static final String TRANSACTIONS = "Transactions";
    /** F. Remote Control: starting and stopping transactions, unlocking, triggering messages. */
    public static final String REMOTE_CONTROL = "RemoteControl";
    /** G. Availability: connector status, heartbeats, changing availability. */
    public static final String AVAILABILITY = "Availability";
    /** H. Reservation. */
    public static final String RESERVATION = "Reservation";
    /** I. Tariff and Cost. */
    public static final String TARIFF_AND_COST = "TariffAndCost";
    /** J. Meter Values outside transactions. */
    public static final String METER_VALUES = "MeterValues";
    /** K. Smart Charging: charging profiles, limits, schedules and EV charging needs. */
    public static final String SMART_CHARGING = "SmartCharging";
    /** L. Firmware Management: updates and publishing firmware to local controllers. */
    public static final String FIRMWARE_MANAGEMENT = "FirmwareManagement";
    /** M. ISO 15118 Certificate Management: installed certificates, EV contract certificates, OCSP status. */
    public static final String ISO15118_CERTIFICATE_MANAGEMENT = "ISO15118CertificateManagement";
    /** N. Diagnostics: logs, monitoring, events and customer information. */
    public static final String DIAGNOSTICS = "Diagnostics";
    /** O. Display Message: messages shown to the EV driver. */
    public static final String DISPLAY_MESSAGE = "DisplayMessage";
    /** P. Data Transfer: vendor-specific messages. */
    public static final String DATA_TRANSFER = "DataTransfer";

    private FunctionalBlocks() {
    }
}

package io.ocpp4j.core;

import java.util.Map;
import java.util.Optional;

/**
 * The OCPP-J CALLERROR codes of every supported version, under one name each. How a code is
 * spelled on the wire depends on the version (see {@link ErrorCodeSpelling}); when receiving,
 * {@link #fromWire} accepts every spelling of every version.
 */
public enum ErrorCode {
    /** The action is not known by the receiver. */
    NOT_IMPLEMENTED("NotImplemented", "NotImplemented"),
    /** The action is known but not supported by the receiver. */
    NOT_SUPPORTED("NotSupported", "NotSupported"),
    /** An internal error kept the receiver from processing the action. */
    INTERNAL_ERROR("InternalError", "InternalError"),
    /** The payload is incomplete. */
    PROTOCOL_ERROR("ProtocolError", "ProtocolError"),
    /** A security issue kept the receiver from completing the action. */
    SECURITY_ERROR("SecurityError", "SecurityError"),
    /** The payload is syntactically wrong or does not conform to the action's PDU structure. */
    FORMAT_VIOLATION("FormationViolation", "FormatViolation"),
    /** A field holds a value that its constraints do not allow. */
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", "PropertyConstraintViolation"),
    /** A field occurs too few or too many times. */
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    /** A field has the wrong data type. */
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", "TypeConstraintViolation"),
    /** Any other error. */
    GENERIC_ERROR("GenericError", "GenericError"),
    /** The frame is not a valid RPC request, e.g. its message id cannot be read (2.0.1). */
    RPC_FRAMEWORK_ERROR("FormationViolation", "RpcFrameworkError"),
    /** The message type id is not one the receiver knows (2.0.1). */
    MESSAGE_TYPE_NOT_SUPPORTED("FormationViolation", "MessageTypeNotSupported");

    private static final Map<String, ErrorCode> BY_WIRE_NAME = Map.ofEntries(
            Map.entry("NotImplemented", NOT_IMPLEMENTED),
            Map.entry("NotSupported", NOT_SUPPORTED),
            Map.entry("InternalError", INTERNAL_ERROR),
            Map.entry("ProtocolError", PROTOCOL_ERROR),
            Map.entry("SecurityError", SECURITY_ERROR),
            Map.entry("FormationViolation", FORMAT_VIOLATION),
            Map.entry("FormatViolation", FORMAT_VIOLATION),
            Map.entry("PropertyConstraintViolation", PROPERTY_CONSTRAINT_VIOLATION),
            Map.entry("OccurenceConstraintViolation", OCCURRENCE_CONSTRAINT_VIOLATION),
            Map.entry("OccurrenceConstraintViolation", OCCURRENCE_CONSTRAINT_VIOLATION),
            Map.entry("TypeConstraintViolation", TYPE_CONSTRAINT_VIOLATION),
            Map.entry("GenericError", GENERIC_ERROR),
            Map.entry("RpcFrameworkError", RPC_FRAMEWORK_ERROR),
            Map.entry("MessageTypeNotSupported", MESSAGE_TYPE_NOT_SUPPORTED));

    private final String ocpp16;
    private final String ocpp201;

    ErrorCode(String ocpp16, String ocpp201) {
        this.ocpp16 = ocpp16;
        this.ocpp201 = ocpp201;
    }

    /**
     * This code as the given version spells it. OCPP 1.6 has no {@code RpcFrameworkError} nor
     * {@code MessageTypeNotSupported}; it gets {@code FormationViolation} for both.
     *
     * @param spelling the version's spelling
     * @return the wire name
     */
    public String wireName(ErrorCodeSpelling spelling) {
        return spelling == ErrorCodeSpelling.OCPP_16 ? ocpp16 : ocpp201;
    }

    /**
     * Reads a received error code, in the spelling of any version.
     *
     * @param wireName the code as received
     * @return the code, or empty if no version knows it
     */
    public static Optional<ErrorCode> fromWire(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }
}

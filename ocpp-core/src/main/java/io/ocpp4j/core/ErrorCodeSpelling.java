package io.ocpp4j.core;

/** How an OCPP version spells its CALLERROR codes on the wire (see {@link ErrorCode#wireName}). */
public enum ErrorCodeSpelling {
    /** OCPP-J 1.6: {@code FormationViolation}, {@code OccurenceConstraintViolation} (sic). */
    OCPP_16,
    /** OCPP-J 2.0.1 and later: {@code FormatViolation}, {@code OccurrenceConstraintViolation}. */
    OCPP_201
}

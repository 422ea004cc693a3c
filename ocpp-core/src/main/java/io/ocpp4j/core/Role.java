package io.ocpp4j.core;

/** The two sides of an OCPP link. */
public enum Role {
    /** The charging station (OCPP 1.6: Charge Point). */
    STATION,
    /** The Charging Station Management System (OCPP 1.6: Central System). */
    CSMS
}

package io.ocpp4j.v201;

import io.ocpp4j.core.ActionCatalog;
import io.ocpp4j.core.ErrorCodeSpelling;
import io.ocpp4j.core.OcppJson;
import io.ocpp4j.core.ProtocolVersion;

/** OCPP 2.0.1 as the RPC layer sees it: subprotocol {@code ocpp2.0.1}, the actions of {@link Actions201}. */
public final class Ocpp201 {

    /**
     * The 2.0.1 protocol version: subprotocol {@code ocpp2.0.1}, the catalog of all 64 actions, the
     * 2.0.1 spellings of CALLERROR codes ({@code FormatViolation}, {@code OccurrenceConstraintViolation},
     * {@code RpcFrameworkError}, {@code MessageTypeNotSupported}), and the shared mapper of the 2.0.1
     * models (not to be reconfigured).
     *
     * <p>Every 2.0.1 object may carry {@code customData} ({@link io.ocpp4j.v201.model.CustomData}): a
     * {@code vendorId} and any vendor properties, which the model keeps as JSON trees in
     * {@code getAdditionalProperties()} and writes back unchanged.
     */
    public static final ProtocolVersion VERSION = new ProtocolVersion("ocpp2.0.1",
            ActionCatalog.of(Actions201.ALL), ErrorCodeSpelling.OCPP_201, OcppJson.newMapper());

    private Ocpp201() {
    }
}

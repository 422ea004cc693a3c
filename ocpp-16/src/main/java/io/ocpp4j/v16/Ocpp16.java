package io.ocpp4j.v16;

import io.ocpp4j.core.ActionCatalog;
import io.ocpp4j.core.ErrorCodeSpelling;
import io.ocpp4j.core.OcppJson;
import io.ocpp4j.core.ProtocolVersion;

/** OCPP 1.6J as the RPC layer sees it: subprotocol {@code ocpp1.6}, the actions of {@link Actions16}. */
public final class Ocpp16 {

    /**
     * The 1.6 protocol version: subprotocol {@code ocpp1.6}, the catalog of all 28 actions, the 1.6
     * spellings of CALLERROR codes, and the shared mapper of the 1.6 models (not to be reconfigured).
     */
    public static final ProtocolVersion VERSION = new ProtocolVersion("ocpp1.6",
            ActionCatalog.of(Actions16.ALL), ErrorCodeSpelling.OCPP_16, OcppJson.newMapper());

    private Ocpp16() {
    }
}

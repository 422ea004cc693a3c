package io.ocpp4j.core;

/**
 * An extension of a version that travels on its subprotocol, such as the OCPP 1.6 Security
 * Whitepaper: it adds actions to the version's catalog and handlers for those the facade receives.
 * A facade builder takes it with {@link EndpointBuilder#extension}.
 */
public interface EndpointExtension {

    /**
     * The version with the extension's actions.
     *
     * @param base the version the facade speaks so far
     * @return the same subprotocol with a catalog that also holds the extension's actions
     * @throws IllegalArgumentException if the extension does not apply to {@code base}
     */
    ProtocolVersion extend(ProtocolVersion base);

    /**
     * @return handlers for the extension's actions that the facade receives; they must not repeat an
     *     action of the facade's own handler interfaces
     */
    Handlers handlers();
}

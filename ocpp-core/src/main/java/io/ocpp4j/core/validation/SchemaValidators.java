package io.ocpp4j.core.validation;

import io.ocpp4j.core.Action;
import io.ocpp4j.core.ActionCatalog;

/**
 * Hands out compiled {@link PayloadValidator}s by schema resource. An instance compiles each schema
 * once and caches it; create one per runtime (or per protocol version) and share it between
 * sessions.
 */
public interface SchemaValidators {

    /**
     * The validator of one schema, compiled on first use.
     *
     * @param schemaResource a classpath resource, e.g. {@code schemas/v16/BootNotificationRequest.json}
     * @return the compiled validator
     * @throws IllegalArgumentException if the schema cannot be found or compiled
     */
    PayloadValidator forSchema(String schemaResource);

    /**
     * The validator of an action's request.
     *
     * @param action the action
     * @return the compiled validator
     */
    default PayloadValidator request(Action<?, ?> action) {
        return forSchema(action.requestSchema());
    }

    /**
     * The validator of an action's response.
     *
     * @param action the action
     * @return the compiled validator
     */
    default PayloadValidator response(Action<?, ?> action) {
        return forSchema(action.responseSchema());
    }

    /**
     * Compiles every schema of a catalog now, so that a broken schema fails at start-up rather than
     * on the first message, and so that no message pays for compilation.
     *
     * @param catalog the actions whose schemas to compile
     * @return this
     */
    default SchemaValidators precompile(ActionCatalog catalog) {
        for (Action<?, ?> action : catalog.actions()) {
            request(action);
            response(action);
        }
        return this;
    }
}

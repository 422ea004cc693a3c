package io.ocpp4j.core.validation;

/** {@link ValidationMappingTest} on the networknt reference implementation. */
class NetworkntValidationMappingTest extends ValidationMappingTest {

    @Override
    SchemaValidators validators() {
        return new NetworkntSchemaValidators();
    }
}

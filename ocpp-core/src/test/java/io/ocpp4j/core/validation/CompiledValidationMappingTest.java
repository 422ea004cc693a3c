package io.ocpp4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocpp4j.core.testing.TestCatalog;
import org.junit.jupiter.api.Test;

/** {@link ValidationMappingTest} on the compiled validators, plus what is particular to them. */
class CompiledValidationMappingTest extends ValidationMappingTest {

    @Override
    SchemaValidators validators() {
        return new CompiledSchemaValidators();
    }

    @Test
    void theTestSchemasAreCompiledNotInterpreted() {
        CompiledSchemaValidators validators = new CompiledSchemaValidators();
        TestCatalog.CATALOG.actions().forEach(action -> {
            assertThat(validators.isCompiled(action.requestSchema())).as(action.requestSchema()).isTrue();
            assertThat(validators.isCompiled(action.responseSchema())).as(action.responseSchema()).isTrue();
        });
    }
}

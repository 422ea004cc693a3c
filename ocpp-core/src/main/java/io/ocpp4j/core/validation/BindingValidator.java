package io.ocpp4j.core.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * A {@link PayloadValidator} that can also check a payload while Jackson binds it: one pass over the
 * payload's text, no tree. The validators of {@link CompiledSchemaValidators} are such validators.
 *
 * <p>It is a fast path only, for payloads that are valid: {@link #bindIfValid} returns a value only
 * when the payload is certainly valid under the leniency and needs no normalisation, and then the
 * value is the one the tree path ({@link #validate}, then binding the tree) would produce. In every
 * other case it returns {@code null}, and the caller must parse the payload as a tree and take that
 * path, whose verdict (and violation, if any) is authoritative.
 */
public interface BindingValidator extends PayloadValidator {

    /**
     * Binds the object at the parser's current token while checking it against the schema.
     *
     * @param parser a parser positioned on the payload's {@code START_OBJECT}; when a value is
     *               returned it is left on the payload's {@code END_OBJECT}, otherwise anywhere
     * @param reader reads the payload's class
     * @param leniency what is forgiven
     * @param <T> the payload's class
     * @return the bound payload, or {@code null} if the tree path must decide
     */
    <T> T bindIfValid(JsonParser parser, ObjectReader reader, Leniency leniency);
}

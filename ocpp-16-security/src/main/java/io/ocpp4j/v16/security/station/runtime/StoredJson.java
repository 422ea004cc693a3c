package io.ocpp4j.v16.security.station.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.v16.security.Ocpp16Security;
import io.ocpp4j.v16.station.runtime.store.StoreException;

/** Writes the security runtime's records as JSON text for the store and reads them back. */
final class StoredJson {

    private static final ObjectMapper MAPPER = Ocpp16Security.VERSION.mapper();

    private StoredJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot decode a stored " + type.getSimpleName(), e);
        }
    }

    /** @return a key whose text order is the numeric order of non-negative numbers */
    static String key(long number) {
        return String.format("%019d", number);
    }
}

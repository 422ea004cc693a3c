package io.ocpp4j.v16.station.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocpp4j.v16.Ocpp16;
import io.ocpp4j.v16.station.runtime.store.StoreException;

/**
 * Writes the runtime's records and 1.6 payloads as JSON text for the store, and reads them back,
 * with the 1.6 models' mapper (used read-only). Keys are formatted so that text order is numeric
 * order.
 */
final class StoreCodec {

    private static final ObjectMapper MAPPER = Ocpp16.VERSION.mapper();

    private StoreCodec() {
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

package io.ocpp4j.v16.station.runtime;

/**
 * Hears configuration changes that the runtime itself does not act on, so that firmware can apply
 * them: {@code WebSocketPingInterval} to the transport, {@code LightIntensity} to the lights, vendor
 * keys to whatever they configure. Called on the runtime's state thread after the change is stored;
 * it must return quickly.
 */
@FunctionalInterface
public interface ConfigurationListener {

    /**
     * A key's value changed (by ChangeConfiguration or by the runtime). For a key that requires a
     * reboot, this is called at the change; the runtime itself reads the new value after the reboot.
     *
     * @param key the key
     * @param value its new value, canonical
     */
    void changed(String key, String value);
}

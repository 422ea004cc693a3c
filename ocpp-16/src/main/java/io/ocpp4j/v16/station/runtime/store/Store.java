package io.ocpp4j.v16.station.runtime.store;

/**
 * Where a station keeps what must survive a restart: its configuration, authorization data,
 * ongoing transactions and the queue of transaction messages not yet delivered.
 *
 * <p>A store holds named maps of text to text. Changes become durable only at {@link #commit()},
 * all together or not at all: after a crash (even {@code kill -9} or a power cut) the store reopens
 * with exactly the state of the last completed commit. The runtime makes each of its changes (for
 * example "this transaction started" and "this StartTransaction is to be sent") in one commit.
 *
 * <p>The runtime uses a store from one thread at a time; implementations need not be faster than
 * that, but must be safe to call from different threads one after another.
 *
 * @see MvStoreStore the durable implementation
 * @see InMemoryStore for tests and for stations that need no durability
 */
public interface Store extends AutoCloseable {

    /**
     * Opens (creating if needed) a named map. Opening the same name twice gives the same data.
     *
     * @param name the map's name
     * @return the map
     */
    StoreMap map(String name);

    /**
     * Makes every change since the last commit durable, atomically. When this method returns, the
     * changes survive a crash of the process and, as far as the storage allows, of the machine.
     *
     * @throws StoreException if the changes could not be written
     */
    void commit();

    /** Closes the store. Changes not committed may be lost. */
    @Override
    void close();
}

package io.ocpp4j.core.validation;

import java.util.Set;

/**
 * An immutable set of strings for the values of an {@code enum}: an open-addressing table on
 * {@link String#hashCode()}. Hashing a received string is the costly part of the look-up, and the
 * string's hash is cached in it: the binder's own look-up of the same string (the model enum's
 * {@code fromValue}) then gets it for free, so validation and binding hash each value once between
 * them.
 */
final class SmallStringSet {

    private final String[] table;
    private final int mask;

    SmallStringSet(Set<String> values) {
        int size = Integer.highestOneBit(Math.max(4, values.size() * 4 - 1)) << 1;
        this.mask = size - 1;
        this.table = new String[size];
        for (String value : values) {
            int i = spread(value.hashCode()) & mask;
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = value;
        }
    }

    boolean contains(String text) {
        int hash = text.hashCode();
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String value = table[i];
            if (value == null) {
                return false;
            }
            if (value.hashCode() == hash && value.equals(text)) {
                return true;
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}

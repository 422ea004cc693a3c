package io.ocpp4j.transport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTP Basic credentials (security profiles 1 and 2): the user name (in OCPP, the station identity)
 * and the password as raw bytes. OCPP 1.6 stations may send a binary {@code AuthorizationKey}, so the
 * password is not assumed to be text.
 *
 * <p>{@link #toString()} never shows the password; {@link #passwordMatches} compares in constant
 * time.
 */
public final class BasicCredentials {

    private final String username;
    private final byte[] password;

    /**
     * @param username the user name; must not contain {@code ':'}
     * @param password the password bytes (copied)
     */
    public BasicCredentials(String username, byte[] password) {
        this.username = Objects.requireNonNull(username, "username");
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a Basic auth user name cannot contain ':'");
        }
        this.password = Objects.requireNonNull(password, "password").clone();
    }

    /**
     * Credentials with a text password, encoded as UTF-8.
     *
     * @param username the user name
     * @param password the password
     * @return the credentials
     */
    public static BasicCredentials of(String username, String password) {
        return new BasicCredentials(username, password.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The user name.
     *
     * @return the user name
     */
    public String username() {
        return username;
    }

    /**
     * The password.
     *
     * @return a copy of the password bytes
     */
    public byte[] password() {
        return password.clone();
    }

    /**
     * Compares the password with {@code expected} in time that does not depend on where they differ.
     *
     * @param expected the password on record
     * @return {@code true} if they are equal
     */
    public boolean passwordMatches(byte[] expected) {
        return MessageDigest.isEqual(password, expected);
    }

    /**
     * The value of an {@code Authorization} header carrying these credentials.
     *
     * @return {@code Basic <base64(username:password)>}
     */
    String toAuthorizationHeader() {
        byte[] user = username.getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[user.length + 1 + password.length];
        System.arraycopy(user, 0, raw, 0, user.length);
        raw[user.length] = ':';
        System.arraycopy(password, 0, raw, user.length + 1, password.length);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Parses an {@code Authorization} header value.
     *
     * @param header the header value, possibly {@code null}
     * @return the credentials, or empty if the header is absent, not Basic, or malformed
     */
    static Optional<BasicCredentials> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.length() < 6 || !value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(value.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            int colon = -1;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon < 0) {
                return Optional.empty();
            }
            String user = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, 0, colon))
                    .toString();
            return Optional.of(new BasicCredentials(user, Arrays.copyOfRange(raw, colon + 1, raw.length)));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BasicCredentials that && username.equals(that.username)
                && MessageDigest.isEqual(password, that.password);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + ", password=****]";
    }
}

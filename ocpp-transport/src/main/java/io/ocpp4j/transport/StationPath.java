package io.ocpp4j.transport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the station identity from the path of an upgrade request: {@code <prefix>/<identity>}, the
 * identity percent-decoded (UTF-8) and checked: not empty, at most {@value #MAX_IDENTITY_LENGTH}
 * characters, no {@code ':'} (it would break Basic authentication), no {@code '/'} and no control
 * characters.
 */
final class StationPath {

    /** OCPP's maximum identity length. */
    static final int MAX_IDENTITY_LENGTH = 48;

    /**
     * The outcome of parsing a path.
     *
     * @param status 0 if the identity is valid, else the HTTP status to refuse with (400 or 404)
     * @param identity the identity when valid
     * @param problem why the path was refused, safe to log
     */
    record Result(int status, String identity, String problem) {
        boolean valid() {
            return status == 0;
        }
    }

    private StationPath() {
    }

    /**
     * Normalizes a configured prefix: leading {@code '/'}, no trailing {@code '/'}; the root is "".
     *
     * @param prefix a prefix such as {@code ocpp}, {@code /ocpp/} or {@code /}
     * @return the normalized prefix
     */
    static String normalizePrefix(String prefix) {
        String p = prefix.trim();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty() && !p.startsWith("/")) {
            p = "/" + p;
        }
        return p;
    }

    /**
     * Parses a request target.
     *
     * @param requestTarget the request's resource descriptor, e.g. {@code /ocpp/CS001?x=1}
     * @param prefix the normalized prefix
     * @return the identity or the refusal
     */
    static Result parse(String requestTarget, String prefix) {
        if (requestTarget == null) {
            return new Result(400, null, "no request target");
        }
        String path = requestTarget;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (!path.startsWith(prefix + "/")) {
            return new Result(404, null, "path is not under " + (prefix.isEmpty() ? "/" : prefix));
        }
        String segment = path.substring(prefix.length() + 1);
        if (segment.indexOf('/') >= 0) {
            return new Result(404, null, "path has more than one segment after the prefix");
        }
        String identity;
        try {
            identity = percentDecode(segment);
        } catch (IllegalArgumentException e) {
            return new Result(400, null, e.getMessage());
        }
        String problem = check(identity);
        return problem == null ? new Result(0, identity, null) : new Result(400, null, problem);
    }

    /**
     * Checks a decoded identity.
     *
     * @param identity the identity
     * @return what is wrong with it, or {@code null} if it is valid
     */
    static String check(String identity) {
        if (identity.isEmpty()) {
            return "empty station identity";
        }
        if (identity.length() > MAX_IDENTITY_LENGTH) {
            return "station identity longer than " + MAX_IDENTITY_LENGTH + " characters";
        }
        for (int i = 0; i < identity.length(); i++) {
            char c = identity.charAt(i);
            if (c == ':') {
                return "station identity contains ':'";
            }
            if (c == '/') {
                return "station identity contains '/'";
            }
            if (Character.isISOControl(c)) {
                return "station identity contains a control character";
            }
        }
        return null;
    }

    /**
     * Percent-encodes an identity as one path segment (every byte outside the RFC 3986 unreserved
     * set is encoded).
     *
     * @param identity the identity
     * @return the encoded segment
     */
    static String encodeSegment(String identity) {
        StringBuilder out = new StringBuilder();
        for (byte b : identity.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String percentDecode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    throw new IllegalArgumentException("truncated percent-encoding in station identity");
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("invalid percent-encoding in station identity");
                }
                bytes.write((high << 4) | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("unencoded non-ASCII character in station identity");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("station identity is not valid UTF-8");
        }
    }
}

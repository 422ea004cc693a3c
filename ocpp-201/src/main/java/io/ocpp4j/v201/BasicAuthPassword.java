package io.ocpp4j.v201;

/**
 * The OCPP 2.0.1 rule for a station's HTTP Basic password (the {@code BasicAuthPassword} variable,
 * security profiles 1 and 2): 16 to 40 characters, printable, no control characters. A CSMS checks a
 * password before provisioning it with SetVariables; a station before accepting it.
 */
public final class BasicAuthPassword {

    /** Fewest characters allowed. */
    public static final int MIN_LENGTH = 16;
    /** Most characters allowed. */
    public static final int MAX_LENGTH = 40;

    private BasicAuthPassword() {
    }

    /**
     * Whether a password satisfies the rule.
     *
     * @param password the candidate
     * @return {@code true} if it may be used as {@code BasicAuthPassword}
     */
    public static boolean isValid(String password) {
        if (password == null) {
            return false;
        }
        int length = password.codePointCount(0, password.length());
        return length >= MIN_LENGTH && length <= MAX_LENGTH
                && password.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c));
    }

    /**
     * Checks a password.
     *
     * @param password the candidate
     * @return the password
     * @throws IllegalArgumentException naming the rule broken (never the password itself)
     */
    public static String require(String password) {
        if (!isValid(password)) {
            throw new IllegalArgumentException("BasicAuthPassword must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " printable characters without spaces");
        }
        return password;
    }
}

package io.ocpp4j.v16.security.csms;

/** Makes text from the network safe for one log line. */
final class LogText {

    /** The longest text kept; OCPP's longest free-text field here (techInfo) has 255 characters. */
    private static final int MAX = 300;

    private LogText() {
    }

    /**
     * @param text text a station sent, possibly {@code null}
     * @return the text with every control character replaced by {@code ?}, shortened to {@value #MAX}
     *     characters ({@code …} marks a cut), or {@code -} for {@code null}
     */
    static String clean(String text) {
        if (text == null) {
            return "-";
        }
        int length = Math.min(text.length(), MAX);
        StringBuilder out = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        if (text.length() > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}

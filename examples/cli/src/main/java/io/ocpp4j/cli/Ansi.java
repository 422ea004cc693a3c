package io.ocpp4j.cli;

/**
 * Terminal colours, or none: every method returns its text unchanged when colours are off (output to
 * a file or a pipe, or {@code NO_COLOR} set).
 */
final class Ansi {

    static final Ansi OFF = new Ansi(false);
    static final Ansi ON = new Ansi(true);

    private static final String RESET = "\u001B[0m";
    private static final String[] STATION_COLOURS = {"\u001B[36m", "\u001B[35m", "\u001B[34m", "\u001B[33m", "\u001B[32m"};

    private final boolean enabled;

    private Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return colours when standard output is a terminal and {@code NO_COLOR} is not set */
    static Ansi auto() {
        return Terminal.isInteractive() && System.getenv("NO_COLOR") == null ? ON : OFF;
    }

    boolean enabled() {
        return enabled;
    }

    String bold(String text) {
        return wrap("\u001B[1m", text);
    }

    String dim(String text) {
        return wrap("\u001B[2m", text);
    }

    String red(String text) {
        return wrap("\u001B[31m", text);
    }

    String green(String text) {
        return wrap("\u001B[32m", text);
    }

    String yellow(String text) {
        return wrap("\u001B[33m", text);
    }

    String cyan(String text) {
        return wrap("\u001B[1;36m", text);
    }

    /** A colour per station, cycling. */
    String station(int index, String text) {
        return wrap(STATION_COLOURS[Math.floorMod(index, STATION_COLOURS.length)], text);
    }

    String arrowOut() {
        return enabled ? "\u2192" : "->";
    }

    String arrowIn() {
        return enabled ? "\u2190" : "<-";
    }

    private String wrap(String code, String text) {
        return enabled ? code + text + RESET : text;
    }
}

package io.ocpp4j.core;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The canonical shape of an RFC 3339 date-time, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)}, which is
 * how nearly every OCPP peer writes its timestamps, read without a {@code DateTimeFormatter} (about
 * 25 times faster, nothing allocated but the result). Both methods answer only for texts they are sure
 * of — calendar checked (month lengths, leap years), year 1 to 9999, no leap second, offset within
 * ±17:59 and not {@code -00:00} — and say "not sure" for every other text, which the caller then hands
 * to the general parser. So they never disagree with it.
 */
public final class Rfc3339 {

    private Rfc3339() {
    }

    /**
     * Whether a text is a canonical date-time (see the class comment).
     *
     * @param text the text
     * @return {@code true} if it certainly is a valid date-time; {@code false} if not sure
     */
    public static boolean isCanonical(String text) {
        return scan(text) >= 0;
    }

    /**
     * A canonical date-time (see the class comment), read.
     *
     * @param text the text
     * @return the date-time, with the text's offset; {@code null} if not sure
     */
    public static OffsetDateTime parseCanonical(String text) {
        int zone = scan(text);
        if (zone < 0) {
            return null;
        }
        int nanos = 0;
        if (text.charAt(19) == '.') {
            int digits = 0;
            for (int i = 20; i < zone; i++, digits++) {
                nanos = nanos * 10 + (text.charAt(i) - '0');
            }
            for (; digits < 9; digits++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = text.charAt(zone) == 'Z' ? ZoneOffset.UTC
                : ZoneOffset.ofHoursMinutes(sign(text.charAt(zone)) * digits2(text, zone + 1),
                        sign(text.charAt(zone)) * digits2(text, zone + 4));
        return OffsetDateTime.of(digits4(text, 0), digits2(text, 5), digits2(text, 8), digits2(text, 11),
                digits2(text, 14), digits2(text, 17), nanos, offset);
    }

    private static int sign(char c) {
        return c == '-' ? -1 : 1;
    }

    /** The index of the zone designator of a canonical date-time, or -1. */
    private static int scan(String s) {
        int n = s.length();
        if (n < 20 || n > 35) {
            return -1;
        }
        int year = digits4(s, 0);
        if (year < 1 || s.charAt(4) != '-') {
            return -1;
        }
        int month = digits2(s, 5);
        if (month < 1 || month > 12 || s.charAt(7) != '-') {
            return -1;
        }
        int day = digits2(s, 8);
        if (day < 1 || day > daysIn(year, month) || s.charAt(10) != 'T') {
            return -1;
        }
        int hour = digits2(s, 11);
        if (hour < 0 || hour > 23 || s.charAt(13) != ':') {
            return -1;
        }
        int minute = digits2(s, 14);
        if (minute < 0 || minute > 59 || s.charAt(16) != ':') {
            return -1;
        }
        int second = digits2(s, 17);
        if (second < 0 || second > 59) {
            return -1;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            int fraction = i - start;
            if (fraction < 1 || fraction > 9) {
                return -1;
            }
        }
        if (i >= n) {
            return -1;
        }
        char zone = s.charAt(i);
        if (zone == 'Z') {
            return i + 1 == n ? i : -1;
        }
        if ((zone != '+' && zone != '-') || i + 6 != n || s.charAt(i + 3) != ':') {
            return -1;
        }
        int offsetHours = digits2(s, i + 1);
        int offsetMinutes = digits2(s, i + 4);
        if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
            return -1;
        }
        return zone == '+' || offsetHours != 0 || offsetMinutes != 0 ? i : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Two decimal digits at {@code at}, or -1. */
    private static int digits2(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (!isDigit(a) || !isDigit(b)) {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    /** Four decimal digits at {@code at}, or -1. */
    private static int digits4(String s, int at) {
        int high = digits2(s, at);
        int low = digits2(s, at + 2);
        return high < 0 || low < 0 ? -1 : high * 100 + low;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}

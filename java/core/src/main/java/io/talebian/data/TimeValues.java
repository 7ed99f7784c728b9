package io.talebian.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the time values found in price files into epoch milliseconds (UTC), where possible.
 *
 * <p>Accepted: ISO dates ({@code 2020-03-16}, taken as midnight UTC), ISO date-times with or
 * without an offset ({@code 2020-03-16T14:30:00Z}, {@code 2020-03-16 14:30:00}; no offset means
 * UTC), and epoch numbers whose unit follows from their magnitude: below 1e11 seconds, below
 * 1e14 milliseconds, below 1e17 microseconds, else nanoseconds (fractions allowed). Anything
 * else is {@link #UNPARSED}: the value is still kept as written.
 */
public final class TimeValues {
    /** Marker for a time value that could not be read as an instant. */
    public static final long UNPARSED = Long.MIN_VALUE;

    /** Milliseconds in a day. */
    public static final long DAY_MILLIS = 86_400_000L;

    private TimeValues() {
    }

    /** Epoch milliseconds of {@code text}, or {@link #UNPARSED}. */
    public static long parseEpochMillis(final String text) {
        final String s = text.trim();
        if (s.isEmpty()) {
            return UNPARSED;
        }
        final char c0 = s.charAt(0);
        if ((c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+' || c0 == '.') {
            if (s.indexOf('-', 1) < 0 && s.indexOf(':') < 0) {
                return parseEpochNumber(s);
            }
        }
        return parseIso(s);
    }

    private static long parseEpochNumber(final String s) {
        final double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return UNPARSED;
        }
        if (!Double.isFinite(v)) {
            return UNPARSED;
        }
        final double a = Math.abs(v);
        final double millis;
        if (a < 1e11) {
            millis = v * 1e3;
        } else if (a < 1e14) {
            millis = v;
        } else if (a < 1e17) {
            millis = v / 1e3;
        } else {
            millis = v / 1e6;
        }
        return Math.round(millis);
    }

    private static long parseIso(final String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).toEpochDay() * DAY_MILLIS;
            }
            final String t = s.indexOf('T') < 0 && s.length() > 10 && s.charAt(10) == ' '
                    ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            if (t.endsWith("Z") || t.endsWith("z")) {
                return Instant.parse(t.substring(0, t.length() - 1) + 'Z').toEpochMilli();
            }
            if (hasOffset(t)) {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return UNPARSED;
        }
    }

    private static boolean hasOffset(final String t) {
        final int tPos = t.indexOf('T');
        if (tPos < 0) {
            return false;
        }
        return t.indexOf('+', tPos) > 0 || t.indexOf('-', tPos) > 0;
    }
}

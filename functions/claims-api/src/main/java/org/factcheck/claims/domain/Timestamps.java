package org.factcheck.claims.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fixed-width UTC timestamps (millisecond precision), so they sort as text, and the one
 * reading of every date and date-time the API accepts (bodies and query parameters).
 * Accepted: RFC 3339 date-times with an offset and dates, from {@link #MIN_YEAR} to
 * {@link #MAX_YEAR} (date-times: the instant in UTC), so every stored value keeps four
 * year digits and Java's wider ISO forms (+999999999-…, omitted seconds) never get in.
 */
public final class Timestamps {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-](0\\d|1[0-7]):[0-5]\\d|[+-]18:00)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Instant MIN = Instant.parse(MIN_YEAR + "-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse(MAX_YEAR + "-12-31T23:59:59.999999999Z");

    public static final String DATE_TIME_RULE = "must be an RFC 3339 date-time with offset from " + MIN_YEAR + " to "
            + MAX_YEAR + ", e.g. 2022-07-26T14:00:00Z";
    public static final String DATE_RULE =
            "must be a date (YYYY-MM-DD) from " + MIN_YEAR + " to " + MAX_YEAR + ", e.g. 2022-07-26";

    private Timestamps() {}

    /** Written by hand within the accepted years: DateTimeFormatter was 3% of a warm POST /claims. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < MIN.getEpochSecond() || seconds > MAX.getEpochSecond()) return FORMAT.format(instant);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, instant.getNano(), ZoneOffset.UTC);
        char[] c = "0000-00-00T00:00:00.000Z".toCharArray();
        digits(c, 0, 4, t.getYear());
        digits(c, 5, 2, t.getMonthValue());
        digits(c, 8, 2, t.getDayOfMonth());
        digits(c, 11, 2, t.getHour());
        digits(c, 14, 2, t.getMinute());
        digits(c, 17, 2, t.getSecond());
        digits(c, 20, 3, t.getNano() / 1_000_000);
        return new String(c);
    }

    /** The instant of a timestamp {@link #format} wrote (of anything else, as {@link Instant#parse} reads it). */
    public static long epochMilli(String timestamp) {
        if (timestamp.length() == 24 && "0000-00-00T00:00:00.000Z".equals(shape(timestamp))) {
            try {
                return LocalDateTime.of(
                                                number(timestamp, 0, 4),
                                                number(timestamp, 5, 2),
                                                number(timestamp, 8, 2),
                                                number(timestamp, 11, 2),
                                                number(timestamp, 14, 2),
                                                number(timestamp, 17, 2))
                                        .toEpochSecond(ZoneOffset.UTC)
                                * 1000
                        + number(timestamp, 20, 3);
            } catch (DateTimeException e) {
                // February 30 and the like: Instant.parse gives its own answer
            }
        }
        return Instant.parse(timestamp).toEpochMilli();
    }

    private static void digits(char[] into, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--, value /= 10) into[i] = (char) ('0' + value % 10);
    }

    private static String shape(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= '0' && c[i] <= '9') c[i] = '0';
        return new String(c);
    }

    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) value = value * 10 + (text.charAt(i) - '0');
        return value;
    }

    /** A date-time with offset as a fixed-width UTC timestamp, or null when it is not one within range. */
    public static String parseDateTime(String text) {
        if (text == null || text.length() > 40) return null;
        String upper = text.toUpperCase(Locale.ROOT); // RFC 3339 allows t and z
        if (!DATE_TIME.matcher(upper).matches()) return null;
        try {
            Instant instant = OffsetDateTime.parse(upper).toInstant();
            return instant.isBefore(MIN) || instant.isAfter(MAX) ? null : format(instant);
        } catch (DateTimeException e) { // includes DateTimeParseException: February 30, hour 24, …
            return null;
        }
    }

    /** A calendar date, as YYYY-MM-DD, or null when it is not one within range. */
    public static String parseDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) return null;
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR ? null : date.toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}

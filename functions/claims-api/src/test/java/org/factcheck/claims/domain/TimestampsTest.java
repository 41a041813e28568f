package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2022-07-26T14:00:00Z, 2022-07-26T14:00:00.000Z",
        "2022-07-26T14:30:00.123456+02:00, 2022-07-26T12:30:00.123Z",
        "2022-07-26t14:00:00z, 2022-07-26T14:00:00.000Z",
        "1900-01-01T00:00:00Z, 1900-01-01T00:00:00.000Z",
        "9999-12-31T23:59:59Z, 9999-12-31T23:59:59.000Z"
    })
    void dateTimesWithAnOffsetBecomeFixedWidthUtc(String given, String utc) {
        assertEquals(utc, Timestamps.parseDateTime(given));
    }

    @Test
    void everythingElseIsRefusedNotThrown() {
        for (String text : List.of(
                "+999999999-12-31T23:59:59-01:00",
                "-999999999-01-01T00:00:00+01:00",
                "9999-12-31T23:59:59-01:00",
                "1900-01-01T00:30:00+01:00",
                "1899-12-31T23:59:59Z",
                "0000-01-01T00:00:00Z",
                "2022-07-26T14:00Z",
                "2022-07-26T14:00:00",
                "2022-02-30T00:00:00Z",
                "2022-07-26T24:00:00Z",
                "2022-07-26T23:59:60Z",
                "2022-07-26T14:00:00+19:00",
                "2022-07-26 14:00:00Z",
                "2022-07-26T14:00:00.Z",
                "2022-07-26T14:00:00.1234567890Z",
                "２０２２-07-26T14:00:00Z",
                "",
                " ",
                "now")) {
            assertNull(Timestamps.parseDateTime(text), text);
        }
    }

    @Test
    void datesWithinRange() {
        assertEquals("2022-07-26", Timestamps.parseDate("2022-07-26"));
        for (String text : List.of(
                "+999999999-12-31",
                "1899-12-31",
                "10000-01-01",
                "2022-02-30",
                "2022-7-26",
                "20220726",
                "2022-07-26T00:00:00Z",
                "٢٠٢٢-07-26")) {
            assertNull(Timestamps.parseDate(text), text);
        }
    }

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void formatWritesWhatTheFormatterWouldAndEpochMilliReadsItBack() {
        long min = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long max = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 20_000; i++) {
            long millis = i < 2 ? (i == 0 ? min : max) : random.nextLong(min, max + 1);
            Instant instant = Instant.ofEpochMilli(millis).plusNanos(random.nextInt(1_000_000));
            String text = Timestamps.format(instant);
            assertEquals(REFERENCE.format(instant), text);
            assertEquals(millis, Timestamps.epochMilli(text), text);
        }
    }

    @Test
    void outsideTheAcceptedYearsTheFormatterWrites() {
        for (String text : List.of("1899-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z", "0001-01-01T00:00:00Z")) {
            Instant instant = Instant.parse(text);
            assertEquals(REFERENCE.format(instant), Timestamps.format(instant));
        }
    }

    @Test
    void epochMilliReadsOtherFormsAsInstantParseDoes() {
        for (String text : List.of("2022-07-26T14:00:00Z", "2022-07-26T14:00:00.5Z", "2022-07-26T14:00:00.123456Z")) {
            assertEquals(Instant.parse(text).toEpochMilli(), Timestamps.epochMilli(text));
        }
        for (String text :
                List.of("2022-02-30T00:00:00.000Z", "2022-13-01T00:00:00.000Z", "2022-07-26 14:00:00.000Z")) {
            assertThrows(DateTimeException.class, () -> Timestamps.epochMilli(text), text);
        }
    }
}

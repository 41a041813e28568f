package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
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
}

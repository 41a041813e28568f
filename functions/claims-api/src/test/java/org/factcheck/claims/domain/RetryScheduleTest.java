package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Delivery retries: growing delays; in AWS at least 8 attempts over at least 24 hours. */
class RetryScheduleTest {

    @Test
    void theDefaultMakesAtLeastEightAttemptsOverAtLeast24HoursWithGrowingDelays() {
        RetrySchedule schedule = RetrySchedule.parse(RetrySchedule.DEFAULT);
        assertEquals(9, schedule.attempts());
        assertTrue(schedule.spanSeconds() >= 24 * 3600, "span " + schedule.spanSeconds());
        for (int attempt = 2; attempt < schedule.attempts(); attempt++) {
            assertTrue(schedule.delayAfter(attempt) > schedule.delayAfter(attempt - 1), "after " + attempt);
        }
    }

    @Test
    void eachFailedAttemptHasItsDelayAndTheLastHasNone() {
        RetrySchedule schedule = RetrySchedule.parse(" 1, 2,4 ");
        assertEquals(List.of(1, 2, 4), schedule.delaysSeconds());
        assertEquals(4, schedule.attempts());
        assertEquals(1, schedule.delayAfter(1));
        assertEquals(2, schedule.delayAfter(2));
        assertEquals(4, schedule.delayAfter(3));
        assertEquals(-1, schedule.delayAfter(4));
        assertEquals(-1, schedule.delayAfter(0));
    }

    @Test
    void shrinkingNegativeOrTooLongDelaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("5,2"));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("43201"));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of()));
    }
}

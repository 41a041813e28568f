package org.factcheck.claims.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UlidTest {

    @Test
    void isValidAndOrderedByTime() {
        String earlier = Ulid.next(1_690_000_000_000L);
        String later = Ulid.next(1_690_000_000_001L);
        assertTrue(Ulid.isValid(earlier), earlier);
        assertTrue(earlier.compareTo(later) < 0, earlier + " < " + later);
    }

    @Test
    void increasesWithinOneMillisecond() {
        String previous = Ulid.next(1_700_000_000_000L);
        for (int i = 0; i < 1000; i++) {
            String next = Ulid.next(1_700_000_000_000L);
            assertTrue(previous.compareTo(next) < 0, previous + " < " + next);
            assertTrue(Ulid.isValid(next), next);
            previous = next;
        }
    }

    @Test
    void rejectsWhatIsNotAUlid() {
        assertFalse(Ulid.isValid(null));
        assertFalse(Ulid.isValid("01H5ZZZZZZZZZZZZZZZZZZZZZ")); // 25 chars
        assertFalse(Ulid.isValid("01H5ZZZZZZZZZZZZZZZZZZZZZI")); // I is not Crockford
        assertFalse(Ulid.isValid("81H5ZZZZZZZZZZZZZZZZZZZZZZ")); // overflows 48 bits
        assertFalse(Ulid.isValid("../../etc/passwd"));
    }
}

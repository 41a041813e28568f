package org.factcheck.claims.store.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyPrefixTest {
    private final KeyPrefix claims = new KeyPrefix("CLAIM#");

    @Test
    void makesAndTakesApartItsKindsValues() {
        assertEquals("CLAIM#01ARZ3NDEKTSV4RRFFQ69G5FAV", claims.of("01ARZ3NDEKTSV4RRFFQ69G5FAV"));
        assertTrue(claims.matches("CLAIM#01ARZ3NDEKTSV4RRFFQ69G5FAV"));
        assertEquals("01ARZ3NDEKTSV4RRFFQ69G5FAV", claims.rest("CLAIM#01ARZ3NDEKTSV4RRFFQ69G5FAV"));
    }

    @Test
    void anotherKindsValueOrNoneIsNotOne() {
        assertFalse(claims.matches("DEDUP#abc"));
        assertFalse(claims.matches("CLAIM")); // the claim item's sort key, not a prefixed value
        assertFalse(claims.matches(null));
        assertNull(claims.rest("DEDUP#abc"));
        assertNull(claims.rest(null));
    }
}

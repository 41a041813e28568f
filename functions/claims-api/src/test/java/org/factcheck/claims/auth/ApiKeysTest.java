package org.factcheck.claims.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void issuesKeysWhoseSecretOnlyTheHashRemembers() {
        ApiKeys.Issued a = ApiKeys.issue(1_700_000_000_000L);
        ApiKeys.Issued b = ApiKeys.issue(1_700_000_000_000L);
        assertNotEquals(a.key(), b.key());
        ApiKeys.Presented presented = ApiKeys.fromAuthorization("Bearer " + a.key());
        assertEquals(a.keyId(), presented.keyId());
        assertTrue(ApiKeys.matches(presented, a.secretHash()));
        assertFalse(ApiKeys.matches(presented, b.secretHash()));
        assertFalse(a.key().contains(a.secretHash()));
        assertEquals(64, a.secretHash().length());
    }

    @Test
    void refusesMalformedHeaders() {
        String key = ApiKeys.issue(1L).key();
        assertNull(ApiKeys.fromAuthorization(null));
        assertNull(ApiKeys.fromAuthorization(key));
        assertNull(ApiKeys.fromAuthorization("Basic " + key));
        assertNull(ApiKeys.fromAuthorization("Bearer " + key + "x"));
        assertNull(ApiKeys.fromAuthorization("Bearer fck_notanid_" + "A".repeat(43)));
        assertNull(ApiKeys.fromAuthorization("Bearer " + "x".repeat(500)));
        assertEquals(ApiKeys.fromAuthorization("Bearer " + key), ApiKeys.fromAuthorization("bearer  " + key + " "));
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.memory.InMemoryApiKeyStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.factcheck.claims.testing.RecordingUsagePlans;
import org.junit.jupiter.api.Test;

/** POST /keys from events/post-keys.json, on the in-memory key store. */
class CreateKeyHandlerTest {
    private final InMemoryApiKeyStore keys = new InMemoryApiKeyStore();

    @Test
    void issuesAKeyShownOnceAndStoresOnlyItsHash() {
        Response r = Events.load("post-keys.json").sendTo(new CreateKeyHandler(keys, UsagePlans.NONE));
        assertEquals(201, r.status(), r.body());
        assertEquals("no-store", r.header("Cache-Control"));
        Map<String, Object> body = r.json();
        String key = (String) body.get("key");
        String keyId = (String) body.get("keyId");
        assertTrue(key.startsWith("fck_" + keyId + "_"), key);
        assertEquals("Example Newsroom", body.get("owner"));
        assertEquals("reader", body.get("role"));
        assertEquals("2099-01-01T00:00:00.000Z", body.get("expiresAt"));
        assertEquals(false, body.get("revoked"));
        assertFalse(body.containsKey("secretHash"));
        ApiKeyRecord stored = keys.find(keyId).orElseThrow();
        assertEquals(Role.READER, stored.role());
        assertFalse(stored.secretHash().contains(key.substring(key.lastIndexOf('_') + 1)), "a hash, not the secret");
        assertNull(stored.usageKeyId(), "no usage plan");
    }

    @Test
    void enrolsTheKeyInTheUsagePlan() {
        RecordingUsagePlans plans = new RecordingUsagePlans();
        String keyId = (String) Events.load("post-keys.json")
                .sendTo(new CreateKeyHandler(keys, plans))
                .json()
                .get("keyId");
        assertEquals(List.of(keyId), plans.enrolled);
        assertEquals("usage-" + keyId, keys.find(keyId).orElseThrow().usageKeyId());
    }

    @Test
    void onlyAdminsIssueValidKeys() {
        CreateKeyHandler handler = new CreateKeyHandler(keys, UsagePlans.NONE);
        Events.load("post-keys.json").role("factchecker").sendTo(handler).problem(403, "forbidden");
        Events.load("post-keys.json")
                .body("{\"owner\": \"x\", \"role\": \"superuser\"}")
                .sendTo(handler)
                .problem(400, "validation");
        Events.load("post-keys.json")
                .body("{\"role\": \"reader\"}")
                .sendTo(handler)
                .problem(400, "validation");
        Events.load("post-keys.json")
                .body("{\"owner\": \"x\", \"role\": \"reader\", \"expiresAt\": \"2001-01-01T00:00:00Z\"}")
                .sendTo(handler)
                .problem(400, "validation");
        assertEquals(Map.of(), keys.all());
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.store.memory.InMemoryApiKeyStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.factcheck.claims.testing.RecordingUsagePlans;
import org.junit.jupiter.api.Test;

/** DELETE /keys/{keyId} from events/delete-key.json, on the in-memory key store. */
class RevokeKeyHandlerTest {
    private final InMemoryApiKeyStore keys = new InMemoryApiKeyStore();
    private final RecordingUsagePlans plans = new RecordingUsagePlans();
    private final RevokeKeyHandler handler = new RevokeKeyHandler(keys, plans);

    @Test
    void revokesTheKeyAndRemovesItsUsageKeyOnce() {
        String keyId = (String) Events.load("post-keys.json")
                .sendTo(new CreateKeyHandler(keys, plans))
                .json()
                .get("keyId");
        Response r =
                Events.load("delete-key.json").pathParameter("keyId", keyId).sendTo(handler);
        assertEquals(204, r.status(), r.body());
        assertNull(r.body());
        ApiKeyRecord revoked = keys.find(keyId).orElseThrow();
        assertTrue(revoked.revoked());
        assertNotNull(revoked.revokedAt());
        assertNull(revoked.usageKeyId(), "forgotten once API Gateway dropped it");
        assertEquals(List.of("usage-" + keyId), plans.removed);

        assertEquals(
                204,
                Events.load("delete-key.json")
                        .pathParameter("keyId", keyId)
                        .sendTo(handler)
                        .status());
        assertEquals(
                revoked.revokedAt(), keys.find(keyId).orElseThrow().revokedAt(), "the first revocation's time stays");
        assertEquals(1, plans.removed.size(), "API Gateway is not called again");
    }

    @Test
    void anUnknownKeyIsNotFoundAndOnlyAdminsRevoke() {
        Events.load("delete-key.json").sendTo(handler).problem(404, "not-found");
        Events.load("delete-key.json")
                .pathParameter("keyId", "nonsense")
                .sendTo(handler)
                .problem(404, "not-found");
        Events.load("delete-key.json").role("factchecker").sendTo(handler).problem(403, "forbidden");
        assertEquals(List.of(), plans.removed);
    }
}

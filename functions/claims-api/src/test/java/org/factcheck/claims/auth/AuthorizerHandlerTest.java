package org.factcheck.claims.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.api.CreateKeyHandler;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.keys.ApiKeyRecord;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.store.ApiKeyStore;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.memory.InMemoryApiKeyStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.RecordingUsagePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The authorizer's decision, with keys held in memory: expiry against the cache time, and the identity it passes on. */
class AuthorizerHandlerTest {
    private static final String ARN = "arn:aws:execute-api:us-east-1:000000000000:api/v1/GET/claims";
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    /** Key records by id; only find is used by the authorizer. */
    private static final class Keys implements ApiKeyStore {
        final Map<String, ApiKeyRecord> records = new HashMap<>();

        public void create(ApiKeyRecord record) {
            records.put(record.keyId(), record);
        }

        public Optional<ApiKeyRecord> find(String keyId) {
            return Optional.ofNullable(records.get(keyId));
        }

        public Page<ApiKeyRecord> list(int limit, String cursor) {
            throw new UnsupportedOperationException();
        }

        public Optional<ApiKeyRecord> revoke(String keyId, String at) {
            throw new UnsupportedOperationException();
        }

        public void usageKeyRemoved(String keyId) {
            throw new UnsupportedOperationException();
        }
    }

    private static String keyExpiringAt(Keys keys, Instant expiresAt, String owner) {
        ApiKeys.Issued issued = ApiKeys.issue(NOW.toEpochMilli());
        keys.create(new ApiKeyRecord(
                issued.keyId(),
                issued.secretHash(),
                owner,
                Role.READER,
                Timestamps.format(NOW),
                expiresAt == null ? null : Timestamps.format(expiresAt),
                false,
                null,
                null,
                null));
        return "Bearer " + issued.key();
    }

    private static boolean allowed(AuthorizerHandler authorizer, String header, Instant at) {
        try {
            authorizer.authorize(header, ARN, at);
            return true;
        } catch (IllegalStateException e) {
            assertEquals(AuthorizerHandler.UNAUTHORIZED, e.getMessage());
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 300})
    void aKeyStopsWorkingOneCacheTimeBeforeItExpiresNeverAfter(int cacheSeconds) {
        Keys keys = new Keys();
        Instant expiresAt = NOW.plusSeconds(3600);
        String header = keyExpiringAt(keys, expiresAt, "newsroom");
        AuthorizerHandler authorizer = new AuthorizerHandler(keys, cacheSeconds);
        Instant lastAllowed = expiresAt.minusSeconds(cacheSeconds).minusMillis(1);
        assertTrue(allowed(authorizer, header, lastAllowed), "cached until 1 ms before expiry");
        assertFalse(allowed(authorizer, header, lastAllowed.plusMillis(1)), "would be cached until the expiry itself");
        assertFalse(allowed(authorizer, header, expiresAt.plusSeconds(1)));
        // Every decision that is allowed, cached for its whole time, ends before expiresAt.
        for (long before = 0; before <= 900; before += 7) {
            Instant decided = expiresAt.minusSeconds(before);
            if (allowed(authorizer, header, decided)) {
                assertTrue(
                        decided.plusSeconds(cacheSeconds).isBefore(expiresAt),
                        "allowed " + before + " s before expiry");
            }
        }
    }

    @Test
    void aKeyWithoutExpiryIsNotAffectedByTheCache() {
        Keys keys = new Keys();
        assertTrue(allowed(new AuthorizerHandler(keys, 300), keyExpiringAt(keys, null, "forever"), NOW));
    }

    @Test
    void activeThroughIsTheCachedWindow() {
        ApiKeyRecord record = new ApiKeyRecord(
                "01HZZZZZZZZZZZZZZZZZZZZZZZ",
                "h",
                "o",
                Role.READER,
                "2026-11-29T00:00:00.000Z",
                "2026-11-29T12:05:00.000Z",
                false,
                null,
                null,
                null);
        assertTrue(record.activeThrough(NOW, 299));
        assertFalse(record.activeThrough(NOW, 300));
        assertTrue(record.activeThrough(NOW, -5), "a negative cache time counts as none");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeyIdIsThePrincipalAndTheOwnerOnlyALabel() {
        Keys keys = new Keys();
        String first = keyExpiringAt(keys, null, "Shared Desk");
        String second = keyExpiringAt(keys, null, "Shared Desk");
        AuthorizerHandler authorizer = new AuthorizerHandler(keys, 300);
        Map<String, Object> a = authorizer.authorize(first, ARN, NOW);
        Map<String, Object> b = authorizer.authorize(second, ARN, NOW);
        String idA = ApiKeys.fromAuthorization(first).keyId();
        assertEquals(idA, a.get("principalId"));
        assertEquals(Map.of("role", "reader", "keyId", idA, "owner", "Shared Desk"), a.get("context"));
        assertEquals(ApiKeys.fromAuthorization(second).keyId(), b.get("principalId"));
        assertFalse(a.get("principalId").equals(b.get("principalId")), "same owner, two identities");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEventFileIsAnsweredWithAPolicyForAKeyIssuedByPostKeys() throws Exception {
        InMemoryApiKeyStore store = new InMemoryApiKeyStore();
        Map<String, Object> issued = Events.load("post-keys.json")
                .body("{\"owner\": \"Desk\", \"role\": \"factchecker\"}")
                .sendTo(new CreateKeyHandler(store, new RecordingUsagePlans()))
                .json();
        AuthorizerHandler authorizer = new AuthorizerHandler(store, 300);
        Map<String, Object> policy = JSON.std.mapFrom(Events.invoke(
                authorizer,
                Events.load("authorizer-request.json").header("Authorization", "Bearer " + issued.get("key"))));
        String keyId = (String) issued.get("keyId");
        assertEquals(keyId, policy.get("principalId"));
        assertEquals(Map.of("role", "factchecker", "keyId", keyId, "owner", "Desk"), policy.get("context"));
        assertEquals("usage-value-" + keyId, policy.get("usageIdentifierKey"));
        Map<String, Object> statement = ((List<Map<String, Object>>)
                        ((Map<String, Object>) policy.get("policyDocument")).get("Statement"))
                .getFirst();
        assertEquals("Allow", statement.get("Effect"));
        assertTrue(
                statement
                        .get("Resource")
                        .toString()
                        .contains("arn:aws:execute-api:us-east-1:123456789012:abc123/v1/POST/claims"),
                statement.toString());

        Events.Event asIs = Events.load("authorizer-request.json");
        RuntimeException unknown = assertThrows(RuntimeException.class, () -> Events.invoke(authorizer, asIs));
        assertEquals(AuthorizerHandler.UNAUTHORIZED, unknown.getMessage(), "the event's own key is issued nowhere");
        store.revoke(keyId, Timestamps.format(NOW));
        Events.Event revoked =
                Events.load("authorizer-request.json").header("Authorization", "Bearer " + issued.get("key"));
        assertEquals(
                AuthorizerHandler.UNAUTHORIZED,
                assertThrows(RuntimeException.class, () -> Events.invoke(authorizer, revoked))
                        .getMessage());
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.UsagePlans;
import org.factcheck.claims.store.memory.InMemoryApiKeyStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /keys from events/get-keys.json, on the in-memory key store. */
class ListKeysHandlerTest {
    private final InMemoryApiKeyStore keys = new InMemoryApiKeyStore();
    private final ListKeysHandler handler = new ListKeysHandler(keys);

    private String issue(String owner) {
        String body = "{\"owner\": \"" + owner + "\", \"role\": \"reader\"}";
        return (String) Events.load("post-keys.json")
                .body(body)
                .sendTo(new CreateKeyHandler(keys, UsagePlans.NONE))
                .json()
                .get("keyId");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Response r) {
        assertEquals(200, r.status(), r.body());
        return (List<Map<String, Object>>) r.json().get("items");
    }

    @Test
    void listsKeysNewestFirstWithoutSecretsInPages() {
        String a = issue("A");
        String b = issue("B");
        String c = issue("C");
        Response all = Events.load("get-keys.json").sendTo(handler);
        assertEquals(
                List.of(c, b, a), items(all).stream().map(m -> m.get("keyId")).toList());
        assertEquals("no-cache", all.header("Cache-Control"));
        assertNull(all.json().get("nextCursor"));
        for (Map<String, Object> item : items(all)) {
            assertFalse(
                    item.containsKey("key") || item.containsKey("secretHash") || item.containsKey("usageKeyValue"),
                    item.toString());
        }
        Response first = Events.load("get-keys.json").query("limit", "2").sendTo(handler);
        assertEquals(
                List.of(c, b), items(first).stream().map(m -> m.get("keyId")).toList());
        String cursor = (String) first.json().get("nextCursor");
        assertNotNull(cursor);
        assertEquals(
                List.of(a),
                items(Events.load("get-keys.json")
                                .query("limit", "2", "cursor", cursor)
                                .sendTo(handler))
                        .stream()
                        .map(m -> m.get("keyId"))
                        .toList());
    }

    @Test
    void onlyAdminsListAndCursorsMustBeOurs() {
        Events.load("get-keys.json").role("factchecker").sendTo(handler).problem(403, "forbidden");
        Events.load("get-keys.json").query("cursor", "forged").sendTo(handler).problem(400, "invalid-parameter");
        Events.load("get-keys.json").query("owner", "A").sendTo(handler).problem(400, "invalid-parameter");
    }
}

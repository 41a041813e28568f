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

    private static List<Object> keyIds(Response r) {
        return items(r).stream().map(m -> m.get("keyId")).toList();
    }

    /** GET /keys with these query parameters, as an admin. */
    private Response page(String... query) {
        return Events.load("get-keys.json").query(query).sendTo(handler);
    }

    @Test
    void listsKeysNewestFirstWithoutSecretsInPages() {
        String a = issue("A");
        String b = issue("B");
        String c = issue("C");
        Response all = Events.load("get-keys.json").sendTo(handler);
        assertEquals(List.of(c, b, a), keyIds(all));
        assertEquals("no-cache", all.header("Cache-Control"));
        assertNull(all.json().get("nextCursor"));
        for (Map<String, Object> item : items(all)) {
            assertFalse(
                    item.containsKey("key") || item.containsKey("secretHash") || item.containsKey("usageKeyValue"),
                    item.toString());
        }
        Response first = page("limit", "2");
        assertEquals(List.of(c, b), keyIds(first));
        String cursor = (String) first.json().get("nextCursor");
        assertNotNull(cursor);
        assertEquals(List.of(a), keyIds(page("limit", "2", "cursor", cursor)));
    }

    @Test
    void onlyAdminsListAndCursorsMustBeOurs() {
        Events.load("get-keys.json").role("factchecker").sendTo(handler).problem(403, "forbidden");
        page("cursor", "forged").problem(400, "invalid-parameter");
        page("owner", "A").problem(400, "invalid-parameter");
    }
}

package org.factcheck.claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factcheck.claims.keys.Role;
import org.junit.jupiter.api.Test;

/** Key management through the real handlers: GET /keys pages, and its cursors are its own. */
class KeysIT {
    private final HandlerClient admin = new HandlerClient("it-admin", "admin");

    @Test
    @SuppressWarnings("unchecked")
    void listingPagesThroughEveryKeyExactlyOnceNewestFirst() throws Exception {
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 250; i++) made.add(TestKeys.keyId(TestKeys.key(Role.READER, "paged-" + i)));

        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HandlerClient.Response page =
                    admin.get("/keys?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), Map.of());
            assertEquals(200, page.status(), page.body());
            List<Map<String, Object>> items =
                    (List<Map<String, Object>>) page.json().get("items");
            assertTrue(items.size() <= 100);
            items.forEach(k -> listed.add((String) k.get("keyId")));
            items.forEach(k -> assertFalse(k.containsKey("secretHash") || k.containsKey("key"), k.toString()));
            cursor = (String) page.json().get("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);

        assertTrue(pages >= 3, "250 keys at 100 a page are at least three pages, got " + pages);
        assertEquals(listed.size(), new HashSet<>(listed).size(), "no key twice");
        assertTrue(listed.containsAll(made), "every key made is listed");
        List<String> newestFirst = new ArrayList<>(listed);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, listed, "key ids are ULIDs: newest first");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCursorWorksOnlyForTheListItWasIssuedFor() throws Exception {
        for (int i = 0; i < 2; i++) TestKeys.key(Role.READER, "cursor-" + i);
        for (int i = 0; i < 2; i++) admin.create(Samples.claim(Samples.uniqueStatement()));
        String keysCursor = (String) admin.get("/keys?limit=1", Map.of()).json().get("nextCursor");
        String claimsCursor =
                (String) admin.get("/claims?limit=1", Map.of()).json().get("nextCursor");

        assertEquals(
                200, admin.get("/keys?limit=1&cursor=" + keysCursor, Map.of()).status());
        assertEquals(
                400, admin.get("/keys?cursor=" + claimsCursor, Map.of()).status(), "a claims cursor is no keys cursor");
        assertEquals(
                400, admin.get("/claims?cursor=" + keysCursor, Map.of()).status(), "a keys cursor is no claims cursor");
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /articles from events/post-articles.json (14 claims), on the in-memory store. */
class ImportArticleHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final ImportArticleHandler handler = new ImportArticleHandler(store);

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Response r) {
        return (List<Map<String, Object>>) r.json().get("claims");
    }

    @Test
    void createsEveryClaimThenLinksThemOnASecondImport() {
        int claims = ((List<?>) Events.load("post-articles.json").json("claims")).size();
        Response first = Events.load("post-articles.json").sendTo(handler);
        assertEquals(201, first.status(), first.body());
        assertEquals("Unidentified outlet (sample article)", first.json().get("outlet"));
        assertEquals(claims, results(first).size());
        assertTrue(results(first).stream().allMatch(c -> "created".equals(c.get("result"))));
        assertEquals(
                claims,
                store.list(new ClaimQuery(null, null, null, null, null, 100, null))
                        .items()
                        .size());

        Response again = Events.load("post-articles.json").sendTo(handler);
        assertEquals(200, again.status(), again.body());
        assertTrue(results(again).stream().allMatch(c -> "linked".equals(c.get("result"))));
        assertEquals(
                results(first).stream().map(c -> c.get("id")).toList(),
                results(again).stream().map(c -> c.get("id")).toList());
        assertEquals(
                claims,
                store.list(new ClaimQuery(null, null, null, null, null, 100, null))
                        .items()
                        .size(),
                "none twice");
    }

    @Test
    void aClaimOfTheArticleMatchesOneStoredBefore() {
        // The article's first claim, as POST /claims stored it earlier.
        String id = Seed.claim(
                store,
                Events.load("post-claims.json")
                        .body()
                        .replace("has clearly committed war crimes.", "has \\\"clearly committed war crimes.\\\""));
        Response r = Events.load("post-articles.json").sendTo(handler);
        assertEquals(201, r.status(), r.body());
        assertEquals(
                List.of(id),
                results(r).stream()
                        .filter(c -> "linked".equals(c.get("result")))
                        .map(c -> c.get("id"))
                        .toList());
    }

    /**
     * An article by Daily News of 20 claims, each also reported 4 times (other urls): by
     * Daily News again, or by 4 other outlets.
     */
    private static String article(boolean byOtherOutlets) {
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<String> reports = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                String outlet = byOtherOutlets ? "Outlet " + r : "Daily News";
                reports.add("{\"outlet\": \"%s\", \"url\": \"https://n.example/%d/%d\"}".formatted(outlet, i, r));
            }
            claims.add("{\"statement\": \"Statement %d.\", \"speaker\": {\"name\": \"Speaker\"}, \"appearances\": [%s]}"
                    .formatted(i, String.join(",", reports)));
        }
        return "{\"url\": \"https://n.example/a\", \"outlet\": \"Daily News\", \"claims\": [%s]}"
                .formatted(String.join(",", claims));
    }

    @Test
    void writesAreCountedAsTheTransactionMakesThemOneOutletEntryPerOutlet() {
        // Each claim: its item, its marker, and one byOutlet entry per outlet.
        Events.load("post-articles.json")
                .header("Idempotency-Key", null)
                .body(article(true))
                .sendTo(handler)
                .problem(400, "validation"); // 20 × (2 + 5) = 140 writes
        Response r = Events.load("post-articles.json")
                .header("Idempotency-Key", null)
                .body(article(false))
                .sendTo(handler);
        assertEquals(201, r.status(), r.body()); // 20 × (2 + 1) = 60 writes
    }

    @Test
    void refusesInvalidArticlesAndReaders() {
        Events.load("post-articles.json")
                .body("{\"outlet\": \"X\", \"claims\": []}")
                .sendTo(handler)
                .problem(400, "validation");
        Events.load("post-articles.json")
                .body(
                        "{\"url\": \"https://n.example/a\", \"outlet\": \"X\", \"claims\": [{\"statement\": \"No speaker.\"}]}")
                .sendTo(handler)
                .problem(400, "validation");
        Events.load("post-articles.json").role("reader").sendTo(handler).problem(403, "forbidden");
        assertEquals(
                List.of(),
                store.list(new ClaimQuery(null, null, null, null, null, 100, null))
                        .items());
    }
}

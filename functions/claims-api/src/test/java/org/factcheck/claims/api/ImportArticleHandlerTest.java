package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void refusesInvalidArticlesAndReaders() {
        Events.load("post-articles.json")
                .body("{\"outlet\": \"X\", \"claims\": []}")
                .sendTo(handler)
                .problem(400, "validation");
        Events.load("post-articles.json").role("reader").sendTo(handler).problem(403, "forbidden");
        assertEquals(
                List.of(),
                store.list(new ClaimQuery(null, null, null, null, null, 100, null))
                        .items());
    }
}

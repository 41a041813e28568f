package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /claims/{claimId}/verdicts from events/get-verdicts.json, on the in-memory store. */
class ListVerdictsHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final ListVerdictsHandler handler = new ListVerdictsHandler(store);

    @SuppressWarnings("unchecked")
    private static List<Object> ratings(Response r) {
        assertEquals(200, r.status(), r.body());
        return ((List<Map<String, Object>>) r.json().get("items"))
                .stream().map(m -> m.get("rating")).toList();
    }

    @Test
    void theHistoryNewestFirstInPages() {
        String id = Seed.claim(store);
        assertEquals(
                List.of(),
                ratings(Events.load("get-verdicts.json")
                        .pathParameter("claimId", id)
                        .sendTo(handler)));
        Seed.inReview(store, id);
        Seed.verdict(store, id, "FALSE");
        Seed.verdict(store, id, "MIXED");
        Seed.verdict(store, id, "TRUE");
        Response all =
                Events.load("get-verdicts.json").pathParameter("claimId", id).sendTo(handler);
        assertEquals(List.of("TRUE", "MIXED", "FALSE"), ratings(all));
        assertNull(all.json().get("nextCursor"));
        assertEquals("no-cache", all.header("Cache-Control"));

        Response first = Events.load("get-verdicts.json")
                .pathParameter("claimId", id)
                .query("limit", "2")
                .sendTo(handler);
        assertEquals(List.of("TRUE", "MIXED"), ratings(first));
        String cursor = (String) first.json().get("nextCursor");
        assertNotNull(cursor);
        Response second = Events.load("get-verdicts.json")
                .pathParameter("claimId", id)
                .query("limit", "2", "cursor", cursor)
                .sendTo(handler);
        assertEquals(List.of("FALSE"), ratings(second));
        assertNull(second.json().get("nextCursor"));

        String other = Seed.claim(store, Events.load("post-claims.json").body().replace("clearly", "certainly"));
        Events.load("get-verdicts.json")
                .pathParameter("claimId", other)
                .query("cursor", cursor)
                .sendTo(handler)
                .problem(400, "invalid-parameter");
    }

    @Test
    void noClaimIsNotFound() {
        Events.load("get-verdicts.json").sendTo(handler).problem(404, "not-found");
        Events.load("get-verdicts.json").query("limit", "101").sendTo(handler).problem(400, "invalid-parameter");
    }
}

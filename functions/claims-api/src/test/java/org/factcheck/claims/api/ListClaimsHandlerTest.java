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

/** GET /claims from events/get-claims.json (rating FALSE, speaker Joe Biden), on the in-memory store. */
class ListClaimsHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final ListClaimsHandler handler = new ListClaimsHandler(store);

    private String claim(String speaker, String statement) {
        String body = Events.load("post-claims.json")
                .body()
                .replace("Joe Biden", speaker)
                .replace("Russian President Vladimir Putin has clearly committed war crimes.", statement);
        return Seed.claim(store, body);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Response r) {
        assertEquals(200, r.status(), r.body());
        return ((List<Map<String, Object>>) r.json().get("items"))
                .stream().map(m -> (String) m.get("id")).toList();
    }

    /** GET /claims with these query parameters instead of the event file's. */
    private Response page(String... query) {
        return Events.load("get-claims.json").query(query).sendTo(handler);
    }

    @Test
    void theEventsFiltersFindTheSpeakersFalseClaims() {
        String rated = claim("Joe Biden", "One.");
        String other = claim("Joe Biden", "Two.");
        String elsewhere = claim("Someone Else", "Three.");
        for (String id : List.of(rated, other, elsewhere)) Seed.inReview(store, id);
        Seed.verdict(store, rated, "FALSE");
        Seed.verdict(store, other, "TRUE");
        Seed.verdict(store, elsewhere, "FALSE");
        Response r = Events.load("get-claims.json").sendTo(handler);
        assertEquals(List.of(rated), ids(r));
        assertEquals("no-cache", r.header("Cache-Control"));
        assertNull(r.json().get("nextCursor"));
        assertEquals(List.of(elsewhere, other, rated), ids(page()));
        assertEquals(List.of(other, rated), ids(page("speaker", "JOE  biden")));
    }

    @Test
    void pagesFollowTheirCursor() {
        String a = claim("Joe Biden", "One.");
        String b = claim("Joe Biden", "Two.");
        String c = claim("Joe Biden", "Three.");
        Response first = page("limit", "2");
        assertEquals(List.of(c, b), ids(first));
        String cursor = (String) first.json().get("nextCursor");
        assertNotNull(cursor);
        assertEquals(List.of(a), ids(page("limit", "2", "cursor", cursor)));
        page("limit", "2", "cursor", cursor, "status", "RATED").problem(400, "invalid-parameter");
    }

    @Test
    void refusesParametersItDoesNotKnowOrCannotRead() {
        page("colour", "red").problem(400, "invalid-parameter");
        page("limit", "0").problem(400, "invalid-parameter");
        page("rating", "SORT_OF").problem(400, "invalid-parameter");
        page("since", "yesterday").problem(400, "invalid-parameter");
        page("speaker", "!!!").problem(400, "invalid-parameter");
        assertEquals(List.of(), ids(page("since", "2999-01-01T00:00:00Z")));
        Events.load("get-claims.json").role(null).sendTo(handler).problem(401, "unauthorized");
    }

    /** ClaimInput's rule for names in bodies: a name without a letter or digit could never match one. */
    @Test
    void aNameWithoutALetterOrDigitIsRefusedWithItsParameter() {
        for (String parameter : List.of("speaker", "outlet")) {
            for (String value : List.of("$$", "^_^", "€ + ¢")) {
                Map<String, Object> problem = page(parameter, value).problem(400, "invalid-parameter");
                assertEquals(
                        List.of(Map.of("parameter", parameter, "message", "must contain a letter or digit")),
                        problem.get("errors"),
                        parameter + "=" + value);
            }
        }
        assertEquals(List.of(), ids(page("outlet", "$5 News")));
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /claims/{claimId}/claimreview from events/get-claimreview.json, on the in-memory store. */
class GetClaimReviewHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final GetClaimReviewHandler handler = new GetClaimReviewHandler(
            store, new AppConfig("claims", "keys", "Example Fact Checks", "https://factcheck.example"));

    @Test
    @SuppressWarnings("unchecked")
    void aRatedClaimIsPublishedAsClaimReviewJsonLd() {
        String id = Seed.claim(store);
        Seed.inReview(store, id);
        Seed.verdict(store, id, "FALSE");
        Response r =
                Events.load("get-claimreview.json").pathParameter("claimId", id).sendTo(handler);
        assertEquals(200, r.status(), r.body());
        assertEquals("application/ld+json", r.header("Content-Type"));
        assertEquals("\"" + id + ".3\"", r.header("ETag"));
        assertEquals("no-cache", r.header("Cache-Control"));
        Map<String, Object> review = r.json();
        assertEquals("ClaimReview", review.get("@type"));
        assertEquals("Russian President Vladimir Putin has clearly committed war crimes.", review.get("claimReviewed"));
        Map<String, Object> rating = (Map<String, Object>) review.get("reviewRating");
        assertEquals(1, ((Number) rating.get("ratingValue")).intValue());
        assertEquals("Example Fact Checks", ((Map<String, Object>) review.get("author")).get("name"));

        Response same = Events.load("get-claimreview.json")
                .pathParameter("claimId", id)
                .header("If-None-Match", r.header("ETag"))
                .sendTo(handler);
        assertEquals(304, same.status());
    }

    @Test
    void noVerdictOrNoClaimIsNotFound() {
        String id = Seed.claim(store);
        Events.load("get-claimreview.json")
                .pathParameter("claimId", id)
                .sendTo(handler)
                .problem(404, "not-found");
        Events.load("get-claimreview.json").sendTo(handler).problem(404, "not-found");
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /claims/{claimId}/verdicts from events/post-verdict.json, on the in-memory store. */
class PublishVerdictHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final PublishVerdictHandler handler = new PublishVerdictHandler(store);

    @Test
    void publishesOnAClaimInReviewAndReplaysARetry() {
        String id = Seed.claim(store);
        Seed.inReview(store, id);
        Response r = Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .header("If-Match", "\"" + id + ".2\"")
                .sendTo(handler);
        assertEquals(201, r.status(), r.body());
        assertEquals("\"" + id + ".3\"", r.header("ETag"));
        assertEquals("/v1/claims/" + id + "/verdicts", r.header("Location"));
        Map<String, Object> verdict = r.json();
        assertEquals("MOSTLY_TRUE", verdict.get("rating"));
        assertEquals(1, ((Number) verdict.get("revision")).intValue());
        assertEquals(ClaimStatus.RATED, store.find(id).orElseThrow().status());
        assertEquals(Rating.MOSTLY_TRUE, store.find(id).orElseThrow().verdict().rating());

        Response retry = Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .header("If-Match", "\"" + id + ".2\"")
                .sendTo(handler);
        assertEquals(201, retry.status());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(r.body(), retry.body());
        assertEquals(3, store.find(id).orElseThrow().version(), "published once");
    }

    @Test
    void needsAClaimInReviewAtItsCurrentETag() {
        String id = Seed.claim(store);
        Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .header("If-Match", "\"" + id + ".1\"")
                .header("Idempotency-Key", null)
                .sendTo(handler)
                .problem(409, "invalid-transition");
        Seed.inReview(store, id);
        Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .header("Idempotency-Key", null)
                .sendTo(handler)
                .problem(412, "precondition-failed");
        Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .header("If-Match", null)
                .sendTo(handler)
                .problem(428, "precondition-required");
        Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .header("If-Match", "\"" + id + ".2\"")
                .body("{\"rating\": \"PERHAPS\"}")
                .sendTo(handler)
                .problem(400, "validation");
        Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .role("reader")
                .sendTo(handler)
                .problem(403, "forbidden");
        assertEquals(ClaimStatus.IN_REVIEW, store.find(id).orElseThrow().status());
    }
}

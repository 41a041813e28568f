package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.domain.Rating;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /claims/{claimId}/verdicts from events/post-verdict.json, on the in-memory store. */
class PublishVerdictHandlerTest {
    private final ClaimRoute route = new ClaimRoute("post-verdict.json", PublishVerdictHandler::new);

    @Test
    void publishesOnAClaimInReviewAndReplaysARetry() {
        Seed.inReview(route.store, route.id);
        Response r = route.expect(route.request().header("If-Match", route.etag(2)), 201, 3);
        assertEquals("/v1/claims/" + route.id + "/verdicts", r.header("Location"));
        Map<String, Object> verdict = r.json();
        assertEquals("MOSTLY_TRUE", verdict.get("rating"));
        assertEquals(1, ((Number) verdict.get("revision")).intValue());
        assertEquals(ClaimStatus.RATED, route.store.find(route.id).orElseThrow().status());
        assertEquals(
                Rating.MOSTLY_TRUE,
                route.store.find(route.id).orElseThrow().verdict().rating());

        Response retry = route.request().header("If-Match", route.etag(2)).sendTo(route.handler);
        assertEquals(201, retry.status());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(r.body(), retry.body());
        assertEquals(3, route.store.find(route.id).orElseThrow().version(), "published once");
    }

    @Test
    void needsAClaimInReviewAtItsCurrentETag() {
        route.request()
                .header("If-Match", route.etag(1))
                .header("Idempotency-Key", null)
                .sendTo(route.handler)
                .problem(409, "invalid-transition");
        Seed.inReview(route.store, route.id);
        route.request().header("Idempotency-Key", null).sendTo(route.handler).problem(412, "precondition-failed");
        route.request().header("If-Match", null).sendTo(route.handler).problem(428, "precondition-required");
        route.request()
                .header("If-Match", route.etag(2))
                .body("{\"rating\": \"PERHAPS\"}")
                .sendTo(route.handler)
                .problem(400, "validation");
        route.request().role("reader").sendTo(route.handler).problem(403, "forbidden");
        assertEquals(
                ClaimStatus.IN_REVIEW, route.store.find(route.id).orElseThrow().status());
    }
}

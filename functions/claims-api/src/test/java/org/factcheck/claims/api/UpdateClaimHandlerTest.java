package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** PATCH /claims/{claimId} from events/patch-claim.json, on the in-memory store. */
class UpdateClaimHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final UpdateClaimHandler handler = new UpdateClaimHandler(store);

    @Test
    void changesTheClaimAtItsCurrentETag() {
        String id = Seed.claim(store);
        Response r = Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .header("If-Match", "\"" + id + ".1\"")
                .sendTo(handler);
        assertEquals(200, r.status(), r.body());
        assertEquals("\"" + id + ".2\"", r.header("ETag"));
        Map<String, Object> body = r.json();
        assertEquals("IN_REVIEW", body.get("status"));
        assertEquals(List.of("ICC", "Ukraine"), body.get("topics"));
        assertEquals(2, ((Number) body.get("version")).intValue());
        assertEquals(ClaimStatus.IN_REVIEW, store.find(id).orElseThrow().status());
    }

    @Test
    void aStaleMissingOrWildcardETagIsRefused() {
        String id = Seed.claim(store);
        Seed.inReview(store, id);
        Map<String, Object> stale = Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .header("If-Match", "\"" + id + ".1\"")
                .sendTo(handler)
                .problem(412, "precondition-failed");
        assertEquals("\"" + id + ".2\"", stale.get("currentETag"));
        Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .header("If-Match", null)
                .sendTo(handler)
                .problem(428, "precondition-required");
        Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .header("If-Match", "*")
                .sendTo(handler)
                .problem(428, "precondition-required");
        assertEquals(2, store.find(id).orElseThrow().version());
        Events.load("patch-claim.json").sendTo(handler).problem(404, "not-found");
    }

    @Test
    void theWorkflowDecidesWhichStatusMayFollow() {
        String id = Seed.claim(store);
        Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .header("If-Match", Seed.etag(store, id))
                .body("{\"status\": \"RATED\"}")
                .sendTo(handler)
                .problem(409, "invalid-transition");
        Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .header("If-Match", Seed.etag(store, id))
                .body("{\"status\": \"SOMETHING\"}")
                .sendTo(handler)
                .problem(400, "validation");
        Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .role("reader")
                .sendTo(handler)
                .problem(403, "forbidden");
        assertEquals(ClaimStatus.UNVERIFIED, store.find(id).orElseThrow().status());
    }
}

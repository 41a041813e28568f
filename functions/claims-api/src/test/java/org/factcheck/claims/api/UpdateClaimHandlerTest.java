package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.ClaimStatus;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PATCH /claims/{claimId} from events/patch-claim.json, on the in-memory store. */
class UpdateClaimHandlerTest {
    private final ClaimRoute route = new ClaimRoute("patch-claim.json", UpdateClaimHandler::new);

    @Test
    void changesTheClaimAtItsCurrentETag() {
        Response r = route.expect(route.request().header("If-Match", route.etag(1)), 200, 2);
        Map<String, Object> body = r.json();
        assertEquals("IN_REVIEW", body.get("status"));
        assertEquals(List.of("ICC", "Ukraine"), body.get("topics"));
        assertEquals(2, ((Number) body.get("version")).intValue());
        assertEquals(
                ClaimStatus.IN_REVIEW, route.store.find(route.id).orElseThrow().status());
    }

    @Test
    void aStaleMissingOrWildcardETagIsRefused() {
        Seed.inReview(route.store, route.id);
        Map<String, Object> stale = route.request()
                .header("If-Match", route.etag(1))
                .sendTo(route.handler)
                .problem(412, "precondition-failed");
        assertEquals(route.etag(2), stale.get("currentETag"));
        route.request().header("If-Match", null).sendTo(route.handler).problem(428, "precondition-required");
        route.request().header("If-Match", "*").sendTo(route.handler).problem(428, "precondition-required");
        assertEquals(2, route.store.find(route.id).orElseThrow().version());
        route.unknown().sendTo(route.handler).problem(404, "not-found");
    }

    @ParameterizedTest
    @CsvSource({"RATED, 409, invalid-transition", "SOMETHING, 400, validation"})
    void theWorkflowDecidesWhichStatusMayFollow(String status, int expected, String type) {
        route.request()
                .header("If-Match", route.currentETag())
                .body("{\"status\": \"" + status + "\"}")
                .sendTo(route.handler)
                .problem(expected, type);
        assertEquals(
                ClaimStatus.UNVERIFIED, route.store.find(route.id).orElseThrow().status());
    }

    @Test
    void onlyFactCheckersChangeClaims() {
        route.request().role("reader").sendTo(route.handler).problem(403, "forbidden");
        assertEquals(
                ClaimStatus.UNVERIFIED, route.store.find(route.id).orElseThrow().status());
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /claims/{claimId} from events/get-claim.json, on the in-memory store. */
class GetClaimHandlerTest {
    private final ClaimRoute route = new ClaimRoute("get-claim.json", GetClaimHandler::new);

    @Test
    void answersTheClaimWithItsETagAndNotModifiedForThatETag() {
        Response r = route.expect(route.request(), 200, 1);
        assertEquals("no-cache", r.header("Cache-Control"));
        assertEquals(route.id, r.json().get("id"));
        assertEquals("Joe Biden", ((java.util.Map<?, ?>) r.json().get("speaker")).get("name"));

        Response same =
                route.request().header("If-None-Match", r.header("ETag")).sendTo(route.handler);
        assertEquals(304, same.status());
        assertNull(same.body());
        assertEquals(r.header("ETag"), same.header("ETag"));
        Response changed =
                route.request().header("If-None-Match", route.etag(0)).sendTo(route.handler);
        assertEquals(200, changed.status());
    }

    @Test
    void anUnknownOrMalformedIdIsNotFoundAndReadersMayRead() {
        route.unknown().sendTo(route.handler).problem(404, "not-found");
        route.unknown()
                .pathParameter("claimId", "not-a-ulid")
                .sendTo(route.handler)
                .problem(404, "not-found");
        assertEquals(200, route.request().role("reader").sendTo(route.handler).status());
        route.request().role("nobody").sendTo(route.handler).problem(401, "unauthorized");
    }
}

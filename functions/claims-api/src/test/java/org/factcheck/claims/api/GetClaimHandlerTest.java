package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** GET /claims/{claimId} from events/get-claim.json, on the in-memory store. */
class GetClaimHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final GetClaimHandler handler = new GetClaimHandler(store);

    @Test
    void answersTheClaimWithItsETagAndNotModifiedForThatETag() {
        String id = Seed.claim(store);
        Response r = Events.load("get-claim.json").pathParameter("claimId", id).sendTo(handler);
        assertEquals(200, r.status(), r.body());
        assertEquals("\"" + id + ".1\"", r.header("ETag"));
        assertEquals("no-cache", r.header("Cache-Control"));
        assertEquals(id, r.json().get("id"));
        assertEquals("Joe Biden", ((java.util.Map<?, ?>) r.json().get("speaker")).get("name"));

        Response same = Events.load("get-claim.json")
                .pathParameter("claimId", id)
                .header("If-None-Match", r.header("ETag"))
                .sendTo(handler);
        assertEquals(304, same.status());
        assertNull(same.body());
        assertEquals(r.header("ETag"), same.header("ETag"));
        Response changed = Events.load("get-claim.json")
                .pathParameter("claimId", id)
                .header("If-None-Match", "\"" + id + ".0\"")
                .sendTo(handler);
        assertEquals(200, changed.status());
    }

    @Test
    void anUnknownOrMalformedIdIsNotFoundAndReadersMayRead() {
        Events.load("get-claim.json").sendTo(handler).problem(404, "not-found");
        Events.load("get-claim.json")
                .pathParameter("claimId", "not-a-ulid")
                .sendTo(handler)
                .problem(404, "not-found");
        String id = Seed.claim(store);
        assertEquals(
                200,
                Events.load("get-claim.json")
                        .pathParameter("claimId", id)
                        .role("reader")
                        .sendTo(handler)
                        .status());
        Events.load("get-claim.json")
                .pathParameter("claimId", id)
                .role("nobody")
                .sendTo(handler)
                .problem(401, "unauthorized");
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.factcheck.claims.store.ClaimQuery;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;
import org.junit.jupiter.api.Test;

/** POST /claims from events/post-claims.json, on the in-memory store. */
class CreateClaimHandlerTest {
    private final InMemoryClaimStore store = new InMemoryClaimStore();
    private final CreateClaimHandler handler = new CreateClaimHandler(store);

    @Test
    void createsTheClaimWithItsLocationAndETag() {
        Response r = Events.load("post-claims.json").sendTo(handler);
        assertEquals(201, r.status(), r.body());
        Map<String, Object> body = r.json();
        String id = (String) body.get("id");
        assertEquals("/v1/claims/" + id, r.header("Location"));
        assertEquals("\"" + id + ".1\"", r.header("ETag"));
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("Russian President Vladimir Putin has clearly committed war crimes.", body.get("statement"));
        assertEquals("UNVERIFIED", body.get("status"));
        assertEquals(1, ((Number) body.get("version")).intValue());
        assertEquals("events-factchecker", body.get("submittedBy"));
        assertEquals("01H6B3K9M2Q7R4S8T0V5W1X3Y7", body.get("submittedByKeyId"));
        assertEquals(List.of("Ukraine", "war crimes"), body.get("topics"));
        assertTrue(store.find(id).isPresent());
        assertNull(r.header("Idempotent-Replayed"));
    }

    @Test
    void aRetryWithTheSameKeyReplaysAndAnotherBodyIsRefused() {
        Response first = Events.load("post-claims.json").sendTo(handler);
        Response again = Events.load("post-claims.json").sendTo(handler);
        assertEquals(201, again.status());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.body(), again.body());
        assertEquals(first.header("Location"), again.header("Location"));
        String other = Events.load("post-claims.json").body().replace("clearly", "certainly");
        Events.load("post-claims.json").body(other).sendTo(handler).problem(422, "idempotency-key-reused");
    }

    @Test
    void theSameStatementAgainIsAConflictNamingTheStoredClaim() {
        String id =
                (String) Events.load("post-claims.json").sendTo(handler).json().get("id");
        Map<String, Object> problem = Events.load("post-claims.json")
                .header("Idempotency-Key", "another")
                .sendTo(handler)
                .problem(409, "duplicate-claim");
        assertEquals(id, problem.get("existingClaimId"));
    }

    @Test
    void refusesBadBodiesAndCallersWithoutTheRole() {
        Map<String, Object> invalid = Events.load("post-claims.json")
                .body("{\"statement\": \"\", \"language\": \"en\"}")
                .sendTo(handler)
                .problem(400, "validation");
        assertTrue(invalid.get("errors").toString().contains("/statement"), invalid.toString());
        Events.load("post-claims.json").body("{\"statement\":").sendTo(handler).problem(400, "malformed-json");
        Events.load("post-claims.json")
                .header("Content-Type", "text/plain")
                .sendTo(handler)
                .problem(415, "unsupported-media-type");
        Events.load("post-claims.json").role("reader").sendTo(handler).problem(403, "forbidden");
        Response anonymous = Events.load("post-claims.json").role(null).sendTo(handler);
        anonymous.problem(401, "unauthorized");
        assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
        assertEquals(
                List.of(),
                store.list(new ClaimQuery(null, null, null, null, null, 10, null))
                        .items(),
                "nothing stored");
    }
}

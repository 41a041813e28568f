package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Response;

/** Claims put in a store the way clients do it: the event files, through the handlers. */
final class Seed {
    private Seed() {}

    /** The claim of post-claims.json (without its Idempotency-Key); returns its id. */
    static String claim(ClaimStore store) {
        return claim(store, Events.load("post-claims.json").body());
    }

    static String claim(ClaimStore store, String body) {
        Response created = Events.load("post-claims.json")
                .header("Idempotency-Key", null)
                .body(body)
                .sendTo(new CreateClaimHandler(store));
        assertEquals(201, created.status(), created.body());
        return (String) created.json().get("id");
    }

    static String etag(ClaimStore store, String id) {
        return store.find(id).orElseThrow().etag();
    }

    /** patch-claim.json's change (status IN_REVIEW) applied to claim {@code id}. */
    static void inReview(ClaimStore store, String id) {
        Response patched = Events.load("patch-claim.json")
                .pathParameter("claimId", id)
                .header("If-Match", etag(store, id))
                .sendTo(new UpdateClaimHandler(store));
        assertEquals(200, patched.status(), patched.body());
    }

    /** post-verdict.json's verdict, with this rating, published on claim {@code id} (IN_REVIEW or RATED). */
    static Response verdict(ClaimStore store, String id, String rating) {
        String body = Events.load("post-verdict.json").body().replace("\"MOSTLY_TRUE\"", "\"" + rating + "\"");
        Response published = Events.load("post-verdict.json")
                .pathParameter("claimId", id)
                .header("If-Match", etag(store, id))
                .header("Idempotency-Key", null)
                .body(body)
                .sendTo(new PublishVerdictHandler(store));
        assertEquals(201, published.status(), published.body());
        return published;
    }
}

package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.function.Function;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events.Event;
import org.factcheck.claims.testing.Events.Response;

/** A /claims/{claimId} route on a store that holds one claim (post-claims.json), and its ETags. */
final class ClaimRoute extends SeededRoute<InMemoryClaimStore> {
    ClaimRoute(String eventFile, Function<ClaimStore, RequestStreamHandler> newHandler) {
        super(eventFile, "claimId", new InMemoryClaimStore(), newHandler, Seed::claim);
    }

    /** Sends the event; asserts the status, and the seeded claim's ETag at {@code version}. */
    Response expect(Event event, int status, int version) {
        Response r = event.sendTo(handler);
        assertEquals(status, r.status(), r.body());
        assertEquals(etag(version), r.header("ETag"));
        return r;
    }

    /** The seeded claim's ETag at this version. */
    String etag(int version) {
        return "\"" + id + "." + version + "\"";
    }

    /** The seeded claim's current ETag. */
    String currentETag() {
        return Seed.etag(store, id);
    }
}

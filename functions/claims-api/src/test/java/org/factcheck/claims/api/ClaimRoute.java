package org.factcheck.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.function.Function;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.memory.InMemoryClaimStore;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Event;
import org.factcheck.claims.testing.Events.Response;

/**
 * One claim route's handler on a fresh in-memory store that holds one claim (post-claims.json),
 * and the route's event file aimed at it: what the tests of the /claims/{claimId} routes share.
 */
final class ClaimRoute {
    final InMemoryClaimStore store = new InMemoryClaimStore();
    final RequestStreamHandler handler;
    /** The seeded claim. */
    final String id;

    private final String eventFile;

    ClaimRoute(String eventFile, Function<ClaimStore, RequestStreamHandler> newHandler) {
        this.eventFile = eventFile;
        this.handler = newHandler.apply(store);
        this.id = Seed.claim(store);
    }

    /** The event file as it is: its claim id is not in the store. */
    Event unknownClaim() {
        return Events.load(eventFile);
    }

    /** The event file aimed at the seeded claim. */
    Event request() {
        return unknownClaim().pathParameter("claimId", id);
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

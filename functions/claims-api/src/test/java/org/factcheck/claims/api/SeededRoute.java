package org.factcheck.claims.api;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.function.Function;
import org.factcheck.claims.testing.Events;
import org.factcheck.claims.testing.Events.Event;

/**
 * One route's handler on a fresh in-memory store that holds one seeded item, and the route's
 * event file aimed at it: what the tests of the routes on one claim or one subscription share.
 */
class SeededRoute<S> {
    final S store;
    final RequestStreamHandler handler;
    /** The seeded item's id. */
    final String id;

    private final String eventFile;
    private final String idParameter;

    SeededRoute(
            String eventFile,
            String idParameter,
            S store,
            Function<? super S, RequestStreamHandler> newHandler,
            Function<S, String> seed) {
        this.eventFile = eventFile;
        this.idParameter = idParameter;
        this.store = store;
        this.handler = newHandler.apply(store);
        this.id = seed.apply(store);
    }

    /** The event file as it is: its path id is not in the store. */
    Event unknown() {
        return Events.load(eventFile);
    }

    /** The event file aimed at the seeded item (as its owner, where it has one). */
    Event request() {
        return unknown().pathParameter(idParameter, id);
    }
}

package org.factcheck.claims.api;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.function.Function;
import org.factcheck.claims.priming.ClaimPriming;
import org.factcheck.claims.store.ClaimStore;
import org.factcheck.claims.store.dynamodb.DynamoDbClaimStore;

/** A route over the claim store: how Lambda builds it (with its priming) and how tests do. */
abstract class ClaimHandler extends ApiHandler {
    protected final ClaimStore store;

    /**
     * Lambda's: the store from the environment, and this route's SnapStart priming, which
     * runs {@code primingEvent} (a file of events/) through {@code sameRoute} over that store.
     */
    ClaimHandler(String route, String primingEvent, Function<ClaimStore, RequestStreamHandler> sameRoute) {
        this(DynamoDbClaimStore.fromEnvironment());
        ClaimPriming.register(route, store, sameRoute, primingEvent);
    }

    ClaimHandler(ClaimStore store) {
        this.store = store;
    }
}

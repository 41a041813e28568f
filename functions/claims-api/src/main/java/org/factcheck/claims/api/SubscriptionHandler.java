package org.factcheck.claims.api;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.function.Function;
import org.factcheck.claims.priming.SubscriptionPriming;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/** A route over one key's subscriptions: how Lambda builds it (with its priming) and how tests do. */
abstract class SubscriptionHandler extends ApiHandler {
    protected final SubscriptionStore subscriptions;

    /** Lambda's: the store from the environment, and this route's priming, as {@link ClaimHandler}'s. */
    SubscriptionHandler(
            String route, String primingEvent, Function<SubscriptionStore, RequestStreamHandler> sameRoute) {
        this(DynamoDbSubscriptionStore.fromEnvironment());
        SubscriptionPriming.register(route, subscriptions, sameRoute, primingEvent);
    }

    SubscriptionHandler(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }
}

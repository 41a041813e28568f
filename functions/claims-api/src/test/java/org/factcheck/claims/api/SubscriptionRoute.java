package org.factcheck.claims.api;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.function.Function;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.memory.InMemorySubscriptionStore;

/** A /subscriptions/{subscriptionId} route on a store that holds one subscription (post-subscriptions.json). */
final class SubscriptionRoute extends SeededRoute<InMemorySubscriptionStore> {
    SubscriptionRoute(String eventFile, Function<SubscriptionStore, RequestStreamHandler> newHandler) {
        super(eventFile, "subscriptionId", new InMemorySubscriptionStore(), newHandler, store ->
                (String) CreateSubscriptionHandlerTest.subscribe(store).get("id"));
    }
}

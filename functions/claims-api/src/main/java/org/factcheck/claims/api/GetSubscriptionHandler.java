package org.factcheck.claims.api;

import org.factcheck.claims.json.Json;
import org.factcheck.claims.priming.SubscriptionPriming;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/** GET /subscriptions/{subscriptionId} (reader and up): one of the calling key's subscriptions, without its secret. */
public final class GetSubscriptionHandler extends ApiHandler {
    private final SubscriptionStore subscriptions;

    public GetSubscriptionHandler() {
        this(DynamoDbSubscriptionStore.fromEnvironment());
        SubscriptionPriming.register(
                "GET /subscriptions/{subscriptionId}",
                subscriptions,
                GetSubscriptionHandler::new,
                "get-subscription.json");
    }

    public GetSubscriptionHandler(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String id = SubscriptionIds.fromPath(request);
        return subscriptions
                .find(request.principal(), id)
                .map(s -> ApiResponse.json(200, Json.write(SubscriptionRepresentation.of(s)))
                        .withHeader("Cache-Control", "no-cache"))
                .orElseThrow(() -> SubscriptionIds.notFound(id));
    }
}

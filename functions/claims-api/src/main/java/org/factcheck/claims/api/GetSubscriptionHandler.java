package org.factcheck.claims.api;

import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.SubscriptionStore;

/** GET /subscriptions/{subscriptionId} (reader and up): one of the calling key's subscriptions, without its secret. */
public final class GetSubscriptionHandler extends SubscriptionHandler {
    public GetSubscriptionHandler() {
        super("GET /subscriptions/{subscriptionId}", "get-subscription.json", GetSubscriptionHandler::new);
    }

    public GetSubscriptionHandler(SubscriptionStore subscriptions) {
        super(subscriptions);
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

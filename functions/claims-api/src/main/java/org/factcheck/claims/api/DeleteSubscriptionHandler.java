package org.factcheck.claims.api;

import org.factcheck.claims.priming.SubscriptionPriming;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/**
 * DELETE /subscriptions/{subscriptionId} (reader and up): removes one of the calling
 * key's subscriptions with its index entries and secret; deliveries already queued may
 * still arrive. Deleting again is a 404.
 */
public final class DeleteSubscriptionHandler extends ApiHandler {
    private final SubscriptionStore subscriptions;

    public DeleteSubscriptionHandler() {
        this(DynamoDbSubscriptionStore.fromEnvironment());
        SubscriptionPriming.register(
                "DELETE /subscriptions/{subscriptionId}",
                subscriptions,
                DeleteSubscriptionHandler::new,
                "delete-subscription.json");
    }

    public DeleteSubscriptionHandler(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String id = SubscriptionIds.fromPath(request);
        return RaceRetry.run(() -> {
            if (!subscriptions.delete(request.principal(), id)) throw SubscriptionIds.notFound(id);
            return ApiResponse.empty(204);
        });
    }
}

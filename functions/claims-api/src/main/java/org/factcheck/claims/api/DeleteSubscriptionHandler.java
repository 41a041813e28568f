package org.factcheck.claims.api;

import org.factcheck.claims.store.SubscriptionStore;

/**
 * DELETE /subscriptions/{subscriptionId} (reader and up): removes one of the calling
 * key's subscriptions with its index entries and secret; deliveries already queued may
 * still arrive. Deleting again is a 404.
 */
public final class DeleteSubscriptionHandler extends SubscriptionHandler {
    public DeleteSubscriptionHandler() {
        super("DELETE /subscriptions/{subscriptionId}", "delete-subscription.json", DeleteSubscriptionHandler::new);
    }

    public DeleteSubscriptionHandler(SubscriptionStore subscriptions) {
        super(subscriptions);
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

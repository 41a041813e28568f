package org.factcheck.claims.api;

import java.util.Set;
import org.factcheck.claims.keys.Role;
import org.factcheck.claims.priming.SubscriptionPriming;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/**
 * GET /subscriptions (reader and up): the calling key's subscriptions, newest first,
 * without secrets. {@code all=true} lists every key's, for admins only (403 otherwise).
 */
public final class ListSubscriptionsHandler extends ApiHandler {
    private final SubscriptionStore subscriptions;

    public ListSubscriptionsHandler() {
        this(DynamoDbSubscriptionStore.fromEnvironment());
        SubscriptionPriming.register(
                "GET /subscriptions", subscriptions, ListSubscriptionsHandler::new, "get-subscriptions.json");
    }

    public ListSubscriptionsHandler(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        QueryParameters params = new QueryParameters(request, Set.of("limit", "cursor", "all"));
        String all = params.text("all", 5);
        if (all != null && !all.equals("true") && !all.equals("false")) {
            throw Problem.invalidParameter("all", "must be true or false");
        }
        int limit = params.limit();
        String cursor = params.text("cursor", 2048);
        if ("true".equals(all)) {
            if (Role.fromWireName(String.valueOf(request.authorizer().get("role"))) != Role.ADMIN) {
                throw new Problem(403, "forbidden", "Forbidden", "only admin keys may list every key's subscriptions");
            }
            return PageRepresentation.ok(subscriptions.listAll(limit, cursor), SubscriptionRepresentation::of);
        }
        return PageRepresentation.ok(
                subscriptions.list(request.principal(), limit, cursor), SubscriptionRepresentation::of);
    }
}

package org.factcheck.claims.api;

import java.time.Instant;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionInput;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.priming.SubscriptionPriming;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/**
 * PATCH /subscriptions/{subscriptionId} (reader and up): {@code status} ACTIVE resumes a
 * paused subscription (and clears its failure count), PAUSED pauses it; {@code events},
 * {@code filter} and {@code description} replace theirs. The URL cannot change: subscribe
 * anew for another receiver, which gets its own secret.
 */
public final class UpdateSubscriptionHandler extends ApiHandler {
    private final SubscriptionStore subscriptions;

    public UpdateSubscriptionHandler() {
        this(DynamoDbSubscriptionStore.fromEnvironment());
        SubscriptionPriming.register(
                "PATCH /subscriptions/{subscriptionId}",
                subscriptions,
                UpdateSubscriptionHandler::new,
                "patch-subscription.json");
    }

    public UpdateSubscriptionHandler(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String id = SubscriptionIds.fromPath(request);
        SubscriptionInput.Patch patch = readBody(request, SubscriptionInput::readPatch);
        return RaceRetry.run(() -> {
            Subscription before =
                    subscriptions.find(request.principal(), id).orElseThrow(() -> SubscriptionIds.notFound(id));
            Subscription after = patch.applyTo(before, Timestamps.format(Instant.now()));
            subscriptions.update(before, after);
            return ApiResponse.json(200, Json.write(SubscriptionRepresentation.of(after)))
                    .withHeader("Cache-Control", "no-store");
        });
    }
}

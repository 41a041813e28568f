package org.factcheck.claims.api;

import java.time.Instant;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionInput;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.store.SubscriptionStore;

/**
 * PATCH /subscriptions/{subscriptionId} (reader and up): {@code status} ACTIVE resumes a
 * paused subscription (and clears its failure count), PAUSED pauses it; {@code events},
 * {@code filter} and {@code description} replace theirs. The URL cannot change: subscribe
 * anew for another receiver, which gets its own secret.
 */
public final class UpdateSubscriptionHandler extends SubscriptionHandler {
    public UpdateSubscriptionHandler() {
        super("PATCH /subscriptions/{subscriptionId}", "patch-subscription.json", UpdateSubscriptionHandler::new);
    }

    public UpdateSubscriptionHandler(SubscriptionStore subscriptions) {
        super(subscriptions);
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

package org.factcheck.claims.api;

import java.time.Duration;
import java.time.Instant;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.priming.SubscriptionPriming;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/**
 * POST /subscriptions/{subscriptionId}/secret (reader and up): a new signing secret,
 * shown once. The secret it replaces keeps signing beside it for {@link #OVERLAP}, so a
 * receiver can switch without missing a delivery; rotating again within that time ends
 * the older one's overlap early (only the latest replaced secret is kept).
 */
public final class RotateSubscriptionSecretHandler extends ApiHandler {
    public static final Duration OVERLAP = Duration.ofHours(24);

    private final SubscriptionStore subscriptions;

    public RotateSubscriptionSecretHandler() {
        this(DynamoDbSubscriptionStore.fromEnvironment());
        SubscriptionPriming.register(
                "POST /subscriptions/{subscriptionId}/secret",
                subscriptions,
                RotateSubscriptionSecretHandler::new,
                "post-subscription-secret.json");
    }

    public RotateSubscriptionSecretHandler(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String id = SubscriptionIds.fromPath(request);
        Instant now = Instant.now();
        String secret = SigningSecrets.next();
        return subscriptions
                .rotateSecret(
                        request.principal(), id, secret, Timestamps.format(now), Timestamps.format(now.plus(OVERLAP)))
                .map(s -> ApiResponse.json(200, Json.write(SubscriptionRepresentation.withSecret(s, secret)))
                        .withHeader("Cache-Control", "no-store"))
                .orElseThrow(() -> SubscriptionIds.notFound(id));
    }
}

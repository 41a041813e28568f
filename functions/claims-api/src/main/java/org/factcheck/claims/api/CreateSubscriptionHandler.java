package org.factcheck.claims.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.AppConfig;
import org.factcheck.claims.domain.HostResolver;
import org.factcheck.claims.domain.NewSubscription;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionInput;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.domain.WebhookUrl;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.net.SystemHostResolver;
import org.factcheck.claims.priming.SubscriptionPriming;
import org.factcheck.claims.store.SubscriptionLimitException;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;

/**
 * POST /subscriptions (reader and up): a webhook subscription of the calling key, and its
 * signing secret, shown only in this response (never stored for Idempotency-Key replay:
 * a retry makes a second subscription; delete the one not used). The URL's host is
 * resolved now and every address must be public (delivery checks again).
 */
public final class CreateSubscriptionHandler extends ApiHandler {
    /** Subscriptions one key may have. */
    public static final int MAX_PER_KEY = 25;

    private final SubscriptionStore subscriptions;
    private final HostResolver resolver;
    private final boolean allowLoopback;

    public CreateSubscriptionHandler() {
        this(DynamoDbSubscriptionStore.fromEnvironment(), new SystemHostResolver(), AppConfig.allowLoopbackWebhooks());
        SubscriptionPriming.register(
                "POST /subscriptions",
                subscriptions,
                s -> new CreateSubscriptionHandler(s, SubscriptionPriming.RESOLVER, allowLoopback),
                "post-subscriptions.json");
    }

    public CreateSubscriptionHandler(SubscriptionStore subscriptions, HostResolver resolver, boolean allowLoopback) {
        this.subscriptions = subscriptions;
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        NewSubscription wanted = readBody(request, (body, in) -> SubscriptionInput.read(body, in, allowLoopback));
        checkTarget(wanted.url(), resolver, allowLoopback);
        Instant now = Instant.now();
        Subscription created = Subscription.created(
                Ulid.next(now.toEpochMilli()), request.principal(), wanted, Timestamps.format(now));
        String secret = SigningSecrets.next();
        try {
            subscriptions.create(created, secret, MAX_PER_KEY);
        } catch (SubscriptionLimitException e) {
            throw Problem.conflict(
                            "subscription-limit",
                            "Too many subscriptions",
                            "a key may have at most " + MAX_PER_KEY + " subscriptions; delete one first")
                    .with("limit", MAX_PER_KEY);
        }
        Map<String, Object> body = SubscriptionRepresentation.withSecret(created, secret);
        return ApiResponse.json(201, Json.write(body))
                .withHeader("Location", request.fullPath() + "/" + created.id())
                .withHeader("Cache-Control", "no-store");
    }

    /** 422 unless every address the URL's host resolves to may be called. */
    static void checkTarget(String url, HostResolver resolver, boolean allowLoopback) {
        WebhookUrl.Target target = WebhookUrl.parse(url, allowLoopback);
        var addresses = resolver.resolve(target.host());
        String refusal = addresses.isEmpty()
                ? "host " + target.host() + " does not resolve (check the name; it must resolve when subscribing)"
                : WebhookUrl.refusal(target, addresses, allowLoopback);
        if (refusal != null) {
            throw new Problem(422, "url-not-allowed", "Webhook URL not allowed", "/url " + refusal)
                    .with("errors", List.of(Map.of("pointer", "/url", "message", refusal)));
        }
    }
}

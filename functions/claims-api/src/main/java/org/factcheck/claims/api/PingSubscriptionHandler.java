package org.factcheck.claims.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.claims.domain.Timestamps;
import org.factcheck.claims.domain.Ulid;
import org.factcheck.claims.json.Json;
import org.factcheck.claims.priming.DeliveryPriming;
import org.factcheck.claims.store.DeliveryQueue;
import org.factcheck.claims.store.SubscriptionStore;
import org.factcheck.claims.store.dynamodb.DynamoDbSubscriptionStore;
import org.factcheck.claims.store.sqs.SqsDeliveryQueue;

/**
 * POST /subscriptions/{subscriptionId}/test (reader and up, the owner only): queues a
 * {@code ping} event for this subscription alone, delivered like any other (signed, retried),
 * also while the subscription is paused, so a receiver can be checked before resuming. 202
 * with the event id: the delivery itself happens after the response.
 */
public final class PingSubscriptionHandler extends ApiHandler {
    private final SubscriptionStore subscriptions;
    private final DeliveryQueue queue;

    public PingSubscriptionHandler() {
        this(DynamoDbSubscriptionStore.fromEnvironment(), SqsDeliveryQueue.fromEnvironment());
        DeliveryPriming.registerPing(subscriptions, queue, PingSubscriptionHandler::new);
    }

    public PingSubscriptionHandler(SubscriptionStore subscriptions, DeliveryQueue queue) {
        this.subscriptions = subscriptions;
        this.queue = queue;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String id = SubscriptionIds.fromPath(request);
        var subscription = subscriptions.find(request.principal(), id).orElseThrow(() -> SubscriptionIds.notFound(id));
        Instant now = Instant.now();
        String eventId = Ulid.next(now.toEpochMilli());
        String timestamp = Timestamps.format(now);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ping");
        body.put("timestamp", timestamp);
        body.put("data", Map.of("subscriptionId", subscription.id()));
        queue.send(List.of(new DeliveryQueue.Delivery(
                eventId, subscription.id(), subscription.ownerKeyId(), null, Json.write(body))));
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("eventId", eventId);
        accepted.put("type", "ping");
        accepted.put("timestamp", timestamp);
        return ApiResponse.json(202, Json.write(accepted)).withHeader("Cache-Control", "no-store");
    }
}

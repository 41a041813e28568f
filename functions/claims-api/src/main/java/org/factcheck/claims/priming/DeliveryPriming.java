package org.factcheck.claims.priming;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.factcheck.claims.domain.ChangeFacts;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionFilter;
import org.factcheck.claims.domain.SubscriptionStatus;
import org.factcheck.claims.store.DeliveryQueue;
import org.factcheck.claims.store.DeliveryStore;
import org.factcheck.claims.store.DryRun;
import org.factcheck.claims.store.Page;
import org.factcheck.claims.store.SubscriptionStore;

/**
 * The priming of the notifier and the delivery function: their events of events/
 * (notifier-stream.json, delivery-queue.json) through second instances over the real
 * store and queue, which read DynamoDB for real and answer a sample subscription beside
 * what they read. The delivery's UpdateItem is sent bound to fail and answered as applied;
 * the queue's writes (SendMessageBatch, ChangeMessageVisibility) are marshalled and
 * stopped by the dry run. The delivery's POST goes to a closed loopback
 * port (refused at once, nothing leaves the machine): signing, the socket path and the
 * failure path run, TLS does not.
 */
public final class DeliveryPriming {
    private static final String SECRET = "whsec_cHJpbWluZyBvbmx5OiBub3QgYSByZWFsIHNlY3JldCEhISE=";

    private DeliveryPriming() {}

    /** The notifier: the stream event's change matched for real, the sample answered, the enqueue stopped. */
    public static Priming registerNotifier(
            DeliveryStore store,
            DeliveryQueue queue,
            BiFunction<DeliveryStore, DeliveryQueue, RequestStreamHandler> handler) {
        return register("notifier", "notifier-stream.json", 0, store, queue, handler);
    }

    /**
     * {@code handler} makes a delivery function over the store and queue given that sends
     * to loopback (the sample's URL), as the development server allows. The closed port
     * refuses: one failed attempt, retried later, as the priming intends.
     */
    public static Priming registerDelivery(
            DeliveryStore store,
            DeliveryQueue queue,
            BiFunction<DeliveryStore, DeliveryQueue, RequestStreamHandler> handler) {
        return register("delivery", "delivery-queue.json", 1, store, queue, handler);
    }

    private static Priming register(
            String function,
            String event,
            int expectedFailures,
            DeliveryStore store,
            DeliveryQueue queue,
            BiFunction<DeliveryStore, DeliveryQueue, RequestStreamHandler> handler) {
        return PrimingRequests.register(
                function,
                () -> handler.apply(new SampleStore(store), new StoppedQueue(queue)),
                event,
                response -> expectFailures(response, expectedFailures));
    }

    /** POST /subscriptions/{id}/test: the subscription read for real, the sample answered, the send stopped. */
    public static Priming registerPing(
            SubscriptionStore subscriptions,
            DeliveryQueue queue,
            BiFunction<SubscriptionStore, DeliveryQueue, RequestStreamHandler> handler) {
        return PrimingRequests.register(
                "POST /subscriptions/{subscriptionId}/test",
                () -> handler.apply(new PingSubscriptions(subscriptions), new StoppedQueue(queue)),
                "post-subscription-test.json",
                PrimingRequests::expectSuccess);
    }

    private static void expectFailures(Map<String, Object> response, int expected) {
        Object failures = response.get("batchItemFailures");
        if (!(failures instanceof List<?> list) || list.size() != expected) {
            throw new IllegalStateException("priming expected " + expected + " batch item failures: " + response);
        }
    }

    /** A subscription to every event, at a closed loopback port. */
    static Subscription sample() {
        return new Subscription(
                "01H8XGJWBWBAQ4Z4CAMPZ2QJ6R",
                "01H8XGJWBWBAQ4Z4CAMPZ2QJ6K",
                "http://127.0.0.1:1/priming",
                Subscription.EVENT_TYPES,
                SubscriptionFilter.ALL,
                null,
                SubscriptionStatus.ACTIVE,
                null,
                "2023-07-27T12:00:00Z",
                "2023-07-27T12:00:00Z",
                null,
                null,
                null,
                null,
                0,
                1);
    }

    /** Reads for real, answers the sample; its writes are refused as bound to fail (see {@link SampleClaims#unsent}). */
    private record SampleStore(DeliveryStore store) implements DeliveryStore {
        @Override
        public List<Subscription> candidates(ChangeFacts facts) {
            // The match index's Queries and the BatchGetItem that finds nothing are answered with the sample.
            List<Subscription> all = new ArrayList<>(DryRun.foundAs(sample(), () -> store.candidates(facts)));
            if (all.stream().noneMatch(s -> s.id().equals(sample().id()))) all.add(sample());
            return all;
        }

        @Override
        public Optional<Subscription> find(String ownerKeyId, String id) {
            return SampleClaims.readOrSample(true, sample(), () -> store.find(ownerKeyId, id));
        }

        @Override
        public List<String> signingSecrets(String subscriptionId, Instant now) {
            store.signingSecrets(subscriptionId, now);
            return List.of(SECRET);
        }

        @Override
        public void recordSuccess(String ownerKeyId, String id, Instant at, String outcome) {
            SampleClaims.unsent(() -> store.recordSuccess(ownerKeyId, id, at, outcome));
        }

        @Override
        public boolean recordFailure(String ownerKeyId, String id, Instant at, String outcome, Duration pauseAfter) {
            // Answered with the sample's item as the update leaves it, as DynamoDB returns the whole item.
            DryRun.foundAs(sample(), () -> {
                SampleClaims.unsent(() -> store.recordFailure(ownerKeyId, id, at, outcome, pauseAfter));
                return null;
            });
            return false;
        }
    }

    /** Finds for real, answers the sample (owned by whoever asks); nothing else is primed through it. */
    private record PingSubscriptions(SubscriptionStore store) implements SubscriptionStore {
        @Override
        public Optional<Subscription> find(String ownerKeyId, String id) {
            Subscription s = sample();
            Subscription owned = new Subscription(
                    id,
                    ownerKeyId,
                    s.url(),
                    s.events(),
                    s.filter(),
                    null,
                    s.status(),
                    null,
                    s.createdAt(),
                    s.updatedAt(),
                    null,
                    null,
                    null,
                    null,
                    0,
                    1);
            return SampleClaims.readOrSample(true, owned, () -> store.find(ownerKeyId, id));
        }

        @Override
        public void create(Subscription subscription, String secret, int maxPerKey) {
            throw new UnsupportedOperationException("not primed");
        }

        @Override
        public Page<Subscription> list(String ownerKeyId, int limit, String cursor) {
            throw new UnsupportedOperationException("not primed");
        }

        @Override
        public Page<Subscription> listAll(int limit, String cursor) {
            throw new UnsupportedOperationException("not primed");
        }

        @Override
        public void update(Subscription before, Subscription after) {
            throw new UnsupportedOperationException("not primed");
        }

        @Override
        public void remove(Subscription found) {
            throw new UnsupportedOperationException("not primed");
        }

        @Override
        public Optional<Subscription> rotateSecret(
                String ownerKeyId, String id, String newSecret, String now, String previousExpiresAt) {
            throw new UnsupportedOperationException("not primed");
        }
    }

    private record StoppedQueue(DeliveryQueue queue) implements DeliveryQueue {
        @Override
        public void send(List<Delivery> deliveries) {
            SampleClaims.unsent(() -> queue.send(deliveries));
        }

        @Override
        public void retryAfter(String receiptHandle, int seconds) {
            SampleClaims.unsent(() -> queue.retryAfter(receiptHandle, seconds));
        }
    }
}

package org.factcheck.claims.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claims.domain.HostResolver;
import org.factcheck.claims.domain.Subscription;
import org.factcheck.claims.domain.SubscriptionStatus;
import org.factcheck.claims.domain.WebhookSignature;
import org.factcheck.claims.domain.WebhookUrl;
import org.factcheck.claims.net.WebhookPost;
import org.factcheck.claims.store.DeliveryQueue.Delivery;
import org.factcheck.claims.store.DeliveryStore;

/**
 * One delivery attempt: the subscription as it is now (a deleted one is dropped; a paused
 * one's deliveries are held back, except a ping), its URL checked again after DNS resolution (SSRF rules,
 * {@link WebhookUrl}), the Standard Webhooks headers signed with every current secret, one
 * POST to the checked address ({@link WebhookPost}), and the outcome recorded on the subscription.
 */
public final class WebhookSender {
    /** What an attempt came to; {@code delivered} also when there is nothing (left) to deliver to. */
    public record Outcome(boolean delivered, String description) {}

    private final DeliveryStore store;
    private final HostResolver resolver;
    private final boolean allowLoopback;
    private final Duration pauseAfter;

    public WebhookSender(DeliveryStore store, HostResolver resolver, boolean allowLoopback, Duration pauseAfter) {
        this.store = store;
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
        this.pauseAfter = pauseAfter;
    }

    public Outcome deliver(Delivery delivery) {
        Optional<Subscription> found = store.find(delivery.ownerKeyId(), delivery.subscriptionId());
        if (found.isEmpty()) return new Outcome(true, "dropped: the subscription was deleted");
        Subscription s = found.get();
        boolean ping = delivery.claimId() == null;
        // Held, not sent and not counted: retried on schedule, delivered if the owner resumes in time, else to the DLQ.
        if (s.status() != SubscriptionStatus.ACTIVE && !ping)
            return new Outcome(false, "held: the subscription is paused");
        Instant now = Instant.now();
        Outcome outcome = attempt(s, delivery, now);
        if (outcome.delivered()) {
            store.recordSuccess(s.ownerKeyId(), s.id(), now, outcome.description());
            return outcome;
        }
        boolean paused = store.recordFailure(s.ownerKeyId(), s.id(), now, outcome.description(), pauseAfter);
        return paused ? new Outcome(false, outcome.description() + "; subscription paused") : outcome;
    }

    /** Delivered on a 2xx; otherwise what went wrong, without secrets or bodies. */
    private Outcome attempt(Subscription s, Delivery delivery, Instant now) {
        WebhookUrl.Target target;
        try {
            target = WebhookUrl.parse(s.url(), allowLoopback);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, "refused: url " + e.getMessage());
        }
        List<InetAddress> addresses = resolver.resolve(target.host());
        String refusal = WebhookUrl.refusal(target, addresses, allowLoopback);
        if (refusal != null) return new Outcome(false, "refused: url " + refusal);
        List<String> secrets = store.signingSecrets(s.id(), now);
        if (secrets.isEmpty()) return new Outcome(false, "failed: no signing secret");
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", delivery.eventId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature", WebhookSignature.header(secrets, delivery.eventId(), timestamp, delivery.body()));
        try {
            int status = WebhookPost.send(target, addresses.getFirst(), headers, delivery.body());
            return status >= 200 && status < 300
                    ? new Outcome(true, "delivered: HTTP " + status)
                    : new Outcome(false, "failed: HTTP " + status);
        } catch (IOException e) {
            return new Outcome(
                    false,
                    "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}

package org.factcheck.claims.domain;

import java.util.List;

/**
 * A webhook subscription of one API key ({@code ownerKeyId}). The signing secret is not
 * part of it: it lives apart, where only the delivery function can read it.
 * {@code lastDelivery*} and {@code consecutiveFailures} are written by delivery.
 */
public record Subscription(
        String id,
        String ownerKeyId,
        String url,
        List<String> events,
        SubscriptionFilter filter,
        String description,
        SubscriptionStatus status,
        String pausedReason,
        String createdAt,
        String updatedAt,
        String secretRotatedAt,
        String previousSecretExpiresAt,
        String lastDeliveryAt,
        String lastDeliveryOutcome,
        int consecutiveFailures,
        long version) {
    /** The event types a subscription may name. */
    public static final List<String> EVENT_TYPES = List.of(
            "claim.created",
            "claim.updated",
            "appearance.added",
            "verdict.published",
            "verdict.revised",
            "claim.retracted");

    public Subscription {
        events = List.copyOf(events);
    }

    /** A new, active subscription, never delivered to. */
    public static Subscription created(String id, String ownerKeyId, NewSubscription wanted, String now) {
        return new Subscription(
                id,
                ownerKeyId,
                wanted.url(),
                wanted.events(),
                wanted.filter(),
                wanted.description(),
                SubscriptionStatus.ACTIVE,
                null,
                now,
                now,
                null,
                null,
                null,
                null,
                0,
                1);
    }

    /** As it is once its secret was rotated at {@code now}; the replaced one signs until {@code previousExpiresAt}. */
    public Subscription withSecretRotated(String now, String previousExpiresAt) {
        return new Subscription(
                id,
                ownerKeyId,
                url,
                events,
                filter,
                description,
                status,
                pausedReason,
                createdAt,
                now,
                now,
                previousExpiresAt,
                lastDeliveryAt,
                lastDeliveryOutcome,
                consecutiveFailures,
                version + 1);
    }
}
